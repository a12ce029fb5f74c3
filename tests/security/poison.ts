import { RESOURCE_SPECS } from '../../mocks/domain/records/resources';
import { getState } from '../../mocks/handlers';
import type { ResourceName } from '../../src/model/types';
import { HTML_PAYLOADS, URL_PAYLOADS } from './payloads';

/**
 * Fills every free-text, rich-text and URL field of every stored record of every resource with an
 * XSS payload, as a legacy import or a compromised integration could have stored them (the API's own
 * checks are bypassed on purpose: the screens must be safe whatever the data holds). Each value ends
 * with a marker naming its field, e.g. `<svg onload=alert(1)> [offers.title]`, so a test can tell
 * that a screen really shows the poisoned records.
 */
const TEXT_TYPES = new Set(['string', 'text', 'html']);

export interface Poisoned {
  fields: string[];
  values: number;
}

export function poisonEveryTextField(): Poisoned {
  const fields: string[] = [];
  let values = 0;
  for (const [resource, spec] of Object.entries(RESOURCE_SPECS)) {
    const rows = getState().tables[resource as ResourceName].rows as unknown as Array<
      Record<string, unknown>
    >;
    Object.entries(spec.fields).forEach(([name, field], f) => {
      const kind =
        field.type === 'url'
          ? 'url'
          : field.type === 'strings'
            ? 'list'
            : TEXT_TYPES.has(field.type)
              ? 'text'
              : null;
      if (!kind) return;
      fields.push(`${resource}.${name}`);
      const marker = ` [${resource}.${name}]`;
      rows.forEach((row, r) => {
        const html = HTML_PAYLOADS[(r + f) % HTML_PAYLOADS.length];
        if (kind === 'url') row[name] = `${URL_PAYLOADS[(r + f) % URL_PAYLOADS.length]}${marker}`;
        if (kind === 'text') row[name] = `${html}${marker}`;
        if (kind === 'list')
          row[name] = [`${html}${marker}`, ...((row[name] as string[] | undefined) ?? []).slice(1)];
        values++;
      });
    });
  }
  return { fields, values };
}
