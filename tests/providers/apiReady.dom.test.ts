import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdApiCallsUntil } from '../../src/providers/apiReady';
import { httpClient } from '../../src/providers/httpClient';

/** The demo renders before its mock API has started: calls made meanwhile must wait, not fail. */
const URL = 'http://localhost/api/auth/me';

function stubFetch() {
  const fetchMock = vi.fn(async () => new Response('{"ok":true}', { status: 200 }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** Lets every pending promise callback and timer run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  holdApiCallsUntil(Promise.resolve());
  delete document.documentElement.dataset.api;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('API calls while the demo API starts', () => {
  it('are held until the start completes, then sent', async () => {
    const fetchMock = stubFetch();
    let started!: () => void;
    holdApiCallsUntil(new Promise<void>((resolve) => (started = resolve)));
    expect(document.documentElement.dataset.api).toBe('starting');

    const call = httpClient(URL);
    await settle();
    expect(fetchMock).not.toHaveBeenCalled();

    started();
    expect((await call).json).toEqual({ ok: true });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(document.documentElement.dataset.api).toBe('ready');
  });

  it('go out anyway when the start failed, so each fails with its own error instead of hanging', async () => {
    const fetchMock = stubFetch();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    holdApiCallsUntil(Promise.reject(new Error('no service worker')));
    await httpClient(URL);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(document.documentElement.dataset.api).toBe('failed');
  });
});
