import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import { RESOURCES, type ResourceName } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { emulateBoardLayout } from '../helpers/boardLayout';
import { atReferenceDate } from '../helpers/clock';
import { renderAdmin } from '../helpers/renderAdmin';
import { activeContent } from './payloads';
import { poisonEveryTextField } from './poison';

/**
 * Issue 10, XSS on display: every free-text, rich-text and URL field of every record holds a payload
 * (tests/security/poison.ts), then each screen that shows them is opened. Nothing on screen may carry
 * an event handler, an active element or a script-scheme link; each screen must show the poisoned
 * text (its field marker), so no screen passes by showing nothing.
 */

atReferenceDate();
let removeBoardLayout: () => void;
// The pipeline's columns are windowed: without a column's height, jsdom would show them no card.
beforeEach(() => {
  removeBoardLayout = emulateBoardLayout();
});
afterEach(() => removeBoardLayout());

const firstId = (resource: ResourceName) => getState().tables[resource].rows[0].id;

/**
 * Every resource's list screen: saved views and boards have none of their own, the moderation
 * queue starts empty in the demo seed (nothing to poison there yet), and feed reports are read in
 * their company's Feed tab (their offers' texts are nested, out of the poisoner's reach).
 */
const LISTS = RESOURCES.filter(
  (r) => !['saved-views', 'boards', 'offer-publications', 'feed-imports'].includes(r),
);
const SHOWS = [
  'companies',
  'users',
  'offers',
  'candidates',
  'applications',
  'interviews',
  'audit-logs',
] as const;
/** Lists whose rows show another resource's text (an application is its candidate and its offer). */
const SHOWN_BY: Partial<Record<ResourceName, ResourceName>> = {
  applications: 'candidates',
  activities: 'candidates',
  interviews: 'candidates',
  scorecards: 'users',
  // The API's tasks read as their kind, in the reader's words, with the candidate's name.
  tasks: 'candidates',
};

/** Screens per role: a route, and a resource whose poisoned text it shows once loaded. */
const screens = (role: 'admin' | 'acme' | 'support'): Array<[string, string]> =>
  ({
    admin: [
      ...LISTS.map((r): [string, string] => [`/${r}`, SHOWN_BY[r] ?? r]),
      ...SHOWS.map((r): [string, string] => [`/${r}/${firstId(r)}/show`, r]),
      ['/', 'companies'], // the sales dashboard: account health tables
    ],
    acme: [
      ['/', 'offers'], // offers needing attention, offer health
      ['/pipeline', 'candidates'],
    ],
    support: [['/', 'companies']],
  })[role] as Array<[string, string]>;

/** Links may go to our own routes or to http(s)/mailto, never anywhere else. */
const unsafeLinks = () =>
  Array.from(document.querySelectorAll('a[href]'))
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => !/^(#|\/(?!\/)|https?:\/\/|mailto:)/i.test(href));

describe('every screen renders poisoned records inert', () => {
  it.each(['admin', 'acme', 'support'] as const)('as %s', async (role) => {
    // The seed has no audit event yet: write a few, so the audit screens have rows to poison.
    const admin = await login(DEMO.admin);
    for (const id of [3, 4, 5])
      await call('POST', `/api/companies/${id}/credits`, { delta: 1, reason: 'Seed' }, admin);
    const poisoned = poisonEveryTextField();
    expect(poisoned.fields.length).toBeGreaterThanOrEqual(25);
    await renderAdmin('/', { as: role });
    const main = () => document.querySelector('main')?.textContent ?? '';
    for (const [route, resource] of screens(role)) {
      const before = main();
      window.location.hash = `#${route}`;
      // The new screen is up (not the previous one) and shows poisoned records.
      await waitFor(() =>
        expect([route, main() !== before && main().includes(` [${resource}.`)]).toEqual([route, true]),
      );
      await waitFor(() => expect(screen.queryAllByRole('progressbar')).toHaveLength(0));
      expect([route, activeContent(document.body)]).toEqual([route, []]);
      expect([route, unsafeLinks()]).toEqual([route, []]);
    }
  });
});
