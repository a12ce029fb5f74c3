import { render, screen, waitFor, within } from '@testing-library/react';
import { TestTranslationProvider } from 'react-admin';
import {
  destroyIntersectionMocking,
  mockIsIntersecting,
  setupIntersectionMocking,
} from 'react-intersection-observer/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartCard } from '../../src/common/ChartCard';
import type { ChartData } from '../../src/common/chartData';

/**
 * A chart card draws its chart once the card is in or near the viewport; its figures are there
 * before (they are fetched for every card), so its title, its table and CSV buttons and a box named
 * like the chart are there too, without a loading skeleton.
 */

const DATA: ChartData = {
  category: { key: 'stage', label: 'stage', kind: 'text' },
  series: [{ key: 'reached', label: 'Reached', format: 'count', kind: 'bar' }],
  rows: [
    { stage: 'applied', reached: 3 },
    { stage: 'hired', reached: 1 },
  ],
};

function renderCard() {
  render(
    <TestTranslationProvider translate={(key: string) => key}>
      <ChartCard title="Funnel" name="funnel" data={DATA} isPending={false} />
    </TestTranslationProvider>,
  );
  return screen.getByRole('region', { name: 'Funnel' });
}

/** The drawn chart: recharts' container, inside the card's named box. */
const chart = (card: HTMLElement) =>
  within(card)
    .queryByRole('img', { name: 'app.dashboard.chart_of' })
    ?.querySelector('.recharts-responsive-container') ?? null;

describe('a chart card out of view', () => {
  afterEach(() => destroyIntersectionMocking());

  it('keeps its title, its table and CSV buttons and its named box, and draws the chart once in view', async () => {
    setupIntersectionMocking(vi.fn);
    const card = renderCard();
    // The named box, with the legend under an empty plot until the chart is drawn.
    expect(within(card).getByRole('img', { name: 'app.dashboard.chart_of' })).toHaveTextContent('Reached');
    expect(within(card).getByRole('heading', { name: 'Funnel' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'app.dashboard.show_table' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'app.dashboard.download_csv_of' })).toBeInTheDocument();
    // Not loading: its figures are here.
    expect(within(card).queryByLabelText('app.dashboard.loading')).toBeNull();
    expect(chart(card)).toBeNull();
    mockIsIntersecting(card, false);
    expect(chart(card)).toBeNull();

    mockIsIntersecting(card, true);
    await waitFor(() => expect(chart(card)).not.toBeNull());
  });

  it('is drawn at once where IntersectionObserver does not exist', async () => {
    expect(typeof IntersectionObserver).toBe('undefined');
    const card = renderCard();
    await waitFor(() => expect(chart(card)).not.toBeNull());
  });
});
