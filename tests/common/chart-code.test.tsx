import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { TestTranslationProvider } from 'react-admin';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { ChartData } from '../../src/common/chartData';
import { useCodeLoaded } from '../../src/common/lazyPage';

/**
 * A chart card whose figures arrive before its chart's code (recharts) keeps its own labelled
 * skeleton until the code is here, instead of suspending: a Suspense boundary that has shown its
 * fallback holds its content back for React's 300 ms (the sales dashboard waited for it).
 */

const DATA: ChartData = {
  category: { key: 'stage', label: 'stage', kind: 'text' },
  series: [{ key: 'reached', label: 'reached', format: 'count', kind: 'bar' }],
  rows: [{ stage: 'applied', reached: 3 }],
};

/** What the mocked chart module draws. */
function FakeChart() {
  return <svg data-testid="chart" />;
}

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('useCodeLoaded', () => {
  it('is false until the code has loaded, then true', async () => {
    const gate = deferred();
    const lazy = { preload: vi.fn(() => gate.promise), isLoaded: () => false };
    const { result } = renderHook(() => useCodeLoaded(lazy));
    expect(result.current).toBe(false);
    expect(lazy.preload).toHaveBeenCalledTimes(1);
    await act(async () => gate.resolve());
    expect(result.current).toBe(true);
  });

  it('is true at once for code already loaded, and true once a load failed (rendering shows the error)', async () => {
    const loaded = { preload: vi.fn(() => Promise.resolve()), isLoaded: () => true };
    expect(renderHook(() => useCodeLoaded(loaded)).result.current).toBe(true);
    expect(loaded.preload).not.toHaveBeenCalled();

    const failing = { preload: () => Promise.reject(new Error('chunk')), isLoaded: () => false };
    const { result } = renderHook(() => useCodeLoaded(failing));
    await waitFor(() => expect(result.current).toBe(true));
  });
});

describe('a chart card whose figures come before its chart code', () => {
  afterAll(() => {
    vi.doUnmock('../../src/common/charts/SeriesChart');
    vi.resetModules();
  });

  it('shows its loading skeleton, not a Suspense fallback, then the chart', async () => {
    const gate = deferred();
    vi.resetModules();
    vi.doMock('../../src/common/charts/SeriesChart', async () => {
      await gate.promise;
      return { SeriesChart: FakeChart };
    });
    const { ChartCard } = await import('../../src/common/ChartCard');
    render(
      <TestTranslationProvider translate={(key: string) => key}>
        <ChartCard title="Funnel" name="funnel" data={DATA} isPending={false} />
      </TestTranslationProvider>,
    );
    // The same skeleton as while the figures load, named for assistive technologies.
    expect(screen.getByLabelText('app.dashboard.loading')).toBeInTheDocument();
    expect(screen.queryByTestId('chart')).toBeNull();
    await act(async () => gate.resolve());
    expect(await screen.findByTestId('chart')).toBeInTheDocument();
    expect(screen.queryByLabelText('app.dashboard.loading')).toBeNull();
  });
});
