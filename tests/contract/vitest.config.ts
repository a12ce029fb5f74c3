import { defineConfig } from 'vitest/config';

/** The contract suite over real HTTP: no MSW interception, no database reset (see run.ts). */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    environment: 'node',
    include: ['**/*.contract.ts'],
    testTimeout: 60_000,
    fileParallelism: false,
  },
});
