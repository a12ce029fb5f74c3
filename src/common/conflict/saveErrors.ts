import { type ApiFailure, storedRecord } from '../apiFailure';
import type { Values } from './conflicts';

/**
 * The save problems that keep the typed values and offer a way through: a 409 with the stored
 * record (conflict), a 401 (sign in again), status 0 (the server cannot be reached). Anything else
 * (400/403/422...) is for the form's own messages: null.
 */
export function saveProblemOf(
  caught: unknown,
): { kind: 'conflict'; current: Values } | { kind: 'session' } | { kind: 'network' } | null {
  const error = (caught ?? {}) as ApiFailure;
  const current = storedRecord<Values>(error);
  if (current) return { kind: 'conflict', current };
  if (error.status === 401) return { kind: 'session' };
  if (error.status === 0) return { kind: 'network' };
  return null;
}
