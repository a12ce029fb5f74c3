import Papa from 'papaparse';
import { onTestFinished, vi } from 'vitest';

/**
 * Captures the files the app offers for download (a Blob behind an <a download> click, as
 * src/model/csv.ts downloadCsv does) instead of letting jsdom try to navigate.
 */
export interface Downloads {
  blobs: Blob[];
  names: string[];
  /** The last file as CSV rows (BOM stripped, CRLF lines). */
  lastCsv: () => Promise<string[][]>;
}

export function captureDownloads(): Downloads {
  onTestFinished(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.stubGlobal(
    'URL',
    class extends URL {
      static override createObjectURL = (blob: Blob) => {
        blobs.push(blob);
        return 'blob:download';
      };
      static override revokeObjectURL = () => {};
    },
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  const lastCsv = async () => {
    const text = (await (blobs.at(-1) as Blob).text()).replace(/^\uFEFF/, '').trim();
    return Papa.parse<string[]>(text, { newline: '\r\n' }).data;
  };
  return { blobs, names, lastCsv };
}
