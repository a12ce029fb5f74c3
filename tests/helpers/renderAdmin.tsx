import { QueryClient } from '@tanstack/react-query';
import { type RenderResult, render } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { AdminContext, memoryStore } from 'react-admin';
import { App } from '../../src/App';
import { DEMO_PASSWORD } from '../../src/config';
import { authProvider } from '../../src/providers/authProvider';
import { dataProvider } from '../../src/providers/dataProvider';
import { buildI18nProvider } from '../../src/providers/i18nProvider';
import { clearSession, getUser, redirectToLoginIfSignedOut } from '../../src/providers/session';
import type { AuthUser, Locale } from '../../src/types';

/** The demo accounts of DESIGN.md §8 (password "demo"). */
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

async function signIn(as: DemoUser | null): Promise<AuthUser | null> {
  clearSession();
  if (as) await authProvider.login({ email: DEMO_USERS[as], password: DEMO_PASSWORD });
  return getUser();
}

/**
 * Renders the real <App/> (real providers, real mock API over MSW) at a hash route, e.g.
 * `await renderAdmin('/offers/12/show', { as: 'acme' })`, then query with screen.findBy...
 */
export async function renderAdmin(route = '/', options: RenderAdminOptions = {}): Promise<RenderAdminResult> {
  const { as = 'admin', locale = 'en' } = options;
  const session = await signIn(as);
  window.location.hash = `#${route}`;
  redirectToLoginIfSignedOut(); // as main.tsx does
  const i18nProvider = await buildI18nProvider(locale);
  const queryClient = options.queryClient ?? testQueryClient();
  const user = userEvent.setup({ delay: null });
  const result = render(<App i18nProvider={i18nProvider} store={memoryStore()} queryClient={queryClient} />);
  return { ...result, user, session, queryClient };
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
  );
  return { ...result, user, session, queryClient };
}
