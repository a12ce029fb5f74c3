/**
 * The API's rate limit (429 + Retry-After) as the app lives it: a wait, not an error. The HTTP client
 * reports every 429 here (and retries short waits of a read by itself); the layout shows the wait
 * (src/layout/RateLimitNotices.tsx) and drops the error notification a failed list would add on top.
 */
export interface RateLimitEvent {
  /** Epoch ms when the API accepts calls again. */
  until: number;
  /** true: the client waits and sends the request again by itself. */
  retrying: boolean;
  /** The message of the error the request fails with when not retried. */
  message: string;
}

/** A read refused with 429 is sent again by itself when Retry-After is at most this long. */
export const AUTO_RETRY_MAX_SECONDS = 60;
export const AUTO_RETRIES = 2;

const listeners = new Set<(event: RateLimitEvent) => void>();
const messages = new Set<string>();

export function reportRateLimit(event: RateLimitEvent): void {
  messages.add(event.message);
  if (messages.size > 20) messages.delete(messages.values().next().value as string);
  for (const listener of listeners) listener(event);
}

/** Subscribes to 429s; returns the unsubscribe. */
export function onRateLimit(listener: (event: RateLimitEvent) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Whether a notification's message is that of a 429 failure (already shown as a wait). */
export function isRateLimitMessage(message: unknown): boolean {
  return typeof message === 'string' && messages.has(message);
}

/** Resolves after `ms`, or rejects at once with the signal's reason when it aborts. */
export function pause(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}
