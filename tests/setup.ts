import { afterAll, afterEach, beforeAll } from 'vitest';
import { restoreDb } from '../mocks/handlers';
import { server } from '../mocks/node';

/**
 * Every test talks to the reference API over MSW in Node, on the `small` database as seeded: after
 * each test, restoreDb() rebuilds it if the test may have written, else clears sessions and counters.
 * Files of the node project share their worker's modules, so what one test adds is taken away here.
 */
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
  restoreDb();
});
afterAll(() => server.close());
