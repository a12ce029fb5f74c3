import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { Candidate } from '../../src/model/types';
import { ACME, applicantOf } from '../api/fixtures';
import { captureDownloads } from '../helpers/downloads';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** The CSV import page: preview, per-row checks, error report, one all-or-nothing call. */
const HEADER = 'firstName,lastName,email,phone,skills,city,country,contractTypes';
const csvFile = (lines: string[]) =>
  new File([[HEADER, ...lines].join('\r\n')], 'candidates.csv', { type: 'text/csv' });

afterEach(() => server.events.removeAllListeners());

/** The import calls the app sends, with their bodies. */
function recordImports(): Array<{ rows: Array<Record<string, unknown>> }> {
  const sent: Array<{ rows: Array<Record<string, unknown>> }> = [];
  server.events.on('request:start', async ({ request }) => {
    if (request.method === 'POST' && request.url.endsWith('/api/candidates/import'))
      sent.push(await request.clone().json());
  });
  return sent;
}

async function openImport() {
  const rendered = await renderPage('/candidates/import', { as: 'acme' });
  const input = await screen.findByLabelText(/choose a csv file/i);
  return { ...rendered, input };
}

describe('Candidate CSV import', () => {
  it('previews every row with its errors, offers the error report, and imports the valid rows in one call', async () => {
    const sent = recordImports();
    const downloads = captureDownloads();
    const before = getState().tables.candidates.size;
    const { user, input } = await openImport();
    await user.upload(
      input,
      csvFile([
        'Ana,Lopez,ana.import@example.test,06 12 34 56 78,React;TypeScript,Lyon,FR,permanent',
        'Bob,Smith,not-an-email,+1 555 0100,Java,Leeds,GB,permanent',
        'Chloé,Martin,chloe.import@example.test,,=cmd|calc,Paris,fr,freelance',
      ]),
    );
    expect(await screen.findByText('Valid rows: 2 · rows with errors: 1')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /import candidates/i });
    const bob = within(table).getByRole('row', { name: /Bob Smith/ });
    expect(bob).toHaveTextContent('3'); // its line in the file
    expect(bob).toHaveTextContent(/Email: Must be a valid email/);
    expect(bob).toHaveTextContent(/Phone: .*\(\+33\) or UK \(\+44\)/);
    expect(within(table).getByRole('row', { name: /Ana Lopez/ })).toHaveTextContent('OK');

    await user.click(screen.getByRole('button', { name: 'Download the error report' }));
    const [header, ...lines] = await downloads.lastCsv();
    expect(header[0]).toBe('line');
    expect(header.at(-1)).toBe('errors');
    expect(lines).toHaveLength(1);
    expect(lines[0][0]).toBe('3');
    expect(lines[0][header.indexOf('email')]).toBe('not-an-email');
    expect(lines[0].at(-1)).toMatch(/email: .*; phone: /);
    expect(downloads.names).toEqual(['import-errors.csv']);

    await user.click(screen.getByRole('button', { name: 'Import 2 rows' }));
    await screen.findByText('2 candidates imported');
    expect(sent).toHaveLength(1);
    expect(sent[0].rows.map((row) => row.email)).toEqual([
      'ana.import@example.test',
      'chloe.import@example.test',
    ]);
    expect(getState().tables.candidates.size).toBe(before + 2);
    const chloe = (getState().tables.candidates.rows as Candidate[]).at(-1) as Candidate;
    expect(chloe).toMatchObject({ firstName: 'Chloé', country: 'FR', currency: 'EUR', ownerCompanyId: ACME });
    await waitFor(() => expect(window.location.hash).toBe('#/candidates'));
  });

  it('imports nothing when the API refuses one row, and shows why on that row', async () => {
    const sent = recordImports();
    const existing = applicantOf(ACME);
    const before = getState().tables.candidates.size;
    const { user, input } = await openImport();
    await user.upload(
      input,
      csvFile([
        'Ana,Lopez,ana.import@example.test,,React,Lyon,FR,permanent',
        `Eve,Known,${existing.email},,Java,Paris,FR,permanent`,
        'Bob,Smith,not-an-email,,Java,Leeds,GB,permanent',
      ]),
    );
    await user.click(await screen.findByRole('button', { name: 'Import 2 rows' }));
    expect(await screen.findByText(/nothing was imported/i)).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0].rows).toHaveLength(2);
    expect(getState().tables.candidates.size).toBe(before);
    const table = screen.getByRole('table', { name: /import candidates/i });
    expect(within(table).getByRole('row', { name: /Eve Known/ })).toHaveTextContent(
      `already exists (candidate ${existing.id})`,
    );
    // The row the browser had already refused keeps its own error.
    expect(within(table).getByRole('row', { name: /Bob Smith/ })).toHaveTextContent(/Email:/);
    expect(screen.getByRole('button', { name: 'Import 1 row' })).toBeInTheDocument();
  });

  it('writes its French messages the French way: a non-breaking space before each colon and semicolon', async () => {
    const downloads = captureDownloads();
    const { user } = await renderPage('/candidates/import', { as: 'acme', locale: 'fr' });
    await user.upload(
      await screen.findByLabelText(/choisir un fichier csv/i),
      csvFile([
        'Ana,Lopez,ana.import@example.test,,React,Lyon,FR,permanent',
        'Bob,Smith,not-an-email,+1 555 0100,Java,Leeds,GB,permanent',
      ]),
    );
    const summary = await screen.findByRole('status');
    expect(summary.textContent).toBe('Lignes valides\u00A0: 1 · lignes en erreur\u00A0: 1');
    const table = screen.getByRole('table', { name: /importer des candidats/i });
    const errors = within(table).getByRole('row', { name: /Bob Smith/ }).lastElementChild?.textContent ?? '';
    expect(errors).toMatch(/^E-mail\u00A0: .+\u00A0; Téléphone\u00A0: .+$/);
    expect(errors).not.toMatch(/[^\u00A0][:;]/);
    await user.click(screen.getByRole('button', { name: /rapport d.erreurs/ }));
    const [header, ...lines] = await downloads.lastCsv();
    expect(lines[0][header.indexOf('errors')]).toMatch(/^email\u00A0: .+\u00A0; phone\u00A0: .+$/);
  });

  it('is not offered to support, who only read candidates', async () => {
    await renderAdmin('/candidates/import', { as: 'support' });
    expect(await screen.findByRole('heading', { name: 'Not allowed', level: 1 })).toBeInTheDocument();
    expect(screen.queryByLabelText(/choose a csv file/i)).toBeNull();
  });
});
