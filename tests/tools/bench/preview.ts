import { resolve } from 'node:path';
import { preview } from 'vite';
import { freePort } from '../../e2e/app';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the build in `outDir` (relative to the repository, or absolute) with `vite preview` on a
 * free port of 127.0.0.1; `apiTarget`: /api proxied there (a real-API build calling its own origin).
 */
export async function servePreview(outDir: string, apiTarget?: string): Promise<PreviewServer> {
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: resolve(ROOT, outDir) },
    preview: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      proxy: apiTarget ? { '/api': { target: apiTarget } } : undefined,
    },
  });
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
