import {
  canFilter,
  canSort,
  type FieldSpec,
  RESOURCE_SPECS,
  searchFields,
} from '../../../mocks/domain/records/resources';
import { isSafeUrl } from '../../../mocks/domain/records/validation';
import { ADDRESS_MAX_LENGTH, ADDRESS_PARTS, POSTCODE_PATTERNS } from '../../../src/model/address';
import type { ResourceName } from '../../../src/model/types';

/**
 * JSON Schema (OpenAPI 3.1 dialect) for the resources, derived from RESOURCE_SPECS: the very table the
 * mock validates bodies and parses filters with, so the document cannot drift from the reference API.
 */
export type Schema = Record<string, unknown>;

/** A resource's or a statistic's name as its schema's: `credit-ledger` → `CreditLedger`. */
export const pascalCase = (name: string) =>
  name.replace(/(^|-)([a-z])/g, (_m, _dash, letter: string) => letter.toUpperCase());

/** The URL rule of mocks/domain/records/validation.ts isSafeUrl, as a pattern a client can check. */
export const SAFE_URL_PATTERN = '^(https?://[^\\s]+|mailto:[^\\s@]+@[^\\s@]+\\.[^\\s@]+)$';
// Kept honest by a test: the pattern and isSafeUrl agree on every sample.
export const safeUrlAgrees = (value: string) => new RegExp(SAFE_URL_PATTERN).test(value) === isSafeUrl(value);

function base(spec: FieldSpec): Schema {
  const bounds = (min: string, max: string): Schema => ({
    ...(spec.min !== undefined ? { [min]: spec.min } : {}),
    ...(spec.max !== undefined ? { [max]: spec.max } : {}),
  });
  switch (spec.type) {
    case 'id':
      return { type: 'integer', minimum: 1 };
    case 'int':
      return { type: 'integer', ...bounds('minimum', 'maximum') };
    case 'number':
      return { type: 'number', ...bounds('minimum', 'maximum') };
    case 'string':
      return { type: 'string', ...bounds('minLength', 'maxLength') };
    case 'text':
      return { type: 'string', ...bounds('minLength', 'maxLength') };
    case 'html':
      return {
        type: 'string',
        ...bounds('minLength', 'maxLength'),
        contentMediaType: 'text/html',
        description: 'Sanitised on write: scripts, event attributes and non-http(s)/mailto links removed',
      };
    case 'email':
      return { type: 'string', format: 'email', maxLength: 254 };
    case 'phone':
      return { type: 'string', maxLength: 30, description: 'French (+33) or UK (+44) number' };
    case 'url':
      return { type: 'string', format: 'uri', maxLength: 2000, pattern: SAFE_URL_PATTERN };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'datetime':
      return { type: 'string', format: 'date-time' };
    case 'bool':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'string', enum: [...(spec.values ?? [])] };
    case 'strings':
      return {
        type: 'array',
        maxItems: spec.max ?? 50,
        items: { type: 'string', minLength: 1, maxLength: 100 },
      };
    case 'enums':
      return { type: 'array', items: { type: 'string', enum: [...(spec.values ?? [])] } };
    case 'ids':
      return { type: 'array', maxItems: spec.max ?? 50, items: { type: 'integer', minimum: 1 } };
    case 'address':
      return {
        type: 'object',
        properties: {
          street: { type: 'string', minLength: 1, maxLength: ADDRESS_MAX_LENGTH.street },
          postcode: {
            type: 'string',
            maxLength: ADDRESS_MAX_LENGTH.postcode,
            description: `FR: ${POSTCODE_PATTERNS.FR.source}; GB (any case): ${POSTCODE_PATTERNS.GB.source}`,
          },
          city: { type: 'string', minLength: 1, maxLength: ADDRESS_MAX_LENGTH.city },
          country: { type: 'string', enum: ['FR', 'GB'] },
        },
        required: [...ADDRESS_PARTS],
        additionalProperties: false,
      };
    case 'json':
      // Writable JSON must be an object (validation); server-owned JSON may be a list (history).
      return { type: spec.owned ? ['object', 'array'] : 'object' };
  }
}

export function fieldSchema(spec: FieldSpec): Schema {
  const schema = base(spec);
  if (spec.nullable) {
    if (Array.isArray(schema.enum)) schema.enum = [...schema.enum, null];
    schema.type = [schema.type, 'null'];
  }
  if (spec.owned) schema.readOnly = true;
  if (spec.description) schema.description = spec.description;
  return schema;
}

export function resourceSchema(resource: ResourceName): Schema {
  const { fields, readOnly } = RESOURCE_SPECS[resource];
  return {
    type: 'object',
    ...(readOnly ? { readOnly: true } : {}),
    properties: Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, fieldSchema(spec)])),
    required: Object.entries(fields)
      .filter(([, spec]) => spec.required)
      .map(([name]) => name),
  };
}

/** What a list accepts, spelt out for the `filter` and `sort` parameters' descriptions. */
export function listVocabulary(resource: ResourceName): { filters: string[]; sorts: string[]; q: string[] } {
  const fields = Object.entries(RESOURCE_SPECS[resource].fields);
  return {
    filters: fields.filter(([, spec]) => canFilter(spec)).map(([name]) => name),
    sorts: fields.filter(([, spec]) => canSort(spec)).map(([name]) => name),
    q: searchFields(resource),
  };
}
