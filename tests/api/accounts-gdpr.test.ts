import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Activity, Application, Candidate } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';

/** GDPR: export of everything held on a person; anonymisation that reaches every stored copy. */
function candidateWithHistory(): Candidate {
  const activities = getState().tables.activities.rows as Activity[];
  const applications = getState().tables.applications.rows as Application[];
  const withBoth = (getState().tables.candidates.rows as Candidate[]).find(
    (c) =>
      c.phone &&
      applications.some((a) => a.candidateId === c.id) &&
      activities.some((a) => a.candidateId === c.id),
  );
  if (!withBoth) throw new Error('the seed has no candidate with applications and activities');
  return withBoth;
}

describe('GDPR export', () => {
  it('holds the profile, every application, activity and unlock of the person', async () => {
    const support = await login(DEMO.support);
    const person = candidateWithHistory();
    const { status, body } = await call('GET', `/api/candidates/${person.id}/export`, undefined, support);
    expect(status).toBe(200);
    expect(body.candidate).toMatchObject({ id: person.id, email: person.email, phone: person.phone });
    const apps = (getState().tables.applications.rows as Application[]).filter(
      (a) => a.candidateId === person.id,
    );
    expect(body.applications.map((a: Application) => a.id).sort()).toEqual(apps.map((a) => a.id).sort());
    const acts = (getState().tables.activities.rows as Activity[]).filter((a) => a.candidateId === person.id);
    // The messages sent to the person are apart from the other activities.
    const exported: Activity[] = [...body.activities, ...body.messages];
    expect(exported.map((a) => a.id).sort()).toEqual(acts.map((a) => a.id).sort());
    expect(exported.map((a) => a.body)).toEqual(expect.arrayContaining(acts.map((a) => a.body)));
    expect(body.unlocks).toEqual([]);
  });

  it('lists each company that unlocked the person, and when', async () => {
    const unlock = getState().tables.candidateUnlocks.rows[0];
    const support = await login(DEMO.support);
    const { body } = await call('GET', `/api/candidates/${unlock.candidateId}/export`, undefined, support);
    expect(body.unlocks).toEqual(
      getState().tables.candidateUnlocks.rows.filter((u) => u.candidateId === unlock.candidateId),
    );
    expect(body.unlocks[0]).toMatchObject({ companyId: unlock.companyId, unlockedAt: unlock.unlockedAt });
  });
});

describe('GDPR anonymisation', () => {
  it('leaves no trace of name, email or phone anywhere, keeps applications and the statistics', async () => {
    const support = await login(DEMO.support);
    const admin = await login(DEMO.admin);
    const person = candidateWithHistory();
    const traces = [`${person.firstName} ${person.lastName}`, person.email, person.phone as string];
    // Put the person's data in an activity note, an earlier audited edit and an application.
    const app = (getState().tables.applications.rows as Application[]).find(
      (a) => a.candidateId === person.id,
    ) as Application;
    const activity = (getState().tables.activities.rows as Activity[]).find(
      (a) => a.candidateId === person.id,
    ) as Activity;
    activity.body = `Called ${traces[0]} on ${traces[2]}, wrote to ${traces[1]}`;
    const appsBefore = (getState().tables.applications.rows as Application[]).filter(
      (a) => a.candidateId === person.id,
    ).length;
    const record = (await call<Candidate>('GET', `/api/candidates/${person.id}`, undefined, admin)).body;
    expect(
      (
        await call(
          'PUT',
          `/api/candidates/${person.id}`,
          { ...record, headline: `${traces[0]}, Java lead` },
          admin,
        )
      ).status,
    ).toBe(200);
    const stats = async () =>
      Promise.all(
        ['funnel', 'sources', 'time-to-hire', 'offers'].map(
          async (name) =>
            (await call('GET', `/api/stats/${name}?from=2024-01-01&to=2026-12-31`, undefined, admin)).body,
        ),
      );
    const statsBefore = await stats();

    const done = await call('POST', `/api/candidates/${person.id}/anonymize`, {}, support);
    expect(done.status).toBe(200);

    for (const text of traces) {
      for (const resource of ['candidates', 'activities', 'applications']) {
        const found = await call(
          'GET',
          `/api/${resource}${listQuery({ filter: { q: text } })}`,
          undefined,
          admin,
        );
        expect(found.body, `${resource} ${text}`).toEqual([]);
      }
      const audit = JSON.stringify(getState().tables['audit-logs'].rows);
      expect(audit.includes(text), `audit ${text}`).toBe(false);
      const auditSearch = await call(
        'GET',
        `/api/audit-logs${listQuery({ filter: { q: text } })}`,
        undefined,
        admin,
      );
      expect(auditSearch.body, `audit search ${text}`).toEqual([]);
      const exported = await call('GET', `/api/candidates/${person.id}/export`, undefined, support);
      expect(JSON.stringify(exported.body).includes(text), `export ${text}`).toBe(false);
      const csv = await call(
        'GET',
        `/api/exports/candidates${listQuery({ filter: { q: text } })}`,
        undefined,
        admin,
      );
      expect(csv.status).toBe(200);
      expect((csv.body as string).includes(text), `CSV export ${text}`).toBe(false);
    }
    expect(getState().tables.applications.get(app.id)).toBeDefined();
    expect(
      (getState().tables.applications.rows as Application[]).filter((a) => a.candidateId === person.id),
    ).toHaveLength(appsBefore);
    expect(await stats()).toEqual(statsBefore);
    const entry = getState().tables['audit-logs'].rows.find((e) => e.action === 'candidate.anonymize');
    expect(entry).toMatchObject({ action: 'candidate.anonymize', recordId: person.id, changes: {} });
  });

  it('bulk anonymises the retention list; recruiters may not', async () => {
    const support = await login(DEMO.support);
    const ids = (getState().tables.candidates.rows as Candidate[]).slice(0, 3).map((c) => c.id);
    const acme = await login(DEMO.acme);
    expect((await call('POST', '/api/candidates/anonymize', { ids }, acme)).status).toBe(403);
    const done = await call('POST', '/api/candidates/anonymize', { ids }, support);
    expect(done.status).toBe(200);
    expect(done.body).toEqual(ids);
    for (const id of ids) expect(getState().tables.candidates.get(id)?.anonymizedAt).toBeTruthy();
  });
});
