import { server } from '../../mocks/node';

export interface SentRequest {
  method: string;
  path: string;
  filter: Record<string, unknown> | undefined;
  sort: unknown;
  range: unknown;
  body: unknown;
}

const json = (text: string | null) => (text ? JSON.parse(text) : undefined);

/**
 * Records the API requests the app sends (method, path, parsed list params and JSON body), so a
 * test asserts on what reached the server rather than on component state. Returns the live list.
 */
export function recordRequests(): SentRequest[] {
  const sent: SentRequest[] = [];
  server.events.on('request:start', async ({ request }) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith('/api/') || url.pathname.startsWith('/api/auth')) return;
    const text = request.method === 'GET' ? '' : await request.clone().text();
    sent.push({
      method: request.method,
      path: url.pathname,
      filter: json(url.searchParams.get('filter')),
      sort: json(url.searchParams.get('sort')),
      range: json(url.searchParams.get('range')),
      body: json(text || null),
    });
  });
  return sent;
}

/** The list calls sent to `/api/{resource}` (not getMany by ids, not record reads). */
export const listCalls = (sent: SentRequest[], resource: string) =>
  sent.filter((r) => r.method === 'GET' && r.path === `/api/${resource}` && r.range !== undefined);
