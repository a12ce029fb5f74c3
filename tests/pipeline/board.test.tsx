import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matchScoreOf } from '../../mocks/domain/matching/application-score';
import { getState } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { Activity, Application, Candidate, Stage, User } from '../../src/model/types';
import { ACME_RECRUITER } from '../api/fixtures';
import { call, DEMO, login } from '../helpers/api';
import { atRest, CARD_PX, emulateBoardLayout, scrollColumn } from '../helpers/boardLayout';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';
import { recordRequests } from '../offers/requests';

/** The board against the real mock API: moves, rollbacks, the reject dialog, keyboard triage. */
const ACME = 1;
// A board is a big DOM and CI machines are busy: give every wait room (this file only).
configure({ asyncUtilTimeout: 10_000 });
const column = (stage: Stage): Application[] =>
  (getState().tables.applications.rows as Application[])
    .filter((a) => a.companyId === ACME && a.stage === stage)
    .sort((a, b) => a.position - b.position);
const stored = (id: number) => getState().tables.applications.get(id) as Application;
const nameOf = (app: Application) => {
  const c = getState().tables.candidates.get(app.candidateId) as Candidate;
  return `${c.firstName} ${c.lastName}`;
};
const stageShown = (card: HTMLElement) =>
  card.closest('[data-rfd-droppable-id]')?.getAttribute('data-rfd-droppable-id');

// Role queries over a whole board are slow in jsdom: cards are found by their id, then checked by name.
const cardOf = (id: number) => document.querySelector<HTMLElement>(`[data-card-id="${id}"]`);
const findCard = (id: number) =>
  waitFor(() => {
    const card = cardOf(id);
    if (!card) throw new Error(`card ${id} not on the board`);
    return card;
  });

/** Grows Acme's `stage` column to `size` cards, each a copy of one of Acme's applications at the next position. */
function growColumn(stage: Stage, size: number): Application[] {
  const table = getState().tables.applications;
  const models = (table.rows as Application[]).filter((a) => a.companyId === ACME);
  for (let position = column(stage).length; position < size; position++) {
    const model = models[position % models.length];
    table.insert({ ...structuredClone(model), id: table.nextId(), version: 1, stage, position });
  }
  return column(stage);
}
const cardsShown = (stage: Stage) =>
  screen.getByTestId(`column-${stage}`).querySelectorAll<HTMLElement>('[data-card-id]');

const announced = () => document.querySelector('[id^="rfd-announcement"]')?.textContent ?? '';

/** dnd's keyboard drag, as a user does it: Space lifts, each arrow moves one place, Space drops. */
async function keyboardDrag(card: HTMLElement, arrow: 'ArrowUp' | 'ArrowDown', places: number) {
  const press = (key: string, keyCode: number) =>
    fireEvent.keyDown(document.activeElement ?? card, { key, code: key === ' ' ? 'Space' : key, keyCode });
  press(' ', 32);
  await waitFor(() => expect(announced()).toMatch(/You picked up/));
  const lifted = announced();
  for (let place = 1; place <= places; place++) {
    const before = announced();
    press(arrow, arrow === 'ArrowUp' ? 38 : 40);
    await waitFor(() => expect(announced()).not.toBe(before));
  }
  press(' ', 32);
  // jsdom runs no CSS transition: the end of the drop animation is signalled as a browser would.
  fireEvent.transitionEnd(document.activeElement as HTMLElement, { propertyName: 'transform' });
  await waitFor(() => expect(announced()).toMatch(/You dropped/));
  return lifted;
}

/**
 * Opens the board as Acme's recruiter and returns the top card of "new", named and focused; the
 * whole app for a journey that leaves the board.
 */
async function openBoard(render: typeof renderPage = renderPage) {
  const rendered = await render('/pipeline', { as: 'acme' });
  const top = structuredClone(column('new')[0]);
  const name = nameOf(top);
  const card = await findCard(top.id);
  await waitFor(() => expect(card).toHaveAccessibleName(new RegExp(`^${name}, New, `)));
  card.focus();
  return { ...rendered, top, card, name };
}

/** The score as Acme's recruiter reads it: their company's feedback shapes it. */
const acmeRecruiter = () => getState().tables.users.get(ACME_RECRUITER) as User;

describe('pipeline board', () => {
  let removeLayout = () => {};
  beforeEach(() => {
    removeLayout = emulateBoardLayout();
  });
  afterEach(() => removeLayout());

  it('shows each column with the server total as its count', async () => {
    await renderAdmin('/pipeline', { as: 'acme' });
    const expected = (stage: Stage) => `${column(stage).length} applications`;
    await waitFor(() => expect(screen.getByTestId('count-new')).toHaveTextContent(expected('new')));
    expect(screen.getByTestId('count-screening')).toHaveTextContent(expected('screening'));
    expect(screen.queryByTestId('count-rejected')).toBeNull(); // exits are collapsed
  });

  it('moves a card with the keyboard: "2" sends it to screening, the server agrees', async () => {
    const { user, top, name } = await openBoard();
    await user.keyboard('2');
    await waitFor(() => expect(stored(top.id).stage).toBe('screening'));
    await waitFor(async () => expect(stageShown(await findCard(top.id))).toBe('screening'));
    expect(await screen.findByText(`${name} moved to Screening`)).toBeInTheDocument();
    expect(stored(top.id).position).toBe(0);
    expect(screen.getByTestId('count-screening')).toHaveTextContent(
      `${column('screening').length} applications`,
    );
  });

  it('undoes the last move with "u"', async () => {
    const { user, top, name } = await openBoard();
    await user.keyboard('3');
    await waitFor(() => expect(stored(top.id).stage).toBe('interview'));
    await screen.findByText(`${name} moved to Interview`);
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' })); // the scheduling offer
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    (await findCard(top.id)).focus();
    await user.keyboard('u');
    await waitFor(() => expect(stored(top.id)).toMatchObject({ stage: 'new', position: top.position }));
    await waitFor(async () => expect(stageShown(await findCard(top.id))).toBe('new'));
  });

  it('on a 409, shows the wanted stage against the stored one; "Keep mine" moves it again', async () => {
    const { user, top } = await openBoard();
    // Someone else moves the card to "interview" behind the board's back.
    const other = await login(DEMO.acme);
    await call(
      'POST',
      `/api/applications/${top.id}/move`,
      { stage: 'interview', position: 0, version: top.version },
      other,
    );
    await user.keyboard('2');
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' });
    // The card is back, then shown where the server has it, once.
    await waitFor(async () => expect(stageShown(await findCard(top.id))).toBe('interview'));
    expect(document.querySelectorAll(`[data-card-id="${top.id}"]`)).toHaveLength(1);
    const stageRow = within(dialog).getByRole('row', { name: /^Stage/ });
    expect(stageRow).toHaveTextContent('Screening');
    expect(stageRow).toHaveTextContent('Interview');
    expect(await within(dialog).findByTestId('last-stage-change')).toHaveTextContent(
      /New → Interview, by \w+ \w+/,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(stored(top.id).stage).toBe('screening'));
    await waitFor(async () => expect(stageShown(await findCard(top.id))).toBe('screening'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('on a 409, "Take the stored record" leaves the card where the server has it', async () => {
    const { user, top } = await openBoard();
    const other = await login(DEMO.acme);
    await call('PATCH', `/api/applications/${top.id}`, { rating: 5, version: top.version }, other, {
      'Content-Type': 'application/merge-patch+json',
    });
    await user.keyboard('2');
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' });
    expect(within(dialog).getByRole('row', { name: /^Rating/ })).toHaveTextContent('Rated 5 out of 5');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Take the stored record' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(async () => expect(stageShown(await findCard(top.id))).toBe('new'));
    expect(stored(top.id)).toMatchObject({ stage: 'new', rating: 5 });
  });

  it('rolls back when the network fails, with a message in words', async () => {
    const { user, top } = await openBoard();
    server.use(http.post('*/api/applications/:id/move', () => HttpResponse.error()));
    await user.keyboard('2');
    expect(await screen.findByText(/The server could not be reached/)).toBeInTheDocument();
    await waitFor(async () => expect(stageShown(await findCard(top.id))).toBe('new'));
    expect(stored(top.id).stage).toBe('new');
  });

  it('keeps the reject dialog, and what was typed in it, when the API refuses the rejection', async () => {
    const { user, top } = await openBoard();
    server.use(
      http.post('*/api/applications/:id/move', () =>
        HttpResponse.json(
          { message: 'Invalid data: rejectionReason', errors: { rejectionReason: 'Say it without names' } },
          { status: 422 },
        ),
      ),
    );
    await user.keyboard('r');
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Reason for the rejection/ }));
    fireEvent.click(within(await screen.findByRole('listbox')).getByRole('option', { name: 'Other' }));
    const words = within(dialog).getByRole('textbox', { name: /In your own words/ });
    fireEvent.change(words, { target: { value: 'Too far from Lyon' } });
    fireEvent.click(within(dialog).getByText('Reject', { selector: 'button' }));
    expect(await within(dialog).findByText('Say it without names')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(words).toHaveValue('Too far from Lyon');
    await waitFor(async () => expect(stageShown(await findCard(top.id))).toBe('new'));
    expect(stored(top.id).stage).toBe('new');
  });

  it('asks for a reason before rejecting, rejects, then offers the rejection message with its preview', async () => {
    const { user, top, name } = await openBoard();
    await user.keyboard('r');
    const dialog = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[role="dialog"]');
      if (!found) throw new Error('no dialog');
      return found;
    });
    expect(dialog).toHaveAccessibleName(`Reject ${name}`);
    const confirm = within(dialog).getByText('Reject', { selector: 'button' });
    expect(confirm).toBeDisabled();
    expect(stored(top.id).stage).toBe('new');
    // fireEvent, not user-event: its style checks over a whole board take tens of seconds in jsdom.
    // The usual reasons are choices (the funnel counts them); "Other" needs the recruiter's words.
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Reason for the rejection/ }));
    const reasons = await screen.findByRole('listbox');
    expect(
      within(reasons)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toContain('Salary expectations too high');
    fireEvent.click(within(reasons).getByRole('option', { name: 'Other' }));
    expect(confirm).toBeDisabled();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /In your own words/ }), {
      target: { value: 'Not available before 2027' },
    });
    expect(confirm).toBeEnabled();
    fireEvent.click(confirm);
    await waitFor(() =>
      expect(stored(top.id)).toMatchObject({
        stage: 'rejected',
        rejectionCategory: 'other',
        rejectionReason: 'Not available before 2027',
      }),
    );
    await waitFor(() => expect(cardOf(top.id)).toBeNull()); // the exits lane is collapsed
    // Then the rejection message is offered, as the candidate will read it, and recorded once sent.
    const offer = await screen.findByRole('dialog', { name: `Send the rejection message to ${name}?` });
    const preview = await within(offer).findByRole('region', { name: 'What the candidate will receive' });
    const candidate = getState().tables.candidates.get(top.candidateId) as Candidate;
    expect(preview).toHaveTextContent(`To: ${candidate.email}`);
    expect(preview).not.toHaveTextContent(/\{[a-z]+\.[a-zA-Z]+\}/); // every placeholder filled
    fireEvent.click(within(offer).getByRole('button', { name: 'Send' }));
    await waitFor(() =>
      expect(
        (getState().tables.activities.rows as Activity[]).filter(
          (a) => a.applicationId === top.id && a.type === 'email',
        ),
      ).toEqual([expect.objectContaining({ body: expect.stringContaining(`To: ${candidate.email}`) })]),
    );
  });

  it('offers to schedule an interview once a card is moved to "Interview"', async () => {
    const { user, top, name } = await openBoard(renderAdmin);
    await user.keyboard('3');
    const offer = await screen.findByRole('dialog', {
      name: `${name} is in Interview: schedule the interview now?`,
    });
    expect(stored(top.id).stage).toBe('interview');
    fireEvent.click(within(offer).getByRole('link', { name: 'Schedule an interview' }));
    await waitFor(() => expect(window.location.hash).toBe('#/interviews/create'));
    const title = getState().tables.offers.get(top.offerId)?.title;
    // The form's application picker names the person and the offer, preset to this application.
    const picker = await screen.findByRole('combobox', { name: /Application/ });
    await waitFor(() => expect(picker).toHaveTextContent(`${name} — ${title} (Interview)`));
  });

  it('navigates with j/k and opens the side panel with Enter', async () => {
    const { user } = await openBoard();
    const second = column('new')[1];
    await user.keyboard('j');
    await waitFor(() => expect(document.activeElement).toBe(cardOf(second.id)));
    expect(document.activeElement).toHaveAccessibleName(new RegExp(`^${nameOf(second)}, New`));
    await user.keyboard('{Enter}');
    const panel = await screen.findByRole('link', { name: 'Open the full record' });
    expect(panel).toHaveAttribute('href', `#/applications/${second.id}/show`);
  });

  it('shows the API’s match score on each card, in words and in its accessible name', async () => {
    const { top, card } = await openBoard();
    const score = matchScoreOf(getState(), acmeRecruiter(), top);
    expect(score).not.toBeNull();
    expect(within(card).getByTestId('match-score')).toHaveTextContent(`Match ${score}%`);
    expect(card).toHaveAccessibleName(new RegExp(`Match ${score}%$`));
  });

  it('walks a long column with j past its window, fetching the next page before the loaded end', async () => {
    const { user } = await renderPage('/pipeline', { as: 'acme' });
    const rejected = column('rejected');
    expect(rejected.length).toBeGreaterThan(30); // more than one page of 25
    fireEvent.click(await screen.findByRole('button', { name: 'Show rejected and withdrawn' }));
    (await findCard(rejected[0].id)).focus();
    expect(cardOf(rejected[24].id)).toBeNull(); // loaded, but below the window: not in the DOM
    const sent = recordRequests();
    for (let row = 1; row <= 25; row++) {
      await user.keyboard('j');
      await waitFor(() => expect(document.activeElement).toBe(cardOf(rejected[row].id)));
    }
    expect(cardOf(rejected[0].id)).toBeNull(); // scrolled out of the window
    expect(screen.getByTestId('count-rejected')).toHaveTextContent(`${rejected.length} applications`);
    // The names of the new page's cards, and only those, are asked for: one call, not a re-fetch.
    await waitFor(() => expect(sent.filter((r) => r.path === '/api/candidates')).toHaveLength(1));
    const asked = sent.find((r) => r.path === '/api/candidates')?.filter?.id as number[];
    const shownBefore = new Set(rejected.slice(0, 25).map((a) => a.candidateId));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((id) => shownBefore.has(id))).toEqual([]);
    // Offer titles (the global board shows them) likewise: only offers the first page did not show.
    const offersBefore = new Set(rejected.slice(0, 25).map((a) => a.offerId));
    for (const call of sent.filter((r) => r.path === '/api/offers'))
      expect(((call.filter?.id ?? []) as number[]).filter((id) => offersBefore.has(id))).toEqual([]);
  });

  it('says in words when the next page of a column fails, and loads it on "Try again"', async () => {
    await renderPage('/pipeline', { as: 'acme' });
    const rejected = column('rejected');
    fireEvent.click(await screen.findByRole('button', { name: 'Show rejected and withdrawn' }));
    await findCard(rejected[0].id);
    server.use(
      http.get(
        '*/api/applications',
        ({ request }) => {
          if (!new URL(request.url).searchParams.get('range')?.startsWith('[25,')) return undefined;
          return HttpResponse.json(
            { message: 'Too many requests: wait before searching again' },
            // Longer than the client waits by itself (rateLimit.ts), so the column has to say it.
            { status: 429, headers: { 'Retry-After': '120' } },
          );
        },
        { once: true },
      ),
    );
    const box = screen.getByTestId('column-rejected');
    box.scrollTo({ top: box.scrollHeight }); // to the end of the first page: the window asks for more
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/The cards could not be loaded: Too many requests/);
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await findCard(rejected[25].id);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a column that fails to load shows no count rather than a false zero, and recovers on "Try again"', async () => {
    server.use(
      http.get(
        '*/api/applications',
        ({ request }) =>
          JSON.parse(new URL(request.url).searchParams.get('filter') ?? '{}').stage === 'new'
            ? HttpResponse.json({ message: 'Temporarily unavailable' }, { status: 503 })
            : undefined,
        { once: true },
      ),
    );
    await renderPage('/pipeline', { as: 'acme' });
    const alert = await screen.findByRole('alert');
    expect(screen.getByTestId('count-new')).toHaveTextContent('—');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(screen.getByTestId('count-new')).toHaveTextContent(`${column('new').length} applications`),
    );
  });

  it('asks for confirmation before "hired"; "?" lists the shortcuts', async () => {
    const { user, top, name } = await openBoard();
    await user.keyboard('6');
    const confirm = await screen.findByRole('dialog', { name: `Mark ${name} as hired?` });
    expect(stored(top.id).stage).toBe('new'); // nothing sent before the confirmation
    fireEvent.click(within(confirm).getByRole('button', { name: 'Mark as hired' }));
    await waitFor(() => expect(stored(top.id).stage).toBe('hired'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    (document.querySelector('[data-card-id]') as HTMLElement).focus();
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Undo the last move')).toBeInTheDocument();
  });

  it('sends the URL’s filters to the API for every column, so a shared board shows the same cards', async () => {
    const offerId = column('new')[0].offerId;
    const sent = recordRequests();
    await renderPage(`/pipeline?offerId=${offerId}&appliedAt_gte=2020-01-01`, { as: 'acme' });
    const expected = (stage: Stage) =>
      column(stage).filter((a) => a.offerId === offerId && a.appliedAt >= '2020-01-01').length;
    await waitFor(() =>
      expect(screen.getByTestId('count-new')).toHaveTextContent(
        new RegExp(`^${expected('new')} application`),
      ),
    );
    const lists = sent.filter((r) => r.path === '/api/applications');
    expect(lists.length).toBeGreaterThanOrEqual(6);
    for (const call of lists) expect(call.filter).toMatchObject({ offerId, appliedAt_gte: '2020-01-01' });
    expect(screen.getByTestId('count-screening')).toHaveTextContent(
      new RegExp(`^${expected('screening')} application`),
    );
  });

  it('keeps a 320-card column to a window of cards in the DOM, its count exact, more loaded as it scrolls', async () => {
    const long = growColumn('screening', 320);
    await renderPage('/pipeline', { as: 'acme' });
    await waitFor(() => expect(screen.getByTestId('count-screening')).toHaveTextContent('320 applications'));
    await findCard(long[0].id);
    // A 600 px column of cards about 100 px tall: 6 to 8 in view and 5 more on each side, not 25 nor 320.
    const windowSize = 20;
    expect(cardsShown('screening').length).toBeLessThanOrEqual(windowSize);
    const box = screen.getByTestId('column-screening');
    for (let row = 5; row <= 100; row += 5) {
      scrollColumn(box, 5 * CARD_PX);
      await findCard(long[row].id); // beyond the first page: fetched as the window nears its end
    }
    expect(cardOf(long[0].id)).toBeNull();
    expect(cardsShown('screening').length).toBeLessThanOrEqual(windowSize); // while 100 and more are loaded
    expect(screen.getByTestId('count-screening')).toHaveTextContent('320 applications');
  });

  it('moves a card from deep in a long column to the server position it was dropped at', async () => {
    const long = growColumn('screening', 320);
    await renderPage('/pipeline', { as: 'acme' });
    await findCard(long[0].id);
    const box = screen.getByTestId('column-screening');
    for (let row = 5; row <= 60; row += 5) {
      scrollColumn(box, 5 * CARD_PX);
      await findCard(long[row].id);
    }
    const deep = long[58];
    const card = await findCard(deep.id);
    card.focus();
    await atRest(box); // dnd reads the column's geometry when the card is lifted
    const name = nameOf(deep);
    expect(await keyboardDrag(card, 'ArrowUp', 2)).toBe(`You picked up ${name}, position 59 in Screening.`);
    expect(announced()).toBe(`You dropped ${name} at position 57 in Screening.`);
    await waitFor(() => expect(stored(deep.id)).toMatchObject({ stage: 'screening', position: 56 }));
    expect(
      column('screening')
        .map((a) => a.id)
        .slice(55, 59),
    ).toEqual([long[55].id, deep.id, long[56].id, long[57].id]);
  });
});
