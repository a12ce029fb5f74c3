import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDataProvider } from '../../src/providers/dataProvider';

interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: unknown;
}

/** A fake API that records calls and answers lists with a Content-Range. */
function stubApi(records: Array<{ id: number; version: number; title: string; city: string }>) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = String(input);
      const method = init.method ?? 'GET';
      calls.push({
        url,
        method,
        headers: new Headers(init.headers),
        body: init.body ? JSON.parse(String(init.body)) : undefined,
      });
      const json = (data: unknown, headers: Record<string, string> = {}) =>
        new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json', ...headers } });
      if (method === 'GET' && url.includes('?')) {
        return json(records, { 'Content-Range': `offers 0-${records.length - 1}/${412}` });
      }
      const id = Number(url.split('?')[0].split('/').pop());
      const record = records.find((r) => r.id === id);
      return json({
        ...record,
        ...(init.body ? JSON.parse(String(init.body)) : {}),
        version: (record?.version ?? 0) + 1,
      });
    }),
  );
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

const RECORDS = [
  { id: 1, version: 3, title: 'Java developer', city: 'Paris' },
  { id: 2, version: 7, title: 'Data engineer', city: 'Lyon' },
];

describe('dataProvider', () => {
  const dataProvider = createDataProvider('http://localhost/api');

  it('pages lists with range and reads the total from Content-Range', async () => {
    const calls = stubApi(RECORDS);
    const { data, total } = await dataProvider.getList('offers', {
      pagination: { page: 3, perPage: 25 },
      sort: { field: 'title', order: 'ASC' },
      filter: { status: 'published' },
    });
    expect(total).toBe(412);
    expect(data).toHaveLength(2);
    const url = new URL(calls[0].url);
    expect(url.searchParams.get('range')).toBe('[50,74]');
    expect(url.searchParams.get('filter')).toBe('{"status":"published"}');
  });

  it('updates with PUT and the whole record, version included', async () => {
    const calls = stubApi(RECORDS);
    await dataProvider.update('offers', {
      id: 1,
      data: { ...RECORDS[0], title: 'Kotlin developer' },
      previousData: RECORDS[0],
    });
    expect(calls[0].method).toBe('PUT');
    expect(calls[0].body).toEqual({ id: 1, version: 3, title: 'Kotlin developer', city: 'Paris' });
  });

  it('updateMany sends a merge-patch per record with only the changed fields and its version', async () => {
    const calls = stubApi(RECORDS);
    const { data } = await dataProvider.updateMany('offers', { ids: [1, 2], data: { city: 'Nantes' } });
    expect(data).toEqual([1, 2]);
    const patches = calls.filter((call) => call.method === 'PATCH');
    expect(patches.map((call) => call.body)).toEqual([
      { city: 'Nantes', version: 3 },
      { city: 'Nantes', version: 7 },
    ]);
    expect(patches[0].headers.get('Content-Type')).toBe('application/merge-patch+json');
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);
  });

  it('asks for candidates by id 30 at a time, as the API caps a recruiter', async () => {
    const many = Array.from({ length: 75 }, (_, i) => ({ id: i + 1, version: 1, title: '', city: '' }));
    const calls = stubApi(many);
    const ids = many.map((record) => record.id);
    await dataProvider.getMany('candidates', { ids });
    const asked = calls.map((call) => JSON.parse(new URL(call.url).searchParams.get('filter') ?? '{}').id);
    expect(asked.map((chunk: number[]) => chunk.length)).toEqual([30, 30, 15]);
    expect(asked.flat()).toEqual(ids);
    await dataProvider.getMany('offers', { ids });
    expect(calls).toHaveLength(4);
  });

  it("asks for an offer's ranked candidates 30 at a time, its prefix growing past 30", async () => {
    const calls = stubApi(RECORDS);
    await dataProvider.getMatches('offers', 5, [0, 39]);
    const ranges = calls.map((call) => new URL(call.url).searchParams.get('range'));
    expect(ranges).toEqual(['[0,29]', '[30,39]']);
    await dataProvider.getMatches('candidates', 5, [0, 39]);
    expect(calls.at(-1)?.url).toContain(encodeURIComponent('[0,39]'));
  });

  it('moves an application with its stage, position and version', async () => {
    const calls = stubApi(RECORDS);
    await dataProvider.moveApplication(9, { stage: 'interview', position: 0, version: 2 });
    expect(calls[0]).toMatchObject({ method: 'POST', body: { stage: 'interview', position: 0, version: 2 } });
    expect(calls[0].url).toMatch(/\/api\/applications\/9\/move$/);
  });

  it('asks for matches with a range and stats with query parameters', async () => {
    const calls = stubApi(RECORDS);
    const { total } = await dataProvider.getMatches('offers', 5, [0, 4]);
    expect(total).toBe(412);
    expect(decodeURIComponent(calls[0].url)).toMatch(/\/api\/offers\/5\/matches\?range=\[0,4\]$/);
    await dataProvider.getStats('funnel', { from: '2026-01-01', country: 'FR', companyId: undefined });
    expect(calls[1].url).toMatch(/\/api\/stats\/funnel\?from=2026-01-01&country=FR$/);
  });

  it('renders a template for an application, sends it, and reads the scorecards of an application', async () => {
    const calls = stubApi(RECORDS);
    await dataProvider.renderMessage(4, 9);
    await dataProvider.sendMessage(4, 9);
    await dataProvider.getScorecardSummary(9);
    expect(calls.map(({ method, url, body }) => ({ method, path: new URL(url).pathname, body }))).toEqual([
      { method: 'POST', path: '/api/message-templates/4/render', body: { applicationId: 9 } },
      { method: 'POST', path: '/api/messages/send', body: { templateId: 4, applicationId: 9 } },
      { method: 'GET', path: '/api/applications/9/scorecards', body: undefined },
    ]);
  });

  it("reads an interview, or an interviewer's week in their zone, as iCalendar text", async () => {
    const calls = stubApi(RECORDS);
    const { data } = await dataProvider.getInterviewIcs(2);
    expect(typeof data).toBe('string');
    await dataProvider.getWeekIcs({ week: '2026-12-07', tz: 'Europe/Paris', interviewerId: 3 });
    expect(calls.map((call) => call.headers.get('Accept'))).toEqual(['text/calendar', 'text/calendar']);
    expect(calls[0].url).toMatch(/\/api\/interviews\/2\/ics$/);
    expect(calls[1].url).toMatch(
      /\/api\/interviews\/ics\?week=2026-12-07&tz=Europe%2FParis&interviewerId=3$/,
    );
  });
});
