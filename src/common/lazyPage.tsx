import { type ComponentType, type FunctionComponent, lazy, Suspense } from 'react';
import { PageLoading } from '../layout/PageLoading';

/** A page whose code loads on first render, or earlier through preload(). */
export type LazyPage<P> = FunctionComponent<P> & { preload(): Promise<unknown> };

/**
 * A route's page in its own chunk, fetched on first visit, with an accessible loading state
 * meanwhile. Takes a named export: `lazyPage(() => import('./CandidateList').then((m) => m.CandidateList))`.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  // One fetch shared by preload() and the first render; forgotten on failure, so a retry refetches.
  const preload = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  const Page = lazy(async () => ({ default: await preload() }));
  // biome-ignore lint/correctness/noComponentHookFactories: called once per page at module load, like lazy() itself, never during a render
  function LazyPage(props: P) {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page {...props} />
      </Suspense>
    );
  }
  return Object.assign(LazyPage, { preload });
}

/** Starts loading `page`'s code if it is a lazy page (a no-op for any other component). */
export function preloadPage(page: unknown): void {
  const preload = (page as Partial<LazyPage<object>> | undefined)?.preload;
  if (typeof preload === 'function') void preload().catch(() => undefined);
}
