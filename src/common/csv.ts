import type { Exporter } from 'react-admin';
import { csvColumns, toCsv } from '../model/csv';
import type { ResourceName, Role } from '../model/types';

/** The browser's end of the CSV rules of model/csv.ts: the download, and react-admin's exporter. */

/** Browser only: offers `text` as a file download (UTF-8 BOM so Excel reads accents). */
export function downloadCsv(text: string | Blob, filename: string): void {
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename.endsWith('.csv') ? filename : `${filename}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * A react-admin exporter for the records in hand (a page, or a bulk selection) with the role's
 * allow-list; beyond a page, exports go through the API (ServerExportButton).
 */
export function csvExporter(
  resource: ResourceName,
  role: Role | undefined,
  filename: string = resource,
): Exporter {
  return (records) => {
    const columns = role ? csvColumns(resource, role) : [];
    if (columns.length === 0) return;
    downloadCsv(toCsv(records as Array<Record<string, unknown>>, columns), filename);
  };
}
