import { HttpError } from 'react-admin';
import { apiUrl } from '../config';
import { responseError, signRequest } from '../providers/httpClient';

export interface ExportProgress {
  rows: number;
  total: number | null;
}

/**
 * Downloads the server-side CSV export (`GET /exports/{resource}`) of every record matching
 * `filter`: the API streams it, so there is no page or 1,000-row limit and nothing is fetched record
 * by record. Reports the rows received as they arrive, against the total the API announces. Its
 * failures are HttpErrors like the data provider's: the caller passes them to checkError.
 */
export async function fetchExport(
  resource: string,
  filter: Record<string, unknown>,
  sort: { field: string; order: string },
  onProgress: (progress: ExportProgress) => void,
  signal?: AbortSignal,
): Promise<Blob> {
  const search = new URLSearchParams({
    filter: JSON.stringify(filter),
    sort: JSON.stringify([sort.field, sort.order]),
  });
  const headers = new Headers({ Accept: 'text/csv' });
  const token = signRequest(headers);
  const response = await fetch(`${apiUrl()}/exports/${resource}?${search}`, { headers, signal });
  if (!response.ok) {
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    // The same error as every other request's, so a 401 goes through the same sign-out rule.
    throw responseError(response, body, token);
  }
  const totalHeader = Number(response.headers.get('X-Total-Count'));
  const total = Number.isFinite(totalHeader) && response.headers.has('X-Total-Count') ? totalHeader : null;
  if (!response.body) throw new HttpError('empty export', 500);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    for (const byte of value) if (byte === 10) lines += 1;
    // The first line is the header.
    onProgress({ rows: Math.max(0, lines - 1), total });
  }
  onProgress({ rows: total ?? Math.max(0, lines - 1), total });
  return new Blob(chunks as BlobPart[], { type: 'text/csv;charset=utf-8' });
}
