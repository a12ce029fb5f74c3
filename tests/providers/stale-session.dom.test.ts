import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { DEMO_PASSWORD } from '../../src/config';
import { authProvider } from '../../src/providers/authProvider';
import { api } from '../../src/providers/httpClient';
import { clearSession, getToken } from '../../src/providers/session';

afterEach(() => clearSession());

describe('a 401 to a request sent under an earlier session', () => {
  it('does not sign out whoever signed in since', async () => {
    await authProvider.login({ email: 'recruiter@acme.test', password: DEMO_PASSWORD });
    let answer = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    server.use(
      http.get('*/api/offers', async () => {
        await answered;
        return HttpResponse.json({ message: 'Invalid or ended session' }, { status: 401 });
      }),
    );
    const late = api('/offers').catch((error: unknown) => error);
    // Meanwhile the tab signs out and someone else signs in.
    clearSession();
    await authProvider.login({ email: 'recruiter@globex.test', password: DEMO_PASSWORD });
    const current = getToken();
    answer();
    const error = await late;
    expect(error).toMatchObject({ status: 401 });
    await expect(authProvider.checkError(error as { status: number })).resolves.toBeUndefined();
    expect(getToken()).toBe(current);
  });

  it('still signs out on a 401 to a request of the current session', async () => {
    await authProvider.login({ email: 'recruiter@acme.test', password: DEMO_PASSWORD });
    server.use(http.get('*/api/offers', () => HttpResponse.json({ message: 'ended' }, { status: 401 })));
    const error = await api('/offers').catch((failure: unknown) => failure);
    await expect(authProvider.checkError(error as { status: number })).rejects.toBeDefined();
    expect(getToken()).toBeNull();
  });
});

describe('a read refused with 429 while the session changes', () => {
  it('is not sent again under the session that followed', async () => {
    await authProvider.login({ email: 'recruiter@acme.test', password: DEMO_PASSWORD });
    const first = getToken();
    const sentWith: Array<string | null> = [];
    let refused = () => {};
    const refusedOnce = new Promise<void>((resolve) => {
      refused = resolve;
    });
    server.use(
      http.get('*/api/offers', ({ request }) => {
        sentWith.push(request.headers.get('Authorization'));
        if (sentWith.length > 1)
          return HttpResponse.json([], { headers: { 'Content-Range': 'offers 0-0/0' } });
        refused();
        return HttpResponse.json(
          { message: 'Too many requests' },
          { status: 429, headers: { 'Retry-After': '1' } },
        );
      }),
    );
    const late = api('/offers').catch((error: unknown) => error);
    await refusedOnce;
    // While the app waits to send it again, the tab signs out and someone else signs in.
    clearSession();
    await authProvider.login({ email: 'recruiter@globex.test', password: DEMO_PASSWORD });
    expect(await late).toMatchObject({ status: 429 });
    expect(sentWith).toEqual([`Bearer ${first}`]);
  });
});
