import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadRoute } from './App';
import { numberTypedHistoryEntries } from './common/historyIndex';
import { holdApiCallsUntil } from './providers/apiReady';
import { buildI18nProvider, initialLocale } from './providers/i18nProvider';
import { getToken, redirectToLoginIfSignedOut, whenSigningIn } from './providers/session';

async function start() {
  // Demo build only (no VITE_API_URL): hook the mock API (its database worker is already seeding,
  // started by the demo's first script) into MSW while the app renders; API calls wait for it
  // (apiReady). Vite replaces the condition by a constant, so a real-API build drops this branch
  // and the mock chunk with it.
  if (!import.meta.env.VITE_API_URL) {
    holdApiCallsUntil(
      // biome-ignore lint/style/noRestrictedImports: the one place src/ loads the mock (docs/demo-and-scales.md), lazily
      import('../mocks/browser').then(({ startMockApi }) => startMockApi()),
    );
  }
  const requested = window.location.hash;
  redirectToLoginIfSignedOut();
  // The page asked for (or the dashboard) starts loading its code now, alongside the first render;
  // behind the login form, once "Sign in" is pressed, so nothing runs on the main thread while the
  // user types (the code the pages share is already fetched: vite.config.ts prefetches it).
  if (getToken()) preloadRoute(requested);
  else whenSigningIn(() => preloadRoute(requested));
  // Registered before react-router's own listener, so Back after a logout lands on the login page
  // at once instead of letting react-admin bounce between the old page and the login page.
  window.addEventListener('popstate', redirectToLoginIfSignedOut);
  numberTypedHistoryEntries();
  const i18nProvider = await buildI18nProvider(initialLocale(), { signedIn: getToken() !== null });
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App i18nProvider={i18nProvider} />
    </StrictMode>,
  );
}

start();
