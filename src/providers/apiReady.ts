/**
 * The demo renders before its mock API has started (seed, journal replay, service worker), so the
 * login form shows without waiting for the seed; every API call waits for the start instead.
 * Outside the demo nothing is pending. `<html data-api="starting|ready">` tells browser tests.
 */
let ready: Promise<void> = Promise.resolve();

export function holdApiCallsUntil(started: Promise<void>): void {
  const root = document.documentElement;
  root.dataset.api = 'starting';
  ready = started.then(
    () => {
      root.dataset.api = 'ready';
    },
    (error: unknown) => {
      // Calls then go to the network and fail there, each with its own message.
      console.error('the demo API did not start', error);
      root.dataset.api = 'failed';
    },
  );
}

export function apiReady(): Promise<void> {
  return ready;
}
