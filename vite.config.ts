import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** The demo's first script: starts its database worker before the app's code has loaded. */
const DEMO_START = 'mocks/start.ts';

/**
 * The demo's own start-up: index.html gets DEMO_START ahead of the app's script. A real-API build
 * (VITE_API_URL set) ships no mock: no such script, and the MSW worker that public/ holds is dropped.
 */
function demoStartUp(apiUrl: string | undefined): Plugin {
  let outDir = 'dist';
  return {
    name: 'demo-start-up',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      // Before Vite reads the page's scripts: they become one entry, the start script's code first,
      // so it runs before the app's modules are evaluated.
      order: 'pre',
      handler: (html) =>
        apiUrl
          ? html
          : html.replace('</head>', `  <script type="module" src="/${DEMO_START}"></script>\n  </head>`),
    },
    closeBundle: () => {
      if (apiUrl) rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), demoStartUp(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_URL)],
  server: { port: 5173, strictPort: false },
  build: {
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  // The demo's database worker (mocks/worker/db-worker.ts) is started as a module in dev and build alike.
  worker: { format: 'es' },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/bench/**', 'node_modules/**'],
    testTimeout: 60000,
    pool: 'threads',
  },
}));
