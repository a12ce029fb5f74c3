import { type AppMode, startApp } from './app';
import { prodServer, stopProdServer } from './prod-server';

/**
 * Once per `npm run test:e2e`: the demo app the tests open (a production build at the small scale by
 * default; E2E_MODE=dev for Vite's dev server) and the production setup the CSP and bundle tests
 * need (a real-API build behind Debian's nginx, with the mock API over HTTP). Their addresses reach
 * the test workers through the environment, which Playwright hands on to them.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  // Preview by default: a new context per test re-downloads the app, and the dev server's hundreds
  // of unbundled modules made that take 10+ s a test; the bundle costs one build instead.
  const mode: AppMode = process.env.E2E_MODE === 'dev' ? 'dev' : 'preview';
  // Both builds at once: each leaves a core idle part of the time (one in this process, the other in
  // a child), so together they finish well before one after the other. The demo is started first:
  // it sets the small scale in the environment the production build inherits, as it did in turn.
  const [app, prod] = await Promise.allSettled([startApp(mode), prodServer()]);
  if (app.status === 'rejected' || prod.status === 'rejected') {
    if (app.status === 'fulfilled') await app.value.close();
    stopProdServer();
    throw app.status === 'rejected' ? app.reason : (prod as PromiseRejectedResult).reason;
  }
  process.env.E2E_BASE_URL = app.value.url;
  process.env.E2E_PROD_URL = prod.value.url;
  console.log(`e2e: the demo at ${app.value.url} (${mode}), the production setup at ${prod.value.url}`);
  return async () => {
    stopProdServer();
    await app.value.close();
  };
}
