import { afterAll, afterEach, beforeAll } from 'vitest';
import { restoreDb } from '../mocks/handlers';
import { server } from '../mocks/node';

/**
 * Every test talks to the reference API over MSW in Node, on the `small` database as seeded: after
 * each test, restoreDb() rebuilds it if the test may have written, else clears sessions and counters.
 */
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  restoreDb();
});
afterAll(() => server.close());
