import { resolve } from 'node:path';
import { type Plugin, preview } from 'vite';
import { freePort } from '../../e2e/app';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the build in `outDir` (relative to the repository, or absolute) with `vite preview` on a
 * free port of 127.0.0.1; `apiTarget`: /api proxied there (a real-API build calling its own origin);
 * `compress: false`: files sent as they are (`uncompressed`).
 */
export async function servePreview(
  outDir: string,
  apiTarget?: string,
  { compress = true }: { compress?: boolean } = {},
): Promise<PreviewServer> {
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
    plugins: [deployCacheHeaders(), ...(compress ? [] : [uncompressed()])],
  });
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/**
 * The hashed bundles cached as deploy/nginx.conf serves them (a year, immutable), for every app the
 * benches load, the floor included: a reload then revalidates only the page, as in production.
 * `vite preview` alone has the browser revalidate each file, which a reload measured as extra round
 * trips no user of the deployed app makes.
 */
function deployCacheHeaders(): Plugin {
  return {
    name: 'deploy-cache-headers',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.startsWith('/assets/')) {
          const setHeader = response.setHeader.bind(response);
          setHeader('Cache-Control', 'public, max-age=31536000, immutable');
          // The static file server sets its own Cache-Control after this: ours stands.
          response.setHeader = (name, value) =>
            name.toLowerCase() === 'cache-control' ? response : setHeader(name, value);
        }
        next();
      });
    },
  };
}

/**
 * Files sent as they are, as deploy/nginx.conf sends them. `vite preview` gzips each response as it
 * goes, in the one Node thread that serves all, on the cores the browser measured needs: for the
 * demo (1.6 MB of JS fetched at once, its database worker's 0.6 MB included) that is 30–55 ms of CPU
 * per large file, a cost of this bench's setup and not of the app, and more of ours than the floor's
 * two small files. (Over loopback, compression saves no time; the bundle's gzip sizes are measured
 * and held apart: tests/e2e/bundle.e2e.ts.)
 */
function uncompressed(): Plugin {
  return {
    name: 'uncompressed',
    configurePreviewServer(server) {
      server.middlewares.use((request, _response, next) => {
        delete request.headers['accept-encoding'];
        next();
      });
    },
  };
}
