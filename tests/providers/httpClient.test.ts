import { HttpError } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpClient } from '../../src/providers/httpClient';
import { buildI18nProvider } from '../../src/providers/i18nProvider';
import { isRateLimitMessage, onRateLimit, type RateLimitEvent } from '../../src/providers/rateLimit';
import { clearSession, setSession } from '../../src/providers/session';

const URL = 'http://localhost/api/offers/1';

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  const fetchMock = vi.fn(
    async () =>
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json', ...headers },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function failure(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

afterEach(() => {
  vi.unstubAllGlobals();
  clearSession();
});

describe('httpClient', () => {
  it('sends JSON with the bearer token and returns the parsed body', async () => {
    setSession('tok-123', { id: 1, fullName: 'Ada', role: 'admin', companyId: null, locale: null });
    const fetchMock = answer(200, { id: 1, title: 'Dev' });
    const response = await httpClient(URL, { method: 'PUT', body: JSON.stringify({ title: 'Dev' }) });
    expect(response.json).toEqual({ id: 1, title: 'Dev' });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const headers = new Headers(init.headers);
    expect(headers.get('Authorization')).toBe('Bearer tok-123');
    expect(headers.get('Content-Type')).toBe('application/json');
  });

  it('asks for the UI’s language, and follows it when the user switches', async () => {
    const i18n = await buildI18nProvider('en');
    const fetchMock = answer(200, []);
    await httpClient(URL);
    await i18n.changeLocale('fr');
    await httpClient(URL);
    await i18n.changeLocale('en'); // the other tests read English messages
    const languages = fetchMock.mock.calls.map((call) => {
      const [, init] = call as unknown as [string, RequestInit];
      return new Headers(init.headers).get('Accept-Language');
    });
    expect(languages).toEqual(['en', 'fr']);
  });

  it('keeps the API’s code of a refusal, and only the codes it knows', async () => {
    answer(422, { message: 'Plus aucune annonce disponible', code: 'no_job_slot', errors: { status: 'x' } });
    expect((await failure(httpClient(URL))).body).toMatchObject({ code: 'no_job_slot' });
    answer(422, { message: 'Nope', code: 'something_else' });
    expect((await failure(httpClient(URL))).body).not.toHaveProperty('code');
  });

  it('sends no Authorization header when signed out', async () => {
    const fetchMock = answer(200, []);
    await httpClient(URL);
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(new Headers(init.headers).has('Authorization')).toBe(false);
  });

  it('keeps the simple-rest error body: message and field errors', async () => {
    answer(400, { message: 'Invalid offer', errors: { title: 'Too short' } });
    const error = await failure(httpClient(URL));
    expect(error.status).toBe(400);
    expect(error.message).toBe('Invalid offer');
    expect(error.body).toEqual({ message: 'Invalid offer', errors: { title: 'Too short' } });
  });

  it('turns API Platform violations into field errors', async () => {
    answer(422, {
      title: 'An error occurred',
      detail: 'title: This value is too short.',
      violations: [
        { propertyPath: 'title', message: 'This value is too short.', code: 'x' },
        { propertyPath: 'salaryMax', message: 'Must be above the minimum.', code: 'y' },
        { propertyPath: 'title', message: 'Must not contain HTML.', code: 'z' },
      ],
    });
    const error = await failure(httpClient(URL));
    expect(error.status).toBe(422);
    expect(error.message).toBe('title: This value is too short.');
    expect(error.body.errors).toEqual({
      title: 'This value is too short. Must not contain HTML.',
      salaryMax: 'Must be above the minimum.',
    });
  });

  it('reads problem+json detail, then title', async () => {
    answer(403, { type: '/errors/403', title: 'Forbidden', detail: 'Sales cannot read candidates.' });
    expect((await failure(httpClient(URL))).message).toBe('Sales cannot read candidates.');
    answer(404, { title: 'Not Found' });
    expect((await failure(httpClient(URL))).message).toBe('Not Found');
  });

  it('keeps the stored record of a 409 conflict', async () => {
    const current = { id: 1, title: 'Changed', version: 4 };
    answer(409, { message: 'Version conflict', current });
    const error = await failure(httpClient(URL, { method: 'PUT', body: '{}' }));
    expect(error.status).toBe(409);
    expect(error.body.current).toEqual(current);
  });

  it('says how long to wait on a 429', async () => {
    answer(429, { message: 'Too many attempts.' }, { 'Retry-After': '840' });
    const error = await failure(httpClient(URL));
    expect(error.status).toBe(429);
    expect(error.body.retryAfter).toBe(840);
    expect(error.message).toBe('Too many attempts. Try again in 14 minutes.');
  });

  it('sends a read refused with a short Retry-After again by itself, and reports the wait', async () => {
    const events: RateLimitEvent[] = [];
    const stop = onRateLimit((event) => events.push(event));
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(
        new Response('{"message":"Slow down"}', { status: 429, headers: { 'Retry-After': '1' } }),
      )
      .mockResolvedValueOnce(new Response('[{"id":1}]', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const before = Date.now();
    const response = await httpClient(URL);
    stop();
    expect(response.json).toEqual([{ id: 1 }]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(Date.now() - before).toBeGreaterThanOrEqual(1000); // it waited what the server asked
    expect(events).toHaveLength(1);
    expect(events[0].retrying).toBe(true);
    expect(events[0].until).toBeGreaterThanOrEqual(before + 1000);
  });

  it('does not resend a write, nor a read whose wait is long, and marks the failure as a wait', async () => {
    const events: RateLimitEvent[] = [];
    const stop = onRateLimit((event) => events.push(event));
    const fetchMock = answer(429, { message: 'Slow down' }, { 'Retry-After': '1' });
    const write = await failure(httpClient(URL, { method: 'POST', body: '{}' }));
    answer(429, { message: 'Slow down' }, { 'Retry-After': '900' });
    const longRead = await failure(httpClient(URL));
    stop();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect([write.status, longRead.status]).toEqual([429, 429]);
    expect(events.map((e) => e.retrying)).toEqual([false, false]);
    expect(longRead.message).toBe('Slow down Try again in 15 minutes.');
    // The layout recognises these messages and shows a wait instead of a red error.
    expect(isRateLimitMessage(longRead.message)).toBe(true);
    expect(isRateLimitMessage('Slow down')).toBe(false);
  });

  it('gives a clear message when the server cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('fetch failed');
      }),
    );
    const error = await failure(httpClient(URL));
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/server cannot be reached/);
  });

  it('falls back to the status text when the error body is not JSON', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>oops</html>', { status: 502, statusText: 'Bad Gateway' })),
    );
    const error = await failure(httpClient(URL));
    expect(error.status).toBe(502);
    expect(error.message).toBe('Bad Gateway');
  });
});
