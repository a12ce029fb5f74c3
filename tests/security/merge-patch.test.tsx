import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { Candidate, ResourceName } from '../../src/model/types';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/**
 * Issue 10: a one-field action sends a merge-patch of that field and the version only (never a PUT of
 * a partial record), so every other field of the record survives. The bulk status change is proven
 * the same way in tests/offers/list.test.tsx.
 */

interface Sent {
  method: string;
  path: string;
  type: string | null;
  body: unknown;
}
let sent: Sent[] = [];
const record = async ({ request }: { request: Request }) => {
  if (request.method === 'GET') return;
  const text = await request.clone().text();
  sent.push({
    method: request.method,
    path: new URL(request.url).pathname,
    type: request.headers.get('Content-Type'),
    body: text ? JSON.parse(text) : undefined,
  });
};
beforeEach(() => {
  sent = [];
  server.events.on('request:start', record);
});
afterEach(() => server.events.removeListener('request:start', record));

/** What was written, auth aside. */
const writes = () => sent.filter((r) => !r.path.startsWith('/api/auth/'));
/** A record as stored, without the fields a write is expected to change. */
function stored<R extends ResourceName>(resource: R, id: number, ...changed: string[]) {
  const row = structuredClone(getState().tables[resource].get(id)) as unknown as Record<string, unknown>;
  for (const field of ['version', 'updatedAt', 'stageChangedAt', ...changed]) delete row[field];
  return row;
}
const versionOf = (resource: ResourceName, id: number) =>
  (getState().tables[resource].get(id) as unknown as { version: number }).version;

/** Exactly one merge-patch of `field` with the version shown, and nothing else of the record changed. */
async function expectOneFieldPatch(
  resource: ResourceName,
  id: number,
  field: string,
  value: unknown,
  act: () => Promise<void>,
) {
  const before = stored(resource, id, field);
  const version = versionOf(resource, id);
  await act();
  await waitFor(() => expect(versionOf(resource, id)).toBe(version + 1));
  expect(writes()).toEqual([
    {
      method: 'PATCH',
      path: `/api/${resource}/${id}`,
      type: 'application/merge-patch+json',
      body: { [field]: value, version },
    },
  ]);
  expect((getState().tables[resource].get(id) as unknown as Record<string, unknown>)[field]).toEqual(value);
  expect(stored(resource, id, field)).toEqual(before);
}

describe('one-field actions are merge-patches that blank nothing', () => {
  it('pausing an offer from its page', async () => {
    const offer = getState()
      .tables.offers.rows.filter((o) => o.companyId === 1 && o.status === 'published')
      .sort((a, b) => a.id - b.id)[0];
    const { user } = await renderAdmin(`/offers/${offer.id}/show`, { as: 'acme' });
    const pause = await screen.findByRole('button', { name: 'Pause' });
    await expectOneFieldPatch('offers', offer.id, 'status', 'paused', () => user.click(pause));
  });

  it('ticking a task off', async () => {
    const { user } = await renderPage('/tasks', { as: 'acme' });
    // The API's tasks read in the reader's words, with their candidate's name (once loaded).
    const open = getState().tables.tasks.rows.filter((t) => t.companyId === 1 && !t.done);
    const nameOf = (t: (typeof open)[number]) => {
      const c = getState().tables.candidates.get(t.candidateId as number) as Candidate | undefined;
      return c ? `${c.firstName} ${c.lastName}` : t.title;
    };
    const [box, task] = await waitFor(() => {
      const boxes = screen.getAllByRole('checkbox', { name: /^Mark ".+" as done$/ });
      for (const t of open) {
        const found = boxes.find((b) => (b.getAttribute('aria-label') ?? '').includes(nameOf(t)));
        if (found && !(found as HTMLInputElement).checked) return [found, t] as const;
      }
      throw new Error('no open task on screen');
    });
    expect(task).toBeDefined();
    await expectOneFieldPatch('tasks', task?.id ?? 0, 'done', true, () => user.click(box));
  });

  it('rating an application', async () => {
    const app = getState().tables.applications.rows.find((a) => a.companyId === 1 && a.rating !== 4);
    await renderPage(`/applications/${app?.id}/show`, { as: 'acme' });
    const fourStars = await screen.findByRole('radio', { name: '4 Stars' });
    // A plain click event: user-event's pointer click has no coordinates, which MUI's Rating reads as "clear".
    await expectOneFieldPatch('applications', app?.id ?? 0, 'rating', 4, async () => {
      fireEvent.click(fourStars);
    });
  });
});
