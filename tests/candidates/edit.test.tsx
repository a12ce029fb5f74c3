import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { getState } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { Activity, Application, Candidate } from '../../src/model/types';
import { ACME, applicantOf, strangerTo, tagsSeenBy } from '../api/fixtures';
import { call, DEMO, login } from '../helpers/api';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** The candidate Edit: a refused save never loses the typing; duplicates merge without loss. */
const stored = (id: number) => getState().tables.candidates.get(id) as Candidate;
/** A profile Acme added itself, so its recruiters may edit every field. */
const ownedByAcme = () =>
  (getState().tables.candidates.rows as Candidate[]).find((c) => c.ownerCompanyId === ACME) as Candidate;

/** A profile Acme added that no other company has an application or unlock on. */
async function openEdit(candidate: Candidate, open = renderPage) {
  const rendered = await open(`/candidates/${candidate.id}`, { as: 'acme' });
  const city = (await screen.findByRole('textbox', { name: 'City' })) as HTMLInputElement;
  await waitFor(() => expect(city.value).toBe(candidate.city));
  return { ...rendered, city };
}

describe('Candidate edit', () => {
  it('keeps the typed values through a 409 and "keep mine" saves them over the new version', async () => {
    const candidate = ownedByAcme();
    const { user, city } = await openEdit(candidate);
    const admin = await login(DEMO.admin);
    const theirs = (await call<Candidate>('GET', `/api/candidates/${candidate.id}`, undefined, admin)).body;
    const put = await call(
      'PUT',
      `/api/candidates/${candidate.id}`,
      { ...theirs, headline: 'Changed meanwhile' },
      admin,
    );
    expect(put.status).toBe(200);
    await user.clear(city);
    await user.type(city, 'Bordeaux');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: /someone else changed/i });
    expect(within(dialog).getByRole('row', { name: /City/ })).toHaveTextContent('Bordeaux');
    expect(city.value).toBe('Bordeaux');
    expect(stored(candidate.id).city).toBe(candidate.city);
    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(stored(candidate.id).city).toBe('Bordeaux'));
    expect(stored(candidate.id).headline).toBe('Changed meanwhile');
  });

  it('asks before leaving with unsaved typing', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    // Leaving through the menu: the whole app.
    const { user, city } = await openEdit(ownedByAcme(), renderAdmin);
    await user.type(city, '-Nord');
    await user.click(screen.getByRole('menuitem', { name: 'Offers' }));
    await waitFor(() => expect(confirm).toHaveBeenCalled());
    expect(city.value).toMatch(/-Nord$/);
    confirm.mockRestore();
  });

  it('shows a server error under its field and keeps what was typed', async () => {
    const candidate = ownedByAcme();
    server.use(
      http.put('*/api/candidates/:id', () =>
        HttpResponse.json(
          { message: 'Invalid data: city', errors: { city: 'unknown to the address service' } },
          { status: 422 },
        ),
      ),
    );
    const { user, city } = await openEdit(candidate);
    await user.clear(city);
    await user.type(city, 'Atlantis');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const error = await screen.findByText('unknown to the address service');
    expect(city.closest('.MuiFormControl-root')).toContainElement(error);
    expect(city.value).toBe('Atlantis');
  });

  it('lets a recruiter only tag an applicant profile, and saves the tag', async () => {
    const applicant = applicantOf(ACME);
    const { user, city } = await openEdit(applicant);
    expect(screen.getByText(/you can change its tags here/i)).toBeInTheDocument();
    expect(city).toHaveAttribute('readonly');
    const tags = screen.getByRole('combobox', { name: 'Tags' });
    await user.type(tags, 'shortlist{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(tagsSeenBy(ACME, applicant.id)).toContain('shortlist'));
    expect(stored(applicant.id).city).toBe(applicant.city);
  });

  it('tags a masked database profile without asking for the contact it hides', async () => {
    const stranger = strangerTo(ACME);
    const { user } = await renderPage(`/candidates/${stranger.id}`, { as: 'acme' });
    const email = await screen.findByRole('textbox', { name: /^email/i });
    expect(email).toHaveValue('');
    await user.type(screen.getByRole('combobox', { name: 'Tags' }), 'to-call{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(tagsSeenBy(ACME, stranger.id)).toContain('to-call'));
    expect(stored(stranger.id).email).toBe(stranger.email);
  });

  it('keeps support, who only read candidates, out of the edit form', async () => {
    await renderPage(`/candidates/${applicantOf(ACME).id}`, { as: 'support' });
    expect(await screen.findByRole('heading', { name: 'Not allowed', level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'City' })).toBeNull();
  });

  it('merges a duplicate found by email: every application and activity follows the kept profile', async () => {
    // One that no other company works with (another company's records would stay on it): added now.
    const token = await login(DEMO.acme);
    const duplicate = (
      await call<Candidate>(
        'POST',
        '/api/candidates',
        {
          firstName: 'Dana',
          lastName: 'Duplicate',
          email: 'dana.duplicate@example.com',
          country: 'FR',
          city: 'Lyon',
        },
        token,
      )
    ).body;
    const kept = applicantOf(ACME);
    const note = await call(
      'POST',
      '/api/activities',
      { candidateId: duplicate.id, type: 'note', body: 'Met at a fair' },
      token,
    );
    expect(note.status).toBe(201);
    const linked = <T extends { candidateId: number }>(rows: T[]) =>
      rows.filter((row) => [duplicate.id, kept.id].includes(row.candidateId)).length;
    const applications = linked(getState().tables.applications.rows as Application[]);
    const activities = linked(getState().tables.activities.rows as Activity[]);

    const { user } = await openEdit(duplicate);
    const email = screen.getByRole('textbox', { name: /^email/i });
    await user.clear(email);
    await user.type(email, kept.email);
    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent(/may already exist/i);
    await user.click(within(warning).getByRole('button', { name: /merge into this one/i }));
    const confirm = await screen.findByRole('dialog', { name: /merge into this one/i });
    expect(confirm).toHaveTextContent(`${kept.firstName} ${kept.lastName}`);
    await user.click(within(confirm).getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(getState().tables.candidates.get(duplicate.id)).toBeUndefined());
    await waitFor(() => expect(window.location.hash).toBe(`#/candidates/${kept.id}/show`));
    const rows = <T extends { candidateId: number }>(list: T[]) =>
      list.filter((r) => r.candidateId === kept.id);
    expect(rows(getState().tables.applications.rows as Application[])).toHaveLength(applications);
    expect(rows(getState().tables.activities.rows as Activity[])).toHaveLength(activities);
    expect(rows(getState().tables.activities.rows as Activity[]).map((a) => a.body)).toContain(
      'Met at a fair',
    );
  });
});
