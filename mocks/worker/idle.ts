/**
 * Which requests the demo's database worker is still answering, for work that may wait for them:
 * its warm-up runs a slice only when there are none (mocks/worker/db-worker.ts).
 */
export function requestGate() {
  let inFlight = 0;
  let waiting: Array<() => void> = [];
  return {
    /** Counts `work` as a request being answered until it settles. */
    async track<T>(work: () => Promise<T>): Promise<T> {
      inFlight++;
      try {
        return await work();
      } finally {
        if (--inFlight === 0) {
          const resume = waiting;
          waiting = [];
          for (const go of resume) go();
        }
      }
    },
    /**
     * Resolves when no request is being answered, or after `atMostMs`: a write waiting for a page
     * to clean its rich text never settles if that page closed, and must not stop what waits here.
     */
    untilIdle(atMostMs = Number.POSITIVE_INFINITY): Promise<void> {
      if (inFlight === 0) return Promise.resolve();
      return new Promise((resolve) => {
        waiting.push(resolve);
        if (Number.isFinite(atMostMs)) setTimeout(resolve, atMostMs);
      });
    },
  };
}
