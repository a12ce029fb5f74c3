/**
 * MSW's cookie store reads `localStorage` when its module loads, and a worker has none. Builds swap
 * that store for one that holds nothing (mocks/msw-cookie-store.ts), but the dev server's
 * pre-bundled MSW keeps its own. The API keeps nothing in cookies (the token travels in a header),
 * so an in-memory stand-in does. Imported first by the database worker, before msw.
 */
if (typeof localStorage === 'undefined') {
  const items = new Map<string, string>();
  const memory: Storage = {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      items.set(key, String(value));
    },
  };
  Object.defineProperty(globalThis, 'localStorage', { value: memory });
}
