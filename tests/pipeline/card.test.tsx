import { waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Application, Offer, Stage } from '../../src/model/types';
import { emulateBoardLayout } from '../helpers/boardLayout';
import { renderPage } from '../helpers/renderAdmin';

/** What a card says about time: days waiting in a working stage, the date it ended in a final one. */
const ACME = 1;
const DAY = 24 * 60 * 60 * 1000;

/** Acme's top card of `stage`, moved there `daysAgo` days ago. */
function topCard(stage: Stage, daysAgo: number): Application {
  const card = (getState().tables.applications.rows as Application[])
    .filter((a) => a.companyId === ACME && a.stage === stage)
    .sort((a, b) => a.position - b.position)[0];
  card.stageChangedAt = new Date(Date.now() - daysAgo * DAY).toISOString();
  return card;
}

const cardText = (id: number) =>
  waitFor(() => {
    const card = document.querySelector<HTMLElement>(`[data-card-id="${id}"]`);
    if (!card) throw new Error(`card ${id} not on the board`);
    return card.textContent ?? '';
  });

describe('pipeline card', () => {
  let removeLayout: () => void;
  beforeEach(() => {
    removeLayout = emulateBoardLayout();
  });
  afterEach(() => removeLayout());

  it('counts the days of a card waiting in a stage, but not of a hired one', async () => {
    const waiting = topCard('screening', 20);
    const hired = topCard('hired', 295);
    await renderPage('/pipeline', { as: 'acme' });

    expect(await cardText(waiting.id)).toMatch(/Overdue: 20 days in stage/);
    const text = await cardText(hired.id);
    expect(text).not.toMatch(/day/);
    const when = new Date(hired.stageChangedAt).toLocaleDateString('en-GB', { dateStyle: 'medium' });
    expect(text).toContain(`Since ${when}`);
  });

  it('cuts the offer title to one line, whole on hover', async () => {
    const card = topCard('screening', 3);
    const offer = (getState().tables.offers.rows as Offer[]).find((o) => o.id === card.offerId) as Offer;
    await renderPage('/pipeline', { as: 'acme' });
    await cardText(card.id);
    const caption = document.querySelector(`[data-card-id="${card.id}"] [title]`);
    expect(caption?.getAttribute('title')).toBe(offer.title);
    expect(caption?.textContent).toBe(offer.title);
  });
});
