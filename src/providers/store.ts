import { localStorageStore, type Store } from 'react-admin';

const THEME_KEY = 'theme';

/**
 * react-admin's store in localStorage (theme, list preferences). Logout resets it, which is right
 * for saved queries and list state but not for the light/dark choice: that one is kept.
 */
export function createStore(): Store {
  const base = localStorageStore(undefined, 'turnover-it');
  return {
    ...base,
    reset() {
      const theme = base.getItem(THEME_KEY);
      base.reset();
      if (theme !== undefined) base.setItem(THEME_KEY, theme);
    },
  };
}
