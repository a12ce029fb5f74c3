import { type ComponentType, type FunctionComponent, lazy, Suspense } from 'react';
import { PageLoading } from '../layout/PageLoading';

/**
 * A route's page in its own chunk, fetched on first visit, with an accessible loading state
 * meanwhile. Takes a named export: `lazyPage(() => import('./CandidateList').then((m) => m.CandidateList))`.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  const Page = lazy(async () => ({ default: await load() }));
  // biome-ignore lint/correctness/noComponentHookFactories: called once per page at module load, like lazy() itself, never during a render
  return function LazyPage(props: P) {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page {...props} />
      </Suspense>
    );
  };
}
