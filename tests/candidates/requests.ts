import { afterEach } from 'vitest';
import { server } from '../../mocks/node';

/** Records the list queries the app sends to `/api/{resource}` (what the server was asked for). */
export interface SentList {
  filter: Record<string, unknown>;
  sort: unknown;
  range: unknown;
}

export function recordLists(resource: string): SentList[] {
  const sent: SentList[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (request.method !== 'GET' || !url.pathname.endsWith(`/api/${resource}`)) return;
    const read = (name: string) => {
      const raw = url.searchParams.get(name);
      return raw === null ? null : JSON.parse(raw);
    };
    sent.push({ filter: read('filter') ?? {}, sort: read('sort'), range: read('range') });
  };
  server.events.on('request:start', listener);
  afterEach(() => server.events.removeListener('request:start', listener));
  return sent;
}
