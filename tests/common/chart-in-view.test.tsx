import { render, screen, within } from '@testing-library/react';
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

/** The drawn chart's legend: what SeriesChart adds under the plot. */
const legend = (card: HTMLElement) => within(card).queryByText('Reached');

describe('a chart card out of view', () => {
  afterEach(() => destroyIntersectionMocking());

  it('keeps its title, its table and CSV buttons and its named box, and draws the chart once in view', async () => {
    setupIntersectionMocking(vi.fn);
    const card = renderCard();
    const box = within(card).getByRole('img', { name: 'app.dashboard.chart_of' });
    expect(within(card).getByRole('heading', { name: 'Funnel' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'app.dashboard.show_table' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'app.dashboard.download_csv_of' })).toBeInTheDocument();
    // Not loading: its figures are here.
    expect(within(card).queryByLabelText('app.dashboard.loading')).toBeNull();
    expect(legend(box)).toBeNull();
    mockIsIntersecting(card, false);
    expect(legend(card)).toBeNull();

    mockIsIntersecting(card, true);
    expect(await within(card).findByText('Reached')).toBeInTheDocument();
    expect(within(card).getByRole('img', { name: 'app.dashboard.chart_of' })).toContainElement(legend(card));
  });

  it('is drawn at once where IntersectionObserver does not exist', async () => {
    expect(typeof IntersectionObserver).toBe('undefined');
    const card = renderCard();
    const box = await within(card).findByRole('img', { name: 'app.dashboard.chart_of' });
    expect(await within(box).findByText('Reached')).toBeInTheDocument();
  });
});
