import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyComponent } from '../../src/common/lazyPage';

/** Code split per page and per chart (issue 9): preloaded code must not flash a loading state. */
const hello = () => Promise.resolve(() => <p>Hello</p>);

describe('lazyComponent', () => {
  it('renders at once, without its loading fallback, when its code was preloaded', async () => {
    const Hello = lazyComponent(hello);
    await Hello.preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Hello />
      </Suspense>,
    );
    expect(screen.getByText('Hello')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).toBeNull();
  });

  it('shows the fallback until its code arrives when it was not', async () => {
    const Hello = lazyComponent(hello);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Hello />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('Hello')).toBeInTheDocument();
  });
});
