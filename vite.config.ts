import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** A real-API build (VITE_API_URL set) ships no mock: drop the MSW worker that public/ holds for the demo. */
function dropMockWorker(apiUrl: string | undefined): Plugin {
  let outDir = 'dist';
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: () => {
      if (apiUrl) rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), dropMockWorker(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_URL)],
  server: { port: 5173, strictPort: false },
  build: { sourcemap: false, chunkSizeWarningLimit: 1500 },
  test: {
    setupFiles: ['tests/setup.ts'],
    exclude: ['tests/e2e/**', 'tests/bench/**', 'node_modules/**'],
    // One default for every test, with room for a machine busy with other work: no file sets its own.
    testTimeout: 120_000,
    // Threads start faster than forks here; two workers use both cores (Vitest's default leaves one idle).
    pool: 'threads',
    maxWorkers: 2,
    projects: [
      // The API, the domain rules, the OpenAPI document, the providers: no DOM. A `.test.ts` file
      // that needs one (sessionStorage, window) says so with a `// @vitest-environment jsdom` first line.
      // Its files share their worker's modules: the mock database and its caches are built once per
      // worker, not once per file; tests/setup.ts takes away after each test what it left behind.
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['tests/**/*.test.ts'], isolate: false },
      },
      // Screens: React in jsdom, each file in fresh modules (app-wide singletons: session, i18n, router).
      {
        extends: true,
        test: {
          name: 'screens',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
    ],
  },
}));
