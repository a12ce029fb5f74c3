import { createElement, lazy, Suspense } from 'react';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/** react-admin's default themes with the brand colour; both are offered by the theme toggle. */
const brand = { main: '#1f4e8c' };

// Loaded with the first list (which needs react-admin's pagination anyway), not with the app.
const ListPagination = lazy(() =>
  import('../common/ListPagination').then((m) => ({ default: m.ListPagination })),
);

/** Every <List> prefetches its next page unless it brings its own pagination. */
const components = (theme: RaThemeOptions): RaThemeOptions['components'] => ({
  ...theme.components,
  RaList: {
    defaultProps: { pagination: createElement(Suspense, { fallback: null }, createElement(ListPagination)) },
  },
});

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: { ...defaultLightTheme.palette, primary: brand },
  components: components(defaultLightTheme),
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  palette: { ...defaultDarkTheme.palette, primary: { main: '#90b4e8' } },
  components: components(defaultDarkTheme),
};
