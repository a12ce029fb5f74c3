/**
 * What the demo's MSW (in the browser) uses instead of its own cookie store (vite.config.ts swaps it
 * in). MSW's store is a tough-cookie jar persisted in localStorage, for handlers that set cookies;
 * tough-cookie brings the public-suffix list, most of MSW's weight in the demo's start-up script.
 * Our API authenticates with a bearer token and sets no cookie, so this store holds none: a request
 * reaches the handlers with the cookies the browser itself sent (document.cookie), as before.
 */
export const cookieStore = {
  getCookies(_url: string): [] {
    return [];
  },
  async setCookie(_cookie: string, _url: string): Promise<void> {},
};
