import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Application, Candidate, Company, MatchResult, Offer } from '../../src/model/types';
import { ACME, offersOf } from '../api/fixtures';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** The matching screens (issue 8): the offer's "Best matches" tab and the candidate's "Matching offers". */

const offer = (): Offer => offersOf(ACME, 'published')[0];

/** The ranking as the API gives it to Acme's recruiter: what the screen must show, in that order. */
async function apiRanking(offerId: number): Promise<Array<MatchResult<Candidate>>> {
  const token = await login(DEMO.acme);
  return (
    await call('GET', `/api/offers/${offerId}/matches${listQuery({ range: [0, 9] })}`, undefined, token)
  ).body;
}

const applicationsTo = (offerId: number, candidateId: number) =>
  (getState().tables.applications.rows as Application[]).filter(
    (a) => a.offerId === offerId && a.candidateId === candidateId,
  );

/** The ranked items (top-level list items, named "No. n <name>"). */
async function rankedItems(title: RegExp): Promise<HTMLElement[]> {
  const list = await screen.findByRole('list', { name: title });
  await waitFor(() => expect(list.children.length).toBeGreaterThan(0));
  return [...list.children] as HTMLElement[];
}

/** Inviting a masked profile asks first (it spends a CV credit): confirm when it does. */
async function confirmIfMasked(user: UserEvent, match: MatchResult<Candidate>): Promise<void> {
  if (!match.record.contactMasked) return;
  const dialog = await screen.findByRole('dialog', { name: /^Invite .+ and unlock their contact\?$/ });
  await user.click(within(dialog).getByRole('button', { name: 'Invite to apply' }));
}

describe('Best matches tab of an offer', () => {
  it('lists the ranked candidates with their score, skills and worded reasons', async () => {
    const ranking = await apiRanking(offer().id);
    await renderAdmin(`/offers/${offer().id}/show/matches`, { as: 'acme' });
    const items = await rankedItems(/best matches for this offer/i);
    expect(items.map((item) => item.getAttribute('data-match-id'))).toEqual(ranking.map((r) => String(r.id)));
    const [first] = items;
    const top = ranking[0];
    expect(within(first).getByRole('heading')).toHaveTextContent(
      `No. 1${top.record.firstName} ${top.record.lastName}`,
    );
    expect(within(first).getByText(`${top.score} / 100`)).toBeInTheDocument();
    expect(
      within(first).getByRole('meter', { name: `Match score: ${top.score} out of 100` }),
    ).toHaveAttribute('aria-valuenow', String(top.score));
    const matched = within(first).getByRole('list', { name: 'Skills matched' });
    expect(
      within(matched)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(top.matchedSkills);
    const reasons = within(first).getByRole('list', { name: 'Why this rank' });
    expect(within(reasons).getAllByRole('listitem')).toHaveLength(top.reasons.length);
    expect(reasons).toHaveTextContent(/Has \d+ of the \d+ skills asked/);
    // Every reason is worded, none shows its raw key.
    expect(screen.queryByText(/matching\.reasons\./)).not.toBeInTheDocument();
    // A database profile the company has not unlocked is shown as masked, not with blanks.
    const masked = ranking.findIndex((r) => r.record.contactMasked);
    expect(masked).toBeGreaterThanOrEqual(0);
    expect(within(items[masked]).getByText('Contact masked')).toBeInTheDocument();
    expect(within(items[masked]).getByRole('heading')).toHaveTextContent(/ [A-Z]\.$/);
  });

  it('invites a candidate once: the application is created at stage new, source sourcing', async () => {
    const target = offer();
    const ranking = await apiRanking(target.id);
    const fresh = ranking.findIndex((r) => applicationsTo(target.id, r.id).length === 0);
    const applied = ranking.findIndex((r) => applicationsTo(target.id, r.id).length > 0);
    const { user } = await renderPage(`/offers/${target.id}/show/matches`, { as: 'acme' });
    const items = await rankedItems(/best matches for this offer/i);
    // Someone who already applied cannot be invited again.
    if (applied >= 0)
      expect(
        await within(items[applied]).findByRole('button', { name: /already applied|invited/i }),
      ).toBeDisabled();
    await user.click(within(items[fresh]).getByRole('button', { name: /^Invite to apply/ }));
    await confirmIfMasked(user, ranking[fresh]);
    expect(await screen.findByText(/is invited: the application is in the "New" column/)).toBeInTheDocument();
    expect(await within(items[fresh]).findByRole('button', { name: 'Invited' })).toBeDisabled();
    const created = applicationsTo(target.id, ranking[fresh].id);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ stage: 'new', source: 'sourcing', companyId: ACME });
  });

  it('says so in words when the candidate applied in the meantime', async () => {
    const target = offer();
    const ranking = await apiRanking(target.id);
    const fresh = ranking.findIndex((r) => applicationsTo(target.id, r.id).length === 0);
    const { user } = await renderPage(`/offers/${target.id}/show/matches`, { as: 'acme' });
    const items = await rankedItems(/best matches for this offer/i);
    const button = await within(items[fresh]).findByRole('button', { name: /^Invite to apply/ });
    // Another recruiter's invitation lands between the page load and the click.
    const token = await login(DEMO.acme);
    const other = await call(
      'POST',
      '/api/applications',
      { offerId: target.id, candidateId: ranking[fresh].id, stage: 'new', source: 'sourcing' },
      token,
    );
    expect(other.status).toBe(201);
    await user.click(button);
    await confirmIfMasked(user, ranking[fresh]);
    expect(await screen.findByText(/already has an application to this offer/)).toBeInTheDocument();
    expect(await within(items[fresh]).findByRole('button', { name: 'Invited' })).toBeDisabled();
    expect(applicationsTo(target.id, ranking[fresh].id)).toHaveLength(1);
  });

  it('says the CV credit a masked profile costs before the click, and spends it', async () => {
    const target = offer();
    const ranking = await apiRanking(target.id);
    const masked = ranking.findIndex(
      (r) => r.record.contactMasked && applicationsTo(target.id, r.id).length === 0,
    );
    expect(masked).toBeGreaterThanOrEqual(0);
    const company = getState().tables.companies.get(ACME) as Company;
    const before = company.credits.cvUnlocks;
    const { user } = await renderPage(`/offers/${target.id}/show/matches`, { as: 'acme' });
    const items = await rankedItems(/best matches for this offer/i);
    const button = await within(items[masked]).findByRole('button', {
      name: 'Invite to apply (1 CV credit)',
    });
    expect(
      await within(items[masked]).findByText(
        `The contact is masked: inviting unlocks it. ${before} CV credits left`,
      ),
    ).toBeInTheDocument();
    expect(within(items[masked]).getByText('Contact masked')).toBeInTheDocument();
    await user.click(button);
    // Asked first, as unlocking a contact is: nothing is spent until the recruiter confirms.
    const dialog = await screen.findByRole('dialog', { name: /^Invite .+ and unlock their contact\?$/ });
    expect(dialog).toHaveTextContent(`spends one CV credit (${before} left)`);
    expect(company.credits.cvUnlocks).toBe(before);
    expect(applicationsTo(target.id, ranking[masked].id)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Invite to apply' }));
    expect(await screen.findByText(/Their contact is unlocked \(1 CV credit\)/, {})).toBeInTheDocument();
    expect(company.credits.cvUnlocks).toBe(before - 1);
    expect(applicationsTo(target.id, ranking[masked].id)).toHaveLength(1);
    // The card shows the profile as it now is: unlocked.
    await waitFor(() => expect(within(items[masked]).queryByText('Contact masked')).toBeNull());
  });

  it('asks before inviting a masked profile from its own page too, and Cancel spends nothing', async () => {
    const candidate = (getState().tables.candidates.rows as Candidate[]).find(
      (c) =>
        !(getState().tables.applications.rows as Application[]).some(
          (a) => a.candidateId === c.id && a.companyId === ACME,
        ) &&
        c.ownerCompanyId !== ACME &&
        !getState().tables.candidateUnlocks.rows.some((u) => u.candidateId === c.id && u.companyId === ACME),
    ) as Candidate;
    const company = getState().tables.companies.get(ACME) as Company;
    const before = company.credits.cvUnlocks;
    const { user } = await renderAdmin(`/candidates/${candidate.id}/show/matching`, { as: 'acme' });
    const items = await rankedItems(/offers matching this profile/i);
    await user.click(await within(items[0]).findByRole('button', { name: 'Invite to apply (1 CV credit)' }));
    const dialog = await screen.findByRole('dialog', { name: /and unlock their contact\?$/ });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(company.credits.cvUnlocks).toBe(before);
    expect(
      (getState().tables.applications.rows as Application[]).some(
        (a) => a.candidateId === candidate.id && a.companyId === ACME,
      ),
    ).toBe(false);
  });

  it('at zero CV credits, a masked profile cannot be invited and the page says why', async () => {
    const target = offer();
    const company = getState().tables.companies.get(ACME) as Company;
    company.credits = { ...company.credits, cvUnlocks: 0 };
    const ranking = await apiRanking(target.id);
    const masked = ranking.findIndex(
      (r) => r.record.contactMasked && applicationsTo(target.id, r.id).length === 0,
    );
    await renderPage(`/offers/${target.id}/show/matches`, { as: 'acme' });
    const items = await rankedItems(/best matches for this offer/i);
    expect(
      await within(items[masked]).findByText(/No CV credit left: inviting a masked profile unlocks it/),
    ).toBeInTheDocument();
    expect(
      within(items[masked]).getByRole('button', { name: 'Invite to apply (1 CV credit)' }),
    ).toBeDisabled();
  });

  it('words the reasons in French', async () => {
    await renderPage(`/offers/${offer().id}/show/matches`, { as: 'acme', locale: 'fr' });
    const [first] = await rankedItems(/meilleurs profils pour cette offre/i);
    expect(within(first).getByRole('list', { name: 'Pourquoi ce rang' })).toHaveTextContent(
      /A \d+ des \d+ compétences demandées/,
    );
    expect(
      within(first).getByRole('button', { name: /Inviter à postuler|Invité|A déjà postulé/ }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/matching\.reasons\./)).not.toBeInTheDocument();
  });
});

describe('Matching offers tab of a candidate', () => {
  it('ranks the recruiter’s own published offers for the profile', async () => {
    const candidate = (getState().tables.applications.rows as Application[]).find(
      (a) => a.companyId === ACME,
    );
    const id = candidate?.candidateId as number;
    const token = await login(DEMO.acme);
    const ranking: Array<MatchResult<Offer>> = (
      await call('GET', `/api/candidates/${id}/matches`, undefined, token)
    ).body;
    expect(ranking.length).toBeGreaterThan(0);
    await renderPage(`/candidates/${id}/show/matching`, { as: 'acme' });
    const items = await rankedItems(/offers matching this profile/i);
    expect(items.map((item) => item.getAttribute('data-match-id'))).toEqual(ranking.map((r) => String(r.id)));
    expect(within(items[0]).getByRole('link', { name: ranking[0].record.title })).toHaveAttribute(
      'href',
      `#/offers/${ranking[0].id}/show`,
    );
    expect(within(items[0]).getByText(`${ranking[0].score} / 100`)).toBeInTheDocument();
    for (const r of ranking) expect(r.record.companyId).toBe(ACME);
  });
});
