import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Activity, Application, AuditLog, Candidate } from '../../src/model/types';
import { captureDownloads } from '../helpers/downloads';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** A person with applications and activities: something to export and to anonymise. */
function personWithHistory(): Candidate {
  const { applications, activities, candidates } = getState().tables;
  const found = (candidates.rows as Candidate[]).find(
    (c) =>
      (applications.rows as Application[]).some((a) => a.candidateId === c.id) &&
      (activities.rows as Activity[]).some((a) => a.candidateId === c.id),
  );
  if (!found) throw new Error('no candidate with history in the seed');
  return structuredClone(found);
}

describe('GDPR on a candidate (support)', () => {
  it('"Export personal data" downloads a JSON of the profile, applications, activities and unlocks', async () => {
    const person = personWithHistory();
    const downloads = captureDownloads();
    const { user } = await renderAdmin(`/candidates/${person.id}/show`, { as: 'support' });
    await user.click(await screen.findByRole('button', { name: 'Export personal data' }));
    expect(await screen.findByText('Personal data exported')).toBeInTheDocument();
    const exported = JSON.parse(await (downloads.blobs.at(-1) as Blob).text());
    expect(exported.candidate).toMatchObject({
      id: person.id,
      email: person.email,
      lastName: person.lastName,
    });
    const ids = (rows: Array<{ id: number }>) => rows.map((row) => row.id).sort((a, b) => a - b);
    const { applications, activities } = getState().tables;
    expect(ids(exported.applications)).toEqual(
      ids((applications.rows as Application[]).filter((a) => a.candidateId === person.id)),
    );
    expect(ids(exported.activities)).toEqual(
      ids((activities.rows as Activity[]).filter((a) => a.candidateId === person.id)),
    );
    expect(exported).toHaveProperty('unlocks');
  });

  it('"Anonymise" needs the name typed, then leaves no personal field and keeps the applications', async () => {
    const person = personWithHistory();
    const name = `${person.firstName} ${person.lastName}`;
    const applications = (getState().tables.applications.rows as Application[]).filter(
      (a) => a.candidateId === person.id,
    ).length;
    const { user } = await renderPage(`/candidates/${person.id}/show`, { as: 'support' });
    await user.click(await screen.findByRole('button', { name: 'Anonymise' }));
    const dialog = await screen.findByRole('dialog', { name: `Anonymise ${name}?` });
    const confirm = within(dialog).getByRole('button', { name: 'Anonymise' });
    const typed = within(dialog).getByRole('textbox', { name: `Type "${name}" to confirm` });
    await user.type(typed, person.firstName);
    expect(confirm).toBeDisabled();
    expect(getState().tables.candidates.get(person.id)?.anonymizedAt).toBeNull();
    await user.type(typed, ` ${person.lastName}`);
    await user.click(confirm);
    expect(await screen.findByText('Candidate anonymised')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`Anonymised #${person.id}`),
    );
    const stored = getState().tables.candidates.get(person.id) as Candidate;
    for (const trace of [person.firstName, person.lastName, person.email, person.phone])
      if (trace) expect(JSON.stringify(stored)).not.toContain(trace);
    expect(
      (getState().tables.applications.rows as Application[]).filter((a) => a.candidateId === person.id),
    ).toHaveLength(applications);
    // The audit entry says it happened, and holds nothing of the person.
    const entry = (getState().tables['audit-logs'].rows as AuditLog[]).at(-1) as AuditLog;
    expect(entry).toMatchObject({
      action: 'candidate.anonymize',
      recordId: person.id,
      changes: {},
      reason: null,
    });
    // Irreversible: the action is no longer offered.
    expect(screen.queryByRole('button', { name: 'Anonymise' })).toBeNull();
  });

  it('is not offered to a recruiter', async () => {
    const app = (getState().tables.applications.rows as Application[]).find(
      (a) => a.companyId === 1,
    ) as Application;
    await renderPage(`/candidates/${app.candidateId}/show`, { as: 'acme' });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: 'Export personal data' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Anonymise' })).toBeNull();
  });
});
