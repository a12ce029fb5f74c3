import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type {
  FunnelStats,
  OfferHealthStats,
  RecruiterStats,
  SupportStats,
} from '../../src/model/stats-types';
import type { Company, User } from '../../src/model/types';
import { call, login } from '../helpers/api';
import { atReferenceDate } from '../helpers/clock';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** Issue 6: the recruiter's and the support agent's dashboards show exactly what the API lists. */

atReferenceDate();

const PERIOD = 'from=2026-10-04&to=2026-11-02'; // the default 30 days
async function stats<T>(email: string, path: string): Promise<T> {
  return (await call<T>('GET', `/api/stats/${path}`, undefined, await login(email))).body;
}
const items = (region: HTMLElement) => within(region).getAllByRole('listitem');

/** Candidates' names as the API shows them to `email` (a masked profile's last name is an initial). */
async function candidateNames(email: string, ids: number[]): Promise<Map<number, string>> {
  const token = await login(email);
  const names = new Map<number, string>();
  for (const id of new Set(ids)) {
    const { body } = await call<{ firstName: string; lastName: string }>(
      'GET',
      `/api/candidates/${id}`,
      undefined,
      token,
    );
    names.set(id, `${body.firstName} ${body.lastName}`);
  }
  return names;
}

describe('recruiter dashboard', () => {
  it('lists the offers needing attention with their reason, upcoming interviews and recent activity', async () => {
    const own = await stats<RecruiterStats>('recruiter@acme.test', `recruiter?${PERIOD}`);
    expect(own.offersNeedingAttention.map((o) => o.reason)).toEqual(
      expect.arrayContaining(['expiring', 'paused']),
    );
    expect(own.upcomingInterviews.length).toBeGreaterThan(0);
    const names = await candidateNames('recruiter@acme.test', [
      ...own.upcomingInterviews.map((i) => i.candidateId),
      ...own.recentActivity.map((a) => a.candidateId),
    ]);
    const nameOf = (id: number) => names.get(id) as string;
    await renderAdmin('/', { as: 'acme' });

    const attention = await screen.findByRole('region', { name: 'Offers needing attention' });
    await waitFor(() => expect(items(attention)).toHaveLength(own.offersNeedingAttention.length));
    own.offersNeedingAttention.forEach((offer, i) => {
      const link = within(items(attention)[i]).getByRole('link');
      expect(link).toHaveTextContent(`${offer.reference} · ${offer.title}`);
      expect(link).toHaveAttribute('href', `#/offers/${offer.offerId}/show`);
      const reason = {
        expiring: /^Expires on /,
        'no-applicants': /^No applicant since /,
        paused: /^Paused$/,
      };
      expect(items(attention)[i].querySelector('.MuiListItemText-secondary')?.textContent).toMatch(
        reason[offer.reason],
      );
    });

    const interviews = screen.getByRole('region', { name: 'Upcoming interviews (7 days)' });
    expect(items(interviews)).toHaveLength(own.upcomingInterviews.length);
    for (const [i, interview] of own.upcomingInterviews.entries()) {
      const link = within(items(interviews)[i]).getByRole('link', { name: interview.offerTitle });
      expect(link).toHaveAttribute('href', `#/applications/${interview.applicationId}/show`);
      // Who is interviewed, by name.
      await waitFor(() =>
        expect(items(interviews)[i]).toHaveTextContent(`${nameOf(interview.candidateId)} · `),
      );
    }

    const activity = screen.getByRole('region', { name: 'Recent activity' });
    expect(items(activity)).toHaveLength(own.recentActivity.length);
    for (const [i, event] of own.recentActivity.entries()) {
      // Each event names its candidate, linked to their page, before saying what happened.
      const link = await within(items(activity)[i]).findByRole('link', { name: nameOf(event.candidateId) });
      expect(link).toHaveAttribute('href', `#/candidates/${event.candidateId}/show`);
    }
  });

  it('draws the funnel of the recruiter’s own company, not the platform’s', async () => {
    const own = await stats<FunnelStats>('recruiter@acme.test', `funnel?${PERIOD}`);
    const platform = await stats<FunnelStats>('sales@backoffice.test', `funnel?${PERIOD}`);
    expect(own.total).toBeLessThan(platform.total);
    const { user } = await renderPage('/', { as: 'acme' });
    const card = await screen.findByRole('region', { name: 'Applications funnel' });
    await user.click(await within(card).findByRole('button', { name: 'Show as table' }));
    const rows = within(within(card).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('td')?.textContent)).toEqual(
      own.stages.map((s) => String(s.reached)),
    );
  });
});

describe('offer health', () => {
  it('a recruiter sees each recent offer against similar ones, worst first, linking to the offer', async () => {
    const health = await stats<OfferHealthStats>('recruiter@acme.test', `offer-health?${PERIOD}`);
    expect(health.offers.length).toBeGreaterThan(0);
    await renderPage('/', { as: 'acme' });
    const card = await screen.findByRole('region', { name: 'Offer health' });
    const rows = (await within(card).findAllByRole('row')).slice(1);
    expect(rows).toHaveLength(health.offers.length);
    health.offers.forEach((offer, i) => {
      expect(within(rows[i]).getByRole('link')).toHaveAttribute('href', `#/offers/${offer.offerId}/show`);
      const standing =
        offer.percentile === null
          ? 'No similar offer'
          : `${offer.lagging ? 'Lagging: better' : 'Better'} than ${offer.percentile}% of ${offer.peers}`;
      expect(rows[i]).toHaveTextContent(standing);
    });
  });
});

describe('support dashboard', () => {
  it('lists the accounts needing attention with their reasons, and the audit event just written', async () => {
    const token = await login('support@backoffice.test');
    const adjusted = await call(
      'POST',
      '/api/companies/3/credits',
      { delta: 5, reason: 'Goodwill after outage' },
      token,
    );
    expect(adjusted.status).toBe(200);
    const support = (await call<SupportStats>('GET', '/api/stats/support', undefined, token)).body;
    expect(support.recentAudit[0]).toMatchObject({
      resource: 'companies',
      recordId: 3,
      reason: 'Goodwill after outage',
    });
    await renderPage('/', { as: 'support' });

    const accounts = await screen.findByRole('region', { name: 'Accounts needing attention' });
    await waitFor(() => expect(items(accounts)).toHaveLength(support.accountsNeedingAttention.length));
    const words = {
      'out-of-credits': () => 'out of credits',
      suspended: () => 'suspended',
      'locked-users': (n: number) => `${n} locked user${n === 1 ? '' : 's'}`,
    };
    support.accountsNeedingAttention.forEach((account, i) => {
      expect(within(items(accounts)[i]).getByRole('link', { name: account.name })).toHaveAttribute(
        'href',
        `#/companies/${account.companyId}/show`,
      );
      expect(items(accounts)[i]).toHaveTextContent(
        account.reasons.map((reason) => words[reason](account.lockedUsers)).join(' · '),
      );
    });

    const audit = screen.getByRole('region', { name: 'Recent audit events' });
    expect(items(audit)).toHaveLength(support.recentAudit.length);
    const first = support.recentAudit[0];
    expect(first.action).toBe('company.credits');
    // In words, as the audit log reads, not the action's code.
    // The record and the actor by name, as the audit log shows them.
    const company = getState().tables.companies.get(3) as Company;
    const actor = getState().tables.users.get(first.actorId) as User;
    await waitFor(() =>
      expect(items(audit)[0]).toHaveTextContent(`Credits adjusted · Company ${company.name}`),
    );
    await waitFor(() =>
      expect(items(audit)[0]).toHaveTextContent(`${actor.firstName} ${actor.lastName} (Support)`),
    );
    expect(items(audit)[0]).not.toHaveTextContent('#');
    expect(items(audit)[0]).toHaveTextContent('Goodwill after outage');
  });
});
