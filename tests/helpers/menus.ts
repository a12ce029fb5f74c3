/**
 * The menu each demo account sees, in order: the menu of docs/roles-and-permissions.md filtered by
 * the list rights of src/model/permissions.ts (Pipeline = applications.move, Moderation queue =
 * moderate). Shared by the screen test (jsdom) and the browser test.
 */
export const EXPECTED_MENUS = {
  admin: [
    'Dashboard',
    'Candidates',
    'Offers',
    'Applications',
    'Pipeline',
    'Companies',
    'Users',
    'Moderation queue',
    'Boards',
    'Audit log',
    'Data retention',
    'Scraping watch',
  ],
  support: [
    'Dashboard',
    'Candidates',
    'Offers',
    'Applications',
    'Companies',
    'Users',
    'Moderation queue',
    'Boards',
    'Audit log',
    'Data retention',
    'Scraping watch',
  ],
  sales: ['Dashboard', 'Offers', 'Companies', 'Users'],
  acme: ['Dashboard', 'Candidates', 'Offers', 'Applications', 'Pipeline', 'Companies', 'Users'],
  globex: ['Dashboard', 'Candidates', 'Offers', 'Applications', 'Pipeline', 'Companies', 'Users'],
} as const satisfies Record<string, readonly string[]>;
