import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { call, DEMO, listQuery, login, totalOf } from '../helpers/api';
import { captureDownloads } from '../helpers/downloads';
import { renderPage } from '../helpers/renderAdmin';
import { recordRequests } from '../offers/requests';

/** "Export all" on the candidates: a recruiter is told, before the download, what goes out and why not the rest. */
/** How many candidates the recruiter's list holds, and how many of them they see in full (API counts). */
async function recruiterCounts(): Promise<{ total: number; full: number }> {
  const token = await login(DEMO.acme);
  const count = async (filter: object) =>
    totalOf(await call('GET', `/api/candidates${listQuery({ filter, range: [0, 0] })}`, undefined, token));
  return { total: await count({}), full: await count({ contactMasked: false }) };
}

const grouped = (n: number) => n.toLocaleString('en-GB');

describe('candidates export', () => {
  it('says how many profiles a recruiter’s export holds, and why the masked ones are left out, before the download', async () => {
    const { total, full } = await recruiterCounts();
    expect(full).toBeGreaterThan(0);
    expect(full).toBeLessThan(total);
    const downloads = captureDownloads();
    const { user } = await renderPage('/candidates', { as: 'acme' });
    await user.click(await screen.findByRole('button', { name: 'Export all' }));

    const dialog = await screen.findByRole('dialog', { name: 'What this export holds' });
    const text = await within(dialog).findByText(/will be exported/);
    expect(text).toHaveTextContent(
      `${grouped(full)} of the ${grouped(total)} candidates of this list will be exported`,
    );
    expect(text).toHaveTextContent(`The other ${grouped(total - full)} are database profiles`);
    expect(text).toHaveTextContent(/masked: they are not exported to recruiters/);
    expect(downloads.blobs).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: `Export ${grouped(full)} candidates` }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    const [, ...rows] = await downloads.lastCsv();
    expect(rows).toHaveLength(full);
  });

  it('says it in French, and Cancel downloads nothing', async () => {
    const { total, full } = await recruiterCounts();
    const downloads = captureDownloads();
    const { user } = await renderPage('/candidates', { as: 'acme', locale: 'fr' });
    await user.click(await screen.findByRole('button', { name: 'Tout exporter' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ce que contient cet export' });
    const fr = (n: number) => n.toLocaleString('fr-FR').replace(/\s/g, ' ');
    expect(await within(dialog).findByText(/seront exportés/)).toHaveTextContent(
      `${fr(full)} des ${fr(total)} candidats de cette liste seront exportés`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(downloads.blobs).toHaveLength(0);
  });

  it('exports at once for support, whose export holds every row of the list', async () => {
    const downloads = captureDownloads();
    const { user } = await renderPage('/candidates', { as: 'support' });
    await user.click(await screen.findByRole('button', { name: 'Export all' }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    expect(screen.queryByRole('dialog', { name: 'What this export holds' })).toBeNull();
  });

  it('leaves out of the export a decimal experience that came with the address, as the list does', async () => {
    const sent = recordRequests();
    const downloads = captureDownloads();
    const filter = encodeURIComponent(JSON.stringify({ yearsOfExperience_gte: 2.5, country: 'GB' }));
    const { user } = await renderPage(`/candidates?filter=${filter}`, { as: 'support' });
    await screen.findByText(/^1-\d+ of [\d,]+$/);
    await user.click(await screen.findByRole('button', { name: 'Export all' }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    expect(sent.filter((r) => r.path === '/api/exports/candidates').map((r) => r.filter)).toEqual([
      { country: 'GB' },
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
