import type { QueryClient } from '@tanstack/react-query';
import {
  Admin,
  CanAccess,
  CustomRoutes,
  type I18nProvider,
  type LayoutComponent,
  Resource,
  reactRouterProvider,
  type Store,
} from 'react-admin';
import { activityResource } from './activities';
import { applicationResource } from './applications';
import { auditLogResource } from './audit-logs';
import { candidateResource } from './candidates';
import { lazyPage, preloadPage } from './common/lazyPage';
import { companyResource } from './companies';
import { creditLedgerResource } from './credit-ledger';
import { interviewResource } from './interviews';
import { Forbidden } from './layout/Forbidden';
import { Layout } from './layout/Layout';
import { NotFound } from './layout/NotFound';
import { darkTheme, lightTheme } from './layout/themes';
import { LoginPage } from './login/LoginPage';
import { messageTemplateResource } from './message-templates';
import { boardResource, offerPublicationResource } from './moderation';
import { offerResource } from './offers';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { createQueryClient } from './providers/queryClient';
import { createStore } from './providers/store';
import { savedViewResource } from './saved-views';
import { scorecardResource } from './scorecards';
import { taskResource } from './tasks';
import { userResource } from './users';

// react-admin's own router adapter: react-router is not a direct dependency of ours.
const { Route } = reactRouterProvider;

// Each page is its own chunk, fetched on first visit (the resources' pages likewise, in their index.ts).
const Dashboard = lazyPage(() => import('./dashboard/Dashboard').then((m) => m.Dashboard));
const PipelinePage = lazyPage(() => import('./pipeline/PipelinePage').then((m) => m.PipelinePage));
const RetentionList = lazyPage(() => import('./gdpr/RetentionList').then((m) => m.RetentionList));
const ScrapingWatchPage = lazyPage(() =>
  import('./scraping/ScrapingWatchPage').then((m) => m.ScrapingWatchPage),
);

/** Every resource of RESOURCES (src/model/types.ts); the menu shows the §9 ones the role may list. */
const RESOURCES = [
  companyResource,
  userResource,
  offerResource,
  candidateResource,
  applicationResource,
  activityResource,
  interviewResource,
  scorecardResource,
  taskResource,
  messageTemplateResource,
  savedViewResource,
  creditLedgerResource,
  auditLogResource,
  boardResource,
  offerPublicationResource,
];

const PAGES: Record<string, unknown> = {
  pipeline: PipelinePage,
  retention: RetentionList,
  'scraping-watch': ScrapingWatchPage,
};

/** The page component shown at `hash` (`#/candidates`, `#/offers/12/show`, ...); the dashboard for any other. */
export function pageAt(hash: string): unknown {
  const [name = '', id, action] = hash.replace(/^#/, '').split('?')[0].split('/').filter(Boolean);
  const resource = RESOURCES.find((r) => r.name === name);
  if (!resource) return PAGES[name] ?? Dashboard;
  if (!id) return resource.list;
  if (id === 'create') return resource.create;
  return action === 'show' ? resource.show : resource.edit;
}

/**
 * Starts fetching the code of the page at `hash`, or of the dashboard where sign-in lands: main.tsx
 * calls it at start-up, so the code arrives while the login form is up instead of after sign-in.
 */
export function preloadRoute(hash: string): void {
  preloadPage(pageAt(hash));
}

const defaultQueryClient = createQueryClient();

export interface AppProps {
  i18nProvider: I18nProvider;
  /** Tests pass a memoryStore and a QueryClient without retries. */
  store?: Store;
  queryClient?: QueryClient;
  /** Screen tests render the pages without the app bar and menu. */
  layout?: LayoutComponent;
}

export function App({
  i18nProvider,
  store = createStore(),
  queryClient = defaultQueryClient,
  layout = Layout,
}: AppProps) {
  return (
    <Admin
      title="app.title"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      store={store}
      queryClient={queryClient}
      layout={layout}
      loginPage={LoginPage}
      dashboard={Dashboard}
      catchAll={NotFound}
      accessDenied={Forbidden}
      theme={lightTheme}
      darkTheme={darkTheme}
      requireAuth
      disableTelemetry
    >
      {RESOURCES.map((props) => (
        <Resource key={props.name} {...props} />
      ))}
      <CustomRoutes>
        <Route
          path="/pipeline"
          element={
            <CanAccess resource="pipeline" action="list" accessDenied={<Forbidden />}>
              <PipelinePage />
            </CanAccess>
          }
        />
        <Route
          path="/retention"
          element={
            <CanAccess resource="candidates" action="anonymise" accessDenied={<Forbidden />}>
              <RetentionList />
            </CanAccess>
          }
        />
        <Route
          path="/scraping-watch"
          element={
            <CanAccess resource="scraping-watch" action="list" accessDenied={<Forbidden />}>
              <ScrapingWatchPage />
            </CanAccess>
          }
        />
        <Route path="/forbidden" element={<Forbidden />} />
      </CustomRoutes>
    </Admin>
  );
}
