import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FunnelStats, OfferHealthStats, RecruiterStats, SupportStats } from '../../src/stats-types';
import { call, login } from '../helpers/api';
import { atReferenceDate } from '../helpers/clock';
import { renderAdmin } from '../helpers/renderAdmin';

/** Issue 6: the recruiter's and the support agent's dashboards show exactly what the API lists. */
const SLOW = { timeout: 15_000 };
vi.setConfig({ testTimeout: 60_000 });

atReferenceDate();

const PERIOD = 'from=2026-10-04&to=2026-11-02'; // the default 30 days
async function stats<T>(email: string, path: string): Promise<T> {
  return (await call<T>('GET', `/api/stats/${path}`, undefined, await login(email))).body;
}
const items = (region: HTMLElement) => within(region).getAllByRole('listitem');

describe('recruiter dashboard', () => {
  it('lists the offers needing attention with their reason, upcoming interviews and recent activity', async () => {
    const own = await stats<RecruiterStats>('recruiter@acme.test', `recruiter?${PERIOD}`);
    expect(own.offersNeedingAttention.map((o) => o.reason)).toEqual(
      expect.arrayContaining(['expiring', 'paused']),
    );
    expect(own.upcomingInterviews.length).toBeGreaterThan(0);
    await renderAdmin('/', { as: 'acme' });

    const attention = await screen.findByRole('region', { name: 'Offers needing attention' }, SLOW);
    await waitFor(() => expect(items(attention)).toHaveLength(own.offersNeedingAttention.length), SLOW);
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
    own.upcomingInterviews.forEach((interview, i) => {
      const link = within(items(interviews)[i]).getByRole('link', { name: interview.offerTitle });
      expect(link).toHaveAttribute('href', `#/applications/${interview.applicationId}/show`);
    });

    const activity = screen.getByRole('region', { name: 'Recent activity' });
    expect(items(activity)).toHaveLength(own.recentActivity.length);
    own.recentActivity.forEach((event, i) => {
      const link = within(items(activity)[i]).getByRole('link');
      expect(link).toHaveAttribute('href', `#/candidates/${event.candidateId}/show`);
    });
  });

  it('draws the funnel of the recruiter’s own company, not the platform’s', async () => {
    const own = await stats<FunnelStats>('recruiter@acme.test', `funnel?${PERIOD}`);
    const platform = await stats<FunnelStats>('sales@backoffice.test', `funnel?${PERIOD}`);
    expect(own.total).toBeLessThan(platform.total);
    const { user } = await renderAdmin('/', { as: 'acme' });
    const card = await screen.findByRole('region', { name: 'Applications funnel' }, SLOW);
    await user.click(await within(card).findByRole('button', { name: 'Show as table' }, SLOW));
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
    await renderAdmin('/', { as: 'acme' });
    const card = await screen.findByRole('region', { name: 'Offer health' }, SLOW);
    const rows = (await within(card).findAllByRole('row', {}, SLOW)).slice(1);
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
    await renderAdmin('/', { as: 'support' });

    const accounts = await screen.findByRole('region', { name: 'Accounts needing attention' }, SLOW);
    await waitFor(() => expect(items(accounts)).toHaveLength(support.accountsNeedingAttention.length), SLOW);
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
    expect(items(audit)[0]).toHaveTextContent('Credits adjusted · Company #3');
    expect(items(audit)[0]).toHaveTextContent('Support #');
    expect(items(audit)[0]).toHaveTextContent('Goodwill after outage');
  });
});
