import { TabbedShowLayoutTabs } from 'react-admin';

/**
 * The tab bar of a record's page: it scrolls, with arrows on a phone too, so every tab can be reached
 * where they do not fit (react-admin's fixed bar hid "Feeds" and "Audit" past a phone's edge).
 * `<TabbedShowLayout tabs={SHOW_TABS}>`.
 */
export const SHOW_TABS = (
  <TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />
);
