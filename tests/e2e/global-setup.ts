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
  const app = await startApp(mode);
  process.env.E2E_BASE_URL = app.url;
  try {
    process.env.E2E_PROD_URL = (await prodServer()).url;
  } catch (error) {
    await app.close();
    throw error;
  }
  console.log(`e2e: the demo at ${app.url} (${mode}), the production setup at ${process.env.E2E_PROD_URL}`);
  return async () => {
    stopProdServer();
    await app.close();
  };
}
