import type { Theme } from '@mui/material/styles';
import { createElement, lazy, Suspense } from 'react';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';
import { KeyboardDataTableRow } from '../common/KeyboardDataTableRow';

/**
 * react-admin's default themes with the brand colour; both are offered by the theme toggle. Where
 * the defaults fall short of WCAG AA (axe scans both themes: tests/e2e/a11y.e2e.ts), they are
 * corrected here rather than screen by screen.
 */
const brand = { main: '#1f4e8c' };

// Loaded with the first list (which needs react-admin's pagination anyway), not with the app.
const ListPagination = lazy(() =>
  import('../common/ListPagination').then((m) => ({ default: m.ListPagination })),
);

/** MUI's secondary text colour for the theme's mode. */
const textSecondary = (theme: RaThemeOptions) =>
  theme.palette?.mode === 'dark' ? 'rgba(255, 255, 255, 0.7)' : 'rgba(0, 0, 0, 0.6)';

type AriaLabelled = { 'aria-label'?: string; className?: string };
/** react-admin's row checkbox (DataTable) hands its aria-label to MUI's root <span>. */
const isRowCheckbox = (owner: AriaLabelled) => owner.className?.includes('RaDataTable-checkbox') === true;

const components = (theme: RaThemeOptions): RaThemeOptions['components'] => ({
  ...theme.components,
  // No page-level sideways scroll, at 390 px as at 1440 px: react-admin's layout grows to fit its
  // widest content (min-width: fit-content); here the page keeps the window's width and what is
  // wider (a table, the pipeline board) scrolls inside its own box.
  RaLayout: {
    styleOverrides: { root: { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } } },
  },
  // Every <List> prefetches its next page unless it brings its own pagination.
  RaList: {
    defaultProps: { pagination: createElement(Suspense, { fallback: null }, createElement(ListPagination)) },
    styleOverrides: {
      root: ({ theme: current }: { theme: Theme }) => ({
        // On a phone a list's aside (an explanation) goes above the list: beside it, it left the
        // table a strip of 140 px. From md it sits beside the list again.
        [current.breakpoints.down('md')]: { flexDirection: 'column' },
        '& .RaList-main': { minWidth: 0 },
        // react-admin slides the bulk-actions bar up over the list's toolbar. A list without one
        // (no filters, actions={false}) has nothing above its table but the fixed app bar, which then
        // covers the bar's buttons: there the bar takes its own room above the table instead.
        '& .RaList-noActions .RaBulkActionsToolbar-toolbar': { position: 'relative', transform: 'none' },
      }),
    },
  },
  // A page's buttons go onto a second line where they do not fit: on a phone, an interview's
  // "Add to calendar (.ics)" ran off the left edge and under "Write a scorecard".
  RaTopToolbar: { styleOverrides: { root: { flexWrap: 'wrap' } } },
  // Every tab bar scrolls, with arrows on a phone too, where its tabs do not fit: the fixed bar hid
  // a record's "Feeds", "Audit" or "Best matches" past a phone's edge with no way to them.
  MuiTabs: { defaultProps: { variant: 'scrollable', scrollButtons: 'auto', allowScrollButtonsMobile: true } },
  // A menu entry longer than the sidebar (French "Surveillance du scraping") goes onto two lines
  // rather than ending in "…" with nothing to read the rest by.
  RaMenuItemLink: { styleOverrides: { root: { '& .MuiTypography-root': { whiteSpace: 'normal' } } } },
  // (Positioned, so that absolutely placed text for screen readers scrolls with the table.)
  RaDataTable: {
    styleOverrides: { root: { '& .RaDataTable-tableWrapper': { overflowX: 'auto', position: 'relative' } } },
  },
  // ...where a label names nothing (and is not allowed): move it to the <input> it is meant for.
  MuiCheckbox: {
    defaultProps: {
      slotProps: {
        root: (owner: AriaLabelled) => (isRowCheckbox(owner) ? { 'aria-label': undefined } : {}),
        input: (owner: AriaLabelled) => (isRowCheckbox(owner) ? { 'aria-label': owner['aria-label'] } : {}),
      },
    },
  },
  // A row that opens a record opens from the keyboard too (Tab to it, Enter), with a visible focus.
  RaDataTableBody: { defaultProps: { row: KeyboardDataTableRow } },
  RaDataTableRow: {
    styleOverrides: {
      root: ({ theme: current }: { theme: Theme }) => ({
        '&:focus-visible': { outline: `2px solid ${current.palette.primary.main}`, outlineOffset: -2 },
      }),
    },
  },
  // Initials on the default grey were 1.8:1 (light) and 2.8:1 (dark).
  MuiAvatar: { styleOverrides: { colorDefault: { color: '#fff', backgroundColor: '#616161' } } },
  // "No … yet" of an empty list was in the disabled text colour (2.7:1).
  RaEmpty: { styleOverrides: { root: { '& .RaEmpty-message': { color: textSecondary(theme) } } } },
});

// Text on a coloured fill (chips, buttons) turns dark when white would be under 4.5:1.
const contrastThreshold = 4.5;

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    contrastThreshold,
    primary: brand,
    // The app bar's colour: react-admin's #2196f3 gives white text 3.1:1.
    secondary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
    // Red text on the grey form toolbar (the delete button) was 3.8:1 with MUI's #d32f2f.
    error: { main: '#b71c1c' },
  },
  components: components(defaultLightTheme),
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  palette: {
    ...defaultDarkTheme.palette,
    contrastThreshold,
    primary: { main: '#90b4e8' },
    // Red text on the dark toolbars (the delete button) was 2.7:1 with MUI's #f44336.
    error: { main: '#ff9e97' },
  },
  components: components(defaultDarkTheme),
};
