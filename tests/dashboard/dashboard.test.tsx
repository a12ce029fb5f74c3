import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { screensEn } from '../../src/i18n/en.screens';
import type { Stage } from '../../src/model/types';
import { call, login } from '../helpers/api';
import { atReferenceDate } from '../helpers/clock';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

// The presets count days back from the browser's today: make it the seed's "now", as in the demo.
atReferenceDate();
afterEach(() => vi.unstubAllGlobals());

async function stats<T>(email: string, path: string): Promise<T> {
  return (await call<T>('GET', `/api/stats/${path}`, undefined, await login(email))).body;
}

const section = async (name: string) => screen.findByRole('region', { name });

describe('sales dashboard', () => {
  it('shows each KPI with its change against the previous period, as the API computed them', async () => {
    type Values = Record<'offersPublished' | 'activeAccounts' | 'applications' | 'hires', number> & {
      mrr: { EUR: number; GBP: number };
    };
    const { current, previous } = await stats<{ current: Values; previous: Values }>(
      'sales@backoffice.test',
      'kpis',
    );
    expect(current.offersPublished).not.toBe(previous.offersPublished);
    await renderAdmin('/', { as: 'sales' });
    const count = (n: number) => new Intl.NumberFormat('en-GB').format(n);
    const money = (n: number, currency: string) =>
      new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: 0 }).format(n);
    /** "Up 8.5% vs previous period (47)", "Down 12.5% …" (no double sign), "Unchanged …", or an absolute change after a 0. */
    const delta = (now: number, before: number, format: (n: number) => string) => {
      const change = now - before;
      if (change === 0) return `Unchanged vs previous period (${format(before)})`;
      const shown =
        before === 0
          ? format(Math.abs(change))
          : new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(
              Math.abs(change / before),
            );
      return `${change > 0 ? 'Up' : 'Down'} ${shown} vs previous period (${format(before)})`;
    };
    const cards: Array<[string, number, number, (n: number) => string]> = [
      ['Offers published', current.offersPublished, previous.offersPublished, count],
      ['Active accounts', current.activeAccounts, previous.activeAccounts, count],
      ['Applications', current.applications, previous.applications, count],
      ['Hires', current.hires, previous.hires, count],
      ['MRR (EUR)', current.mrr.EUR / 100, previous.mrr.EUR / 100, (n) => money(n, 'EUR')],
      ['MRR (GBP)', current.mrr.GBP / 100, previous.mrr.GBP / 100, (n) => money(n, 'GBP')],
    ];
    for (const [name, now, before, format] of cards) {
      const card = await section(name);
      await waitFor(() => expect(within(card).getByTestId('kpi-value')).toHaveTextContent(format(now)));
      expect([name, within(card).getByTestId('kpi-delta').textContent]).toEqual([
        name,
        delta(now, before, format),
      ]);
      expect(within(card).getByTestId('kpi-delta').textContent).not.toMatch(/^(Up|Down) [-+−]/);
    }
  });

  it('shows a chart as an accessible table of the plotted numbers, and downloads exactly them as CSV', async () => {
    const funnel = await stats<{
      stages: Array<{ stage: string; reached: number; finishedReached: number; conversion: number | null }>;
    }>('sales@backoffice.test', 'funnel');
    const { user } = await renderPage('/', { as: 'sales' });
    const card = await section('Applications funnel');
    await user.click(await within(card).findByRole('button', { name: 'Show as table' }));
    const table = within(card).getByRole('table');
    const screening = within(table).getByRole('row', { name: /^Screening/ });
    const expected = funnel.stages[1];
    expect(
      within(screening)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      String(expected.reached),
      String(expected.finishedReached),
      `${(Math.round((expected.conversion ?? 0) * 1000) / 10).toFixed(1).replace(/\.0$/, '')}%`,
    ]);
    expect(within(card).getByRole('button', { name: 'Show as chart' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    let blob: Blob | undefined;
    const capture = (created: Blob) => {
      blob = created;
      return 'blob:csv';
    };
    vi.stubGlobal(
      'URL',
      class extends URL {
        static override createObjectURL = capture;
        static override revokeObjectURL = () => {};
      },
    );
    await user.click(
      within(card).getByRole('button', { name: /Download the numbers of "Applications funnel"/ }),
    );
    expect(blob).toBeDefined();
    const lines = (await (blob as Blob).text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Stage,Reached (all),Reached (finished cohort),Conversion from previous stage (%)');
    expect(lines.slice(1)).toEqual(
      funnel.stages.map((s) =>
        [
          screensEn.resources.applications.stage[s.stage as Stage],
          s.reached,
          s.finishedReached,
          s.conversion === null ? '' : Math.round(s.conversion * 1000) / 10,
        ].join(','),
      ),
    );
  });

  it('keeps the period in the URL and refetches when switching to 7 days', async () => {
    const week = await stats<{ current: { applications: number } }>(
      'sales@backoffice.test',
      'kpis?from=2026-10-27&to=2026-11-02',
    );
    const { user } = await renderPage('/', { as: 'sales' });
    await section('Applications'); // the KPI card is replaced by its skeleton while refetching
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Applications' })).getByTestId('kpi-value'),
      ).not.toHaveTextContent(String(week.current.applications)),
    );
    await user.click(screen.getByRole('combobox', { name: 'Period' }));
    await user.click(await screen.findByRole('option', { name: 'Last 7 days' }));
    await waitFor(() => expect(window.location.hash).toBe('#/?range=7d'));
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Applications' })).getByTestId('kpi-value'),
      ).toHaveTextContent(String(week.current.applications)),
    );
  });
});

describe('aggregates only', () => {
  it.each([
    ['sales', ['stats', 'account-health']], // health scores the API computed, a page of them
    ['acme', ['stats', 'tasks']], // the recruiter's own open tasks, a page of them
    // the users and companies the API's scraping watch flags, a page of each
    ['support', ['stats', 'scraping-watch', 'scraping-watch-companies']],
  ] as const)(
    'the %s dashboard reads aggregate endpoints, never collections to add up',
    async (as, allowed) => {
      const read: string[] = [];
      const record = ({ request }: { request: Request }) => {
        const url = new URL(request.url);
        const path = url.pathname;
        // The names of the people and records a list shows (react-admin's getMany by ids) are
        // look-ups, not figures added up in the browser.
        const filter = JSON.parse(url.searchParams.get('filter') ?? '{}') as object;
        if (Object.keys(filter).join() === 'id') return;
        if (request.method === 'GET' && !path.startsWith('/api/auth/')) read.push(path.split('/')[2]);
      };
      server.events.on('request:start', record);
      try {
        await renderPage('/', { as });
        await waitFor(() => {
          expect(read).toContain('stats');
          expect(screen.queryAllByLabelText('Loading')).toHaveLength(0);
        });
      } finally {
        server.events.removeListener('request:start', record);
      }
      expect(read.length).toBeGreaterThan(0);
      expect([...new Set(read)].filter((first) => !(allowed as readonly string[]).includes(first))).toEqual(
        [],
      );
    },
  );

  it('states the median and the 75th percentile of time to hire as the API computed them', async () => {
    const hire = await stats<{ hires: number; medianDays: number; p75Days: number }>(
      'sales@backoffice.test',
      'time-to-hire',
    );
    await renderPage('/', { as: 'sales' });
    const card = await section('Time to hire');
    const days = (n: number) =>
      new Intl.NumberFormat('en-GB', { style: 'unit', unit: 'day', maximumFractionDigits: 1 }).format(n);
    await waitFor(() =>
      expect(card).toHaveTextContent(
        `${hire.hires} hires; median ${days(hire.medianDays)}, 75th percentile ${days(hire.p75Days)}.`,
      ),
    );
  });
});

describe('recruiter and support dashboards', () => {
  it("shows a recruiter their own company's attention lists, without the market filter or MRR", async () => {
    const own = await stats<{ offersNeedingAttention: Array<{ reference: string; title: string }> }>(
      'recruiter@acme.test',
      'recruiter',
    );
    expect(own.offersNeedingAttention.length).toBeGreaterThan(0);
    await renderPage('/', { as: 'acme' });
    const card = await section('Offers needing attention');
    const first = own.offersNeedingAttention[0];
    expect(
      await within(card).findByRole('link', { name: `${first.reference} · ${first.title}` }),
    ).toBeInTheDocument();
    expect(await section('Applications funnel')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Market' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'MRR (EUR)' })).toBeNull();
  });

  it("counts a recruiter's rejections by reason, as the API counted them, in the UI's words", async () => {
    const funnel = await stats<{ rejections: Record<string, number> }>('recruiter@acme.test', 'funnel');
    const { user } = await renderAdmin('/', { as: 'acme' });
    const card = await section('Rejections by reason');
    await user.click(await within(card).findByRole('button', { name: 'Show as table' }));
    const table = within(card).getByRole('table');
    const salary = within(table).getByRole('row', { name: /^Salary expectations too high/ });
    expect(within(salary).getByRole('cell')).toHaveTextContent(String(funnel.rejections.salary));
    expect(within(table).getByRole('row', { name: /^Other/ })).toBeInTheDocument();
  });

  it('shows support the accounts needing attention, linking to each account', async () => {
    const support = await stats<{ accountsNeedingAttention: Array<{ companyId: number; name: string }> }>(
      'support@backoffice.test',
      'support',
    );
    await renderPage('/', { as: 'support' });
    const card = await section('Accounts needing attention');
    const first = support.accountsNeedingAttention[0];
    const link = await within(card).findByRole('link', { name: first.name });
    expect(link).toHaveAttribute('href', `#/companies/${first.companyId}/show`);
    expect(screen.queryByRole('region', { name: 'Applications funnel' })).toBeNull();
  });
});
