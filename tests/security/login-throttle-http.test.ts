import type { ChildProcess } from 'node:child_process';
import { http, passthrough } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../mocks/domain/usage/ratelimit';
import { CLIENT_ADDRESS_HEADER } from '../../mocks/handlers/http';
import { server } from '../../mocks/node';
import { freePort } from '../e2e/app';
import { startLocalApi } from '../tools/bench/local-api';

/**
 * Issue 15, password spraying, over real HTTP: the local API (mocks/server.ts) counts failed logins
 * per connection address. A caller who sends the address header itself, a new value each time,
 * must still be counted as the one client it is.
 */
let api: ChildProcess | undefined;
let origin = '';

beforeAll(async () => {
  const port = await freePort();
  api = (await startLocalApi('small', port, { heapMb: 1024 })).child;
  origin = `http://127.0.0.1:${port}`;
});

afterAll(() => {
  api?.kill('SIGTERM');
});

async function attempt(email: string, spoofed: string): Promise<number> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [CLIENT_ADDRESS_HEADER]: spoofed },
    body: JSON.stringify({ email, password: 'Winter2026!' }),
  });
  return response.status;
}

describe('the local API counts failed logins per connection, whatever address a caller claims', () => {
  it(`${DEFAULT_LIMITS.clientLoginFailures} failures, each claiming another address: the next is 429`, async () => {
    // The in-process mock answers */api/* in tests: let these calls reach the real server.
    server.use(http.all(`${origin}/*`, () => passthrough()));
    const failures = DEFAULT_LIMITS.clientLoginFailures;
    for (let i = 0; i < failures; i += 1)
      expect(await attempt(`sprayed${i}@nowhere.test`, `198.51.100.${i}`)).toBe(401);
    expect(await attempt('one-more@nowhere.test', '192.0.2.99')).toBe(429);
  });
});
