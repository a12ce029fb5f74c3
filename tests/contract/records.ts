import { afterAll, expect } from 'vitest';
import { callAfterQuota, listQuery, neverA5xx } from '../helpers/api';
import type { signInAs } from './accounts';

/**
 * What the contract files that write share: the call they make (waits out a quota, never a 5xx), a
 * name no earlier run used, the rows of a list, and the records a file makes, deleted after it.
 */
// biome-ignore lint/suspicious/noExplicitAny: contract tests read arbitrary JSON bodies
export type Json = any;
export type Session = Awaited<ReturnType<typeof signInAs>>;

export const call = neverA5xx(callAfterQuota);

/** Unique per run, so the suite passes again on the same server. */
export const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** The rows `session` reads of a list (the first one by default). */
export async function rows(
  session: Session,
  resource: string,
  filter: object = {},
  range: [number, number] = [0, 0],
): Promise<Json[]> {
  return (await call('GET', `/api/${resource}${listQuery({ filter, range })}`, undefined, session.token))
    .body as Json[];
}

/**
 * The records this file makes: each is deleted after the file, newest first, by the session given
 * (only an admin may delete a profile, for one).
 */
export function madeRecords() {
  const made: Array<[string, Session]> = [];
  afterAll(async () => {
    for (const [path, session] of made) await call('DELETE', path, undefined, session.token);
  });
  return {
    /** Creates a record (201 expected), to be deleted by `deleter`. */
    async create(session: Session, resource: string, body: object, deleter = session): Promise<Json> {
      const response = await call('POST', `/api/${resource}`, body, session.token);
      expect(response.status, `POST ${resource} ${JSON.stringify(response.body)}`).toBe(201);
      made.unshift([`/api/${resource}/${response.body.id}`, deleter]);
      return response.body;
    },
    /** A record made another way (an action's own record), deleted with the others. */
    deleteLater(path: string, deleter: Session): void {
      made.unshift([path, deleter]);
    },
  };
}
