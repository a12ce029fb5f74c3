import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '@testing-library/react';
import { RecordContextProvider, RichTextField, TextField } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { RESOURCE_SPECS } from '../../mocks/domain/records/resources';
import { sanitizeHtml } from '../../mocks/domain/records/sanitize';
import { checkField } from '../../mocks/domain/records/validation';
import { getState } from '../../mocks/handlers';
import { SafeUrlField } from '../../src/common/SafeUrlField';
import type { ResourceName } from '../../src/model/types';
import { ACME, offersOf } from '../api/fixtures';
import { call, DEMO, login } from '../helpers/api';
import { renderInAdmin } from '../helpers/renderAdmin';
import { activeContent, HTML_PAYLOADS, inertHtml, TRICKY_SAFE_URLS, URL_PAYLOADS } from './payloads';

/** Issue 10, XSS: every URL and rich-text field of every resource, API side and UI side. */
const fieldsOfType = (type: string) =>
  Object.entries(RESOURCE_SPECS).flatMap(([resource, spec]) =>
    Object.entries(spec.fields)
      .filter(([, field]) => field.type === type && !field.owned)
      .map(([name, field]) => ({ resource: resource as ResourceName, name, field })),
  );

describe(`URL fields refuse ${URL_PAYLOADS.length} script-scheme payloads`, () => {
  const urlFields = fieldsOfType('url');

  it(`every URL field (${urlFields.map((f) => `${f.resource}.${f.name}`).join(', ')}) refuses each payload`, () => {
    expect(urlFields.length).toBeGreaterThanOrEqual(3);
    for (const { resource, name, field } of urlFields)
      for (const payload of URL_PAYLOADS)
        expect(checkField(field, payload), `${resource}.${name} ${JSON.stringify(payload)}`).toBeDefined();
  });

  it('over HTTP, every URL field of every resource: 422 naming the field, the stored record unchanged', async () => {
    const token = await login(DEMO.admin);
    for (const { resource, name } of urlFields) {
      const table = getState().tables[resource];
      const id = table.rows[0].id;
      const before = structuredClone(table.get(id)) as { version: number };
      for (const payload of URL_PAYLOADS) {
        const response = await call(
          'PATCH',
          `/api/${resource}/${id}`,
          { [name]: payload, version: before.version },
          token,
        );
        expect(response.status, `${resource}.${name} ${JSON.stringify(payload)}`).toBe(422);
        // A control character is refused as such before the field's own rule (issue 15).
        expect(response.body.errors[name]).toMatch(/http, https or mailto|control characters/);
      }
      expect(table.get(id)).toEqual(before);
    }
  });
});

describe(`rich text is inert after ${HTML_PAYLOADS.length} payloads`, () => {
  const htmlFields = fieldsOfType('html');

  it(`the sanitiser of every rich-text field (${htmlFields.map((f) => `${f.resource}.${f.name}`).join(', ')}) leaves nothing active`, () => {
    expect(htmlFields.length).toBeGreaterThanOrEqual(2);
    for (const payload of HTML_PAYLOADS) expect(inertHtml(sanitizeHtml(payload)), payload).toEqual([]);
    // The check itself sees what it must: every raw payload is flagged.
    const flagged = HTML_PAYLOADS.filter((payload) => inertHtml(payload).length > 0);
    expect(flagged.length).toBeGreaterThanOrEqual(HTML_PAYLOADS.length - 3); // <body>, <math>, style url() are inert once parsed
  });

  it('over HTTP, every rich-text field of every resource: stored inert, the text kept', async () => {
    const token = await login(DEMO.admin);
    for (const { resource, name } of htmlFields) {
      const table = getState().tables[resource];
      const record = table.rows[0] as { id: number; version: number };
      for (const payload of HTML_PAYLOADS) {
        const current = table.get(record.id) as { version: number };
        const response = await call(
          'PATCH',
          `/api/${resource}/${record.id}`,
          { [name]: `<p>kept</p>${payload}`, version: current.version },
          token,
        );
        const label = `${resource}.${name} ${payload}`;
        expect(response.status, label).toBe(200);
        expect(inertHtml(response.body[name]), label).toEqual([]);
        expect(response.body[name], label).toContain('<p>kept</p>');
        expect(
          inertHtml(String((table.get(record.id) as unknown as Record<string, unknown>)[name])),
          label,
        ).toEqual([]);
      }
    }
  });

  it('over HTTP: an offer description full of payloads is stored inert, formatting kept', async () => {
    const token = await login(DEMO.acme);
    const draft = offersOf(ACME, 'draft')[0];
    const description = `<p><strong>Keep me</strong> <a href="https://ok.example">link</a></p>${HTML_PAYLOADS.join('')}`;
    const response = await call(
      'PATCH',
      `/api/offers/${draft.id}`,
      { description, version: draft.version },
      token,
    );
    expect(response.status).toBe(200);
    expect(inertHtml(response.body.description)).toEqual([]);
    expect(response.body.description).toContain('<strong>Keep me</strong>');
    expect(response.body.description).toContain('href="https://ok.example"');
  });
});

describe('the UI renders stored payloads inert', () => {
  it(`a record holding every payload (${URL_PAYLOADS.length + TRICKY_SAFE_URLS.length} URLs, ${HTML_PAYLOADS.length} HTML) shows no script, handler or foreign-scheme link`, async () => {
    const records = [...URL_PAYLOADS, ...TRICKY_SAFE_URLS].map((url, i) => ({
      id: i + 1,
      website: url,
      title: HTML_PAYLOADS[i % HTML_PAYLOADS.length],
      description: HTML_PAYLOADS[i % HTML_PAYLOADS.length],
    }));
    const { container } = await renderInAdmin(
      records.map((record) => (
        <RecordContextProvider key={record.id} value={record}>
          <SafeUrlField source="website" />
          <TextField source="title" />
          <RichTextField source="description" />
        </RecordContextProvider>
      )),
      { as: null },
    );
    expect(activeContent(container)).toEqual([]);
    // Plain text stays text: the payload is visible, not parsed.
    expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href') ?? '');
    expect(hrefs.length).toBeGreaterThanOrEqual(TRICKY_SAFE_URLS.length);
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|mailto:)/);
  });

  it('no screen uses react-admin’s UrlField/FileField (they link any scheme) or raw innerHTML', () => {
    const root = join(import.meta.dirname, '../../src');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    const offenders = files.filter((file) =>
      /import\s*\{[^}]*\b(UrlField|FileField)\b[^}]*\}\s*from\s*'react-admin'|dangerouslySetInnerHTML/.test(
        readFileSync(join(root, file), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
