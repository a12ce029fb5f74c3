import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { authenticate } from '../../mocks/domain/accounts/auth';
import { exportCsv } from '../../mocks/domain/records/exports';
import { getState } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { csvColumns } from '../../src/model/csv';
import { BULK_SKILL, insertOffers } from '../helpers/bulk';
import { captureDownloads } from '../helpers/downloads';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** "Export all" on the offers list: done by the API, with progress, whatever the number of rows. */
const ACME = 1;

/**
 * The real export of the API, held after its first half until `release()`, so the test can see the
 * progress the user sees while a large export is under way.
 */
function holdExportHalfway() {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const seen: URL[] = [];
  server.use(
    http.get('*/api/exports/offers', async ({ request }) => {
      const url = new URL(request.url);
      seen.push(url);
      const { user } = authenticate(getState(), request.headers.get('Authorization'));
      const { total, stream } = exportCsv(getState(), user, 'offers', url.searchParams);
      const text = await new Response(stream).text();
      const lines = text.split('\r\n');
      const half = Math.ceil(lines.length / 2);
      const encoder = new TextEncoder();
      const held = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(encoder.encode(`${lines.slice(0, half).join('\r\n')}\r\n`));
          await gate;
          controller.enqueue(encoder.encode(lines.slice(half).join('\r\n')));
          controller.close();
        },
      });
      return new HttpResponse(held, {
        headers: { 'Content-Type': 'text/csv; charset=utf-8', 'X-Total-Count': String(total) },
      });
    }),
  );
  return { release: () => release(), seen };
}

describe('offers export', () => {
  it('exports 50,000 filtered offers through the API, showing progress, with the role columns', async () => {
    insertOffers(ACME, 50_000, (i) => (i === 0 ? '=HYPERLINK("http://evil.test")' : `Bulk offer ${i}`));
    const downloads = captureDownloads();
    const held = holdExportHalfway();
    const filter = encodeURIComponent(JSON.stringify({ skills: [BULK_SKILL] }));
    const { user } = await renderAdmin(`/offers?filter=${filter}`, { as: 'acme' });
    await screen.findByText(/^1-25 of 50,000$/);
    await user.click(screen.getByRole('button', { name: 'Export all' }));

    expect(await screen.findByRole('dialog', { name: 'Exporting Offers' })).toBeInTheDocument();
    await screen.findByText(/^2\d,\d{3} of 50,000 rows$/);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow');
    expect(JSON.parse(held.seen[0].searchParams.get('filter') ?? '')).toEqual({ skills: [BULK_SKILL] });
    expect(JSON.parse(held.seen[0].searchParams.get('sort') ?? '')).toEqual(['id', 'DESC']);

    held.release();
    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(downloads.names).toEqual(['offers.csv']);
    // A UTF-8 byte-order mark first, so spreadsheets read accents right.
    expect([...new Uint8Array(await downloads.blobs[0].arrayBuffer()).slice(0, 3)]).toEqual([
      0xef, 0xbb, 0xbf,
    ]);
    const [header, ...rows] = await downloads.lastCsv();
    expect(header).toEqual(csvColumns('offers', 'recruiter'));
    expect(rows).toHaveLength(50_000);
    const titles = rows.map((row) => row[header.indexOf('title')]);
    expect(titles).toContain(`'=HYPERLINK("http://evil.test")`);
  });

  it('shows progress numbers in the reader’s language', async () => {
    insertOffers(ACME, 2_000);
    captureDownloads();
    const held = holdExportHalfway();
    const filter = encodeURIComponent(JSON.stringify({ skills: [BULK_SKILL] }));
    const { user } = await renderPage(`/offers?filter=${filter}`, { as: 'acme', locale: 'fr' });
    await user.click(await screen.findByRole('button', { name: 'Tout exporter' }));
    // French groups digits with a narrow no-break space (the matcher normalises it to a space).
    await screen.findByText(/^1 0\d\d lignes sur 2 000$/);
    held.release();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('offers no create button to sales or support, who cannot create offers', async () => {
    const { unmount } = await renderPage('/offers', { as: 'support' });
    await screen.findByText(/^1-25 of [\d,]+$/);
    expect(screen.getByRole('button', { name: 'Export all' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create' })).toBeNull();
    unmount();
    await renderPage('/offers', { as: 'sales' });
    await screen.findByText(/^1-25 of [\d,]+$/);
    expect(screen.queryByRole('link', { name: 'Create' })).toBeNull();
  });
});
