import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetDb } from '../mocks/handlers';
import { server } from '../mocks/node';

/** Every test talks to the reference API over MSW in Node, on a fresh `small` database. */
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  resetDb();
});
afterAll(() => server.close());
