import { createServer as createNetServer } from 'node:net';
import { build, createServer, preview } from 'vite';

/**
 * Starts the demo app for the browser suite on a free port, with the small seed so every page is
 * quick. Two modes: `preview` (a production build served statically: one build, then each test's
 * fresh context loads a few bundles; what ships) and `dev` (Vite's dev server: no build, but every
 * context fetches hundreds of modules). global-setup.ts picks with E2E_MODE.
 */
export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

export type AppMode = 'dev' | 'preview';

const HOST = '127.0.0.1'; // a secure context for the service worker, like localhost

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startApp(mode: AppMode): Promise<RunningApp> {
  // Read by Vite's env loading (process.env wins for VITE_* keys), so the app seeds the small scale.
  process.env.VITE_MOCK_SCALE ??= 'small';
  const port = await freePort();
  if (mode === 'preview') {
    const outDir = 'dist-e2e/app';
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const server = await preview({
      logLevel: 'warn',
      build: { outDir },
      preview: { host: HOST, port, strictPort: true },
    });
    return { url: `http://${HOST}:${port}`, close: () => server.close() };
  }
  const server = await createServer({
    logLevel: 'warn',
    clearScreen: false,
    // Other work may edit files while the suite runs: no watcher, no HMR, so no reloads mid-test.
    server: { host: HOST, port, strictPort: true, hmr: false, watch: null },
  });
  await server.listen();
  return { url: `http://${HOST}:${port}`, close: () => server.close() };
}
