import { HttpResponse, http } from 'msw';
import { setupWorker } from 'msw/browser';
import simpleRestProvider from 'ra-data-simple-rest';
import { Admin, type AuthProvider, DataTable, fetchUtils, List, Resource } from 'react-admin';
import { createRoot } from 'react-dom/client';

/**
 * The framework's floor for the cold-start bench (tests/tools/bench/coldstart.ts): the smallest react-admin
 * app shaped like ours — one <Admin> with one resource over ra-data-simple-rest, a login form, and
 * its API on MSW's service worker, started the way MSW's documentation says (mount once the worker
 * is up). Whatever it costs from the address bar to its rows is what react-admin itself costs.
 */
const posts = Array.from({ length: 500 }, (_, i) => ({
  id: i + 1,
  title: `Post ${i + 1}`,
  author: `Author ${(i % 37) + 1}`,
  views: (i * 7919) % 10_000,
}));

const TOKEN = 'floor-token';

const worker = setupWorker(
  http.post('/api/login', () => HttpResponse.json({ token: TOKEN })),
  http.get('/api/posts', ({ request }) => {
    if (request.headers.get('Authorization') !== `Bearer ${TOKEN}`)
      return HttpResponse.json({ message: 'unauthorised' }, { status: 401 });
    const query = new URL(request.url).searchParams;
    const [start, end] = JSON.parse(query.get('range') ?? '[0,9]') as [number, number];
    const [field, order] = JSON.parse(query.get('sort') ?? '["id","ASC"]') as [
      keyof (typeof posts)[0],
      string,
    ];
    const sorted = [...posts].sort((a, b) => (a[field] > b[field] ? 1 : a[field] < b[field] ? -1 : 0));
    if (order === 'DESC') sorted.reverse();
    return HttpResponse.json(sorted.slice(start, end + 1), {
      headers: { 'Content-Range': `posts ${start}-${Math.min(end, posts.length - 1)}/${posts.length}` },
    });
  }),
);

const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const response = await fetch('/api/login', {
      method: 'POST',
      body: JSON.stringify({ username, password }),
    });
    const { token } = (await response.json()) as { token: string };
    sessionStorage.setItem('token', token);
  },
  async logout() {
    sessionStorage.removeItem('token');
  },
  async checkAuth() {
    if (!sessionStorage.getItem('token')) throw new Error('signed out');
  },
  async checkError(error: { status?: number }) {
    if (error.status === 401) throw error;
  },
};

const dataProvider = simpleRestProvider('/api', (url, options = {}) => {
  const headers = new Headers(options.headers);
  headers.set('Authorization', `Bearer ${sessionStorage.getItem('token')}`);
  return fetchUtils.fetchJson(url, { ...options, headers });
});

const PostList = () => (
  <List>
    <DataTable>
      <DataTable.Col source="id" />
      <DataTable.Col source="title" />
      <DataTable.Col source="author" />
      <DataTable.NumberCol source="views" />
    </DataTable>
  </List>
);

await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <Admin dataProvider={dataProvider} authProvider={authProvider} requireAuth disableTelemetry>
      <Resource name="posts" list={PostList} />
    </Admin>,
  );
