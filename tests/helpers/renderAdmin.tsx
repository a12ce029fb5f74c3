import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { QueryClient } from '@tanstack/react-query';
import { type RenderResult, render } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { AdminContext, Layout, type LayoutComponent, memoryStore, TitlePortal } from 'react-admin';
import { App, pageAt } from '../../src/App';
import type { LazyPage } from '../../src/common/lazyPage';
import { DEMO_PASSWORD } from '../../src/config';
import { RateLimitNotices } from '../../src/layout/RateLimitNotices';
import type { AuthUser, Locale } from '../../src/model/types';
import { authProvider } from '../../src/providers/authProvider';
import { dataProvider } from '../../src/providers/dataProvider';
import { buildI18nProvider } from '../../src/providers/i18nProvider';
import { clearSession, getUser, redirectToLoginIfSignedOut } from '../../src/providers/session';

/** The demo accounts of docs/demo-and-scales.md (password "demo"). */
export const DEMO_USERS = {
  admin: 'admin@backoffice.test',
  support: 'support@backoffice.test',
  sales: 'sales@backoffice.test',
  acme: 'recruiter@acme.test',
  globex: 'recruiter@globex.test',
} as const;
export type DemoUser = keyof typeof DEMO_USERS;

export interface RenderAdminOptions {
  /** Who is signed in (through the real login API); null = signed out. Default: admin. */
  as?: DemoUser | null;
  /** UI language. Default: English. */
  locale?: Locale;
  /** Default: a client without retries or caching rules (testQueryClient). */
  queryClient?: QueryClient;
}

export interface RenderAdminResult extends RenderResult {
  /** user-event bound to this render. */
  user: UserEvent;
  /** The signed-in user as the login API returned it, or null. */
  session: AuthUser | null;
  queryClient: QueryClient;
}

/** A React Query client for tests: no retries (a 4xx/5xx shows at once), no cache across tests. */
function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/**
 * MUI's styles go to an element outside the document: jsdom has no layout to use them for, and each
 * style rule in the document is re-parsed on every insertion and matched on every visibility check
 * of a Testing Library query (half the screens' test time). Hidden attributes and inline styles
 * (transitions, collapsed parts) still count; how the app looks is the browser suite's job.
 */
const detachedStyles = createCache({ key: 'test', container: document.createElement('div') });

function DetachedStyles({ children }: { children: ReactNode }) {
  return <CacheProvider value={detachedStyles}>{children}</CacheProvider>;
}

async function signIn(as: DemoUser | null): Promise<AuthUser | null> {
  clearSession();
  if (as) await authProvider.login({ email: DEMO_USERS[as], password: DEMO_PASSWORD });
  return getUser();
}

async function renderApp(
  route: string,
  options: RenderAdminOptions,
  layout?: LayoutComponent,
): Promise<RenderAdminResult> {
  const { as = 'admin', locale = 'en' } = options;
  // The page's code first, as main.tsx starts loading it at start-up: a page that suspends on its
  // first render holds its first paint back for React's 300 ms, and its first findBy* would wait
  // for the code's transform too.
  await (pageAt(`#${route}`) as Partial<LazyPage<object>>).preload?.();
  const session = await signIn(as);
  const i18nProvider = await buildI18nProvider(locale);
  const queryClient = options.queryClient ?? testQueryClient();
  const user = userEvent.setup({ delay: null });
  // The address is set last, right before the render: a list of the previous test may still write
  // its debounced parameters into the URL while the awaits above run.
  window.history.replaceState(null, '', `#${route}`);
  redirectToLoginIfSignedOut(); // as main.tsx does
  const result = render(
    <App i18nProvider={i18nProvider} store={memoryStore()} queryClient={queryClient} layout={layout} />,
    { wrapper: DetachedStyles },
  );
  return { ...result, user, session, queryClient };
}

/**
 * Renders the whole real <App/> (real providers, real mock API over MSW, app bar, menu) at a hash
 * route, e.g. `await renderAdmin('/offers/12/show', { as: 'acme' })`, then query with
 * screen.findBy... For journeys through the app (sign-in, the menu, the user menu); a test of one
 * screen uses renderPage.
 */
export function renderAdmin(route = '/', options: RenderAdminOptions = {}): Promise<RenderAdminResult> {
  return renderApp(route, options);
}

// The page title stays (pages and dialogs are named by it); the app bar and the menu go.
const TitleOnly = () => <TitlePortal />;
const NoSidebar = () => null;

/** The app's layout without its chrome: react-admin's frame and error boundary, the title, the wait notices. */
function PageLayout({ children }: { children: ReactNode }) {
  return (
    <Layout appBar={TitleOnly} sidebar={NoSidebar}>
      <RateLimitNotices>{children}</RateLimitNotices>
    </Layout>
  );
}

/**
 * Renders the page at `route` as the app does (its resources, routes, access checks, hash router,
 * data, auth and i18n providers, the mock API over MSW) without the app bar and the menu: about
 * half the work of renderAdmin, for every test of a screen that is not about the app's chrome,
 * e.g. `await renderPage('/offers/12/show', { as: 'acme' })`.
 */
export async function renderPage(
  route: string,
  options: RenderAdminOptions = {},
): Promise<RenderAdminResult> {
  return renderApp(route, options, PageLayout);
}

/**
 * Renders one component inside react-admin's context with our real data, auth and i18n providers
 * (no layout, no routes of ours), e.g. a field or a widget: `await renderInAdmin(<MyWidget />, { as: 'sales' })`.
 */
export async function renderInAdmin(
  ui: ReactNode,
  options: RenderAdminOptions = {},
): Promise<RenderAdminResult> {
  const { as = 'admin', locale = 'en' } = options;
  const session = await signIn(as);
  const i18nProvider = await buildI18nProvider(locale);
  const queryClient = testQueryClient();
  const user = userEvent.setup({ delay: null });
  const result = render(
    <AdminContext
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      store={memoryStore()}
      queryClient={queryClient}
    >
      {ui}
    </AdminContext>,
    { wrapper: DetachedStyles },
  );
  return { ...result, user, session, queryClient };
}
