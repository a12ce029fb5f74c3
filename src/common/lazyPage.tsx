import { type ComponentType, type FunctionComponent, lazy, Suspense, useEffect, useState } from 'react';
import { PageLoading } from '../layout/PageLoading';

/** A component whose code loads on first render, or earlier through preload(). */
export type LazyPage<P> = FunctionComponent<P> & {
  preload(): Promise<ComponentType<P>>;
  /** Whether its code has arrived: it then renders at once, without suspending. */
  isLoaded(): boolean;
};

/**
 * A component in its own chunk: on first render it suspends (put it under a <Suspense>) until its
 * code has loaded, unless preload() already brought it, in which case it renders at once. That
 * matters: React holds a suspended boundary's content back for 300 ms once its fallback showed.
 * Takes a named export: `lazyComponent(() => import('./Chart').then((m) => m.Chart))`.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  // One fetch shared by preload() and the first render; forgotten on failure, so a retry refetches.
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await preload() }));
  // biome-ignore lint/correctness/noComponentHookFactories: called once per component at module load, like lazy() itself, never during a render
  function LazyComponent(props: P) {
    // Chosen once per mount: changing the element type later would remount what is below.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(LazyComponent, { preload, isLoaded: () => loaded !== undefined });
}

/**
 * Whether `component`'s code has loaded (or failed to: rendering it then shows the error as
 * before), starting the load. A card that renders the component only then keeps its own loading
 * state meanwhile, and no Suspense boundary shows a fallback: once one has, React holds the content
 * back for 300 ms after the code arrives (the sales dashboard's charts, whose figures often come
 * before recharts has loaded, waited for it).
 */
export function useCodeLoaded(component: { preload(): Promise<unknown>; isLoaded(): boolean }): boolean {
  const [settled, setSettled] = useState(component.isLoaded);
  useEffect(() => {
    if (settled) return;
    let mounted = true;
    const done = () => {
      if (mounted) setSettled(true);
    };
    component.preload().then(done, done);
    return () => {
      mounted = false;
    };
  }, [component, settled]);
  return settled;
}

/**
 * A route's page in its own chunk, fetched on first visit (or preloaded), with an accessible
 * loading state meanwhile: `lazyPage(() => import('./CandidateList').then((m) => m.CandidateList))`.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  const Page = lazyComponent(load);
  // biome-ignore lint/correctness/noComponentHookFactories: called once per page at module load, like lazy() itself, never during a render
  function LazyPage(props: P) {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page {...props} />
      </Suspense>
    );
  }
  return Object.assign(LazyPage, { preload: Page.preload, isLoaded: Page.isLoaded });
}

/** Starts loading `page`'s code if it is a lazy page (a no-op for any other component). */
export function preloadPage(page: unknown): void {
  const preload = (page as Partial<LazyPage<object>> | undefined)?.preload;
  if (typeof preload === 'function') void preload().catch(() => undefined);
}
