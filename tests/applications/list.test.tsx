import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Application, Offer, User } from '../../src/model/types';
import { ACME, applicationsOf } from '../api/fixtures';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { autocompleteFilter, dateFilter } from '../helpers/filters';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';
import { listCalls, recordRequests } from '../offers/requests';

/** The applications list as requests sent, and what the API does with them. */
const lastList = (sent: ReturnType<typeof recordRequests>) => listCalls(sent, 'applications').at(-1);

describe('applications list', () => {
  it('sends the offer, recruiter and applied-date filters set through the form', async () => {
    const offer = getState().tables.offers.rows.find((o) => o.companyId === ACME) as Offer;
    const recruiter = getState().tables.users.get(offer.recruiterId) as User;
    const sent = recordRequests();
    const { user } = await renderAdmin('/applications', { as: 'acme' });
    await screen.findByText(/^1-25 of [\d,]+$/);
    const sentWith = (key: string) => waitFor(() => expect(lastList(sent)?.filter).toHaveProperty(key));
    await autocompleteFilter(user, 'Offer', offer.title.slice(0, 12), offer.title);
    await sentWith('offerId');
    await autocompleteFilter(
      user,
      'Recruiter',
      recruiter.lastName,
      `${recruiter.firstName} ${recruiter.lastName}`,
    );
    await sentWith('recruiterId');
    await dateFilter(user, 'Applied from', '2026-09-01');
    await sentWith('appliedAt_gte');
    await dateFilter(user, 'Applied until', '2026-10-31');
    await waitFor(() =>
      expect(lastList(sent)?.filter).toEqual({
        offerId: offer.id,
        recruiterId: recruiter.id,
        appliedAt_gte: '2026-09-01',
        appliedAt_lte: '2026-10-31',
      }),
    );
  });

  it('sorts by a clicked column, pages, and clears the selection when the stage filter changes', async () => {
    const sent = recordRequests();
    const { user } = await renderPage('/applications', { as: 'acme' });
    await screen.findByText(/^1-25 of [\d,]+$/);
    expect(lastList(sent)).toMatchObject({ sort: ['appliedAt', 'DESC'], range: [0, 24] });
    await user.click(screen.getByRole('button', { name: /sort by stage changed/i }));
    await waitFor(() => expect(lastList(sent)?.sort).toEqual(['stageChangedAt', 'ASC']));
    await user.click(screen.getByRole('button', { name: 'Go to page 2' }));
    await waitFor(() => expect(lastList(sent)?.range).toEqual([25, 49]));

    await screen.findByText(/^26-50 of [\d,]+$/);
    const rows = await screen.findAllByRole('row');
    await user.click(within(rows[1]).getByRole('checkbox'));
    await screen.findByText('1 item selected');
    await user.click(screen.getByRole('combobox', { name: /^Stage/ }));
    await user.click(within(await screen.findByRole('listbox')).getByRole('option', { name: 'Interview' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(lastList(sent)?.filter).toEqual({ stage: ['interview'] }));
    await waitFor(() => expect(screen.queryByText('1 item selected')).toBeNull());
  });

  it('API: the recruiter and offer filters, and "applied until" a day keeps that whole day', async () => {
    const token = await login(DEMO.acme);
    const sample = applicationsOf(ACME)[0];
    const day = sample.appliedAt.slice(0, 10);
    const ask = (filter: Record<string, unknown>) =>
      call<Application[]>(
        'GET',
        `/api/applications${listQuery({ filter, range: [0, 499] })}`,
        undefined,
        token,
      );
    const until = await ask({ appliedAt_gte: day, appliedAt_lte: day });
    expect(until.body.map((a) => a.id)).toContain(sample.id);
    expect(until.body.every((a) => a.appliedAt.startsWith(day))).toBe(true);
    const mine = await ask({ recruiterId: sample.recruiterId, offerId: sample.offerId });
    expect(mine.body.map((a) => a.id)).toContain(sample.id);
    expect(mine.body.every((a) => a.recruiterId === sample.recruiterId && a.offerId === sample.offerId)).toBe(
      true,
    );
  });
});
