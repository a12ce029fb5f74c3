import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * Checks a JSON value against a schema of the generated OpenAPI document (JSON Schema 2020-12, the
 * dialect of OpenAPI 3.1) with Ajv: returns the problems, empty when it conforms. Used to prove the
 * document describes what the API really answers.
 */
type Schema = Record<string, unknown>;

// OpenAPI's own keywords beside JSON Schema's; allErrors so a report lists every problem at once;
// union types (`["string", "null"]`) are how OpenAPI 3.1 says nullable.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs']);
addFormats(ajv);

/**
 * The document leaves objects open (a client must ignore fields it does not know), but the check is
 * stricter: a field the API answers must be documented, so every object schema is closed here.
 */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'example', 'examples']);

function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy: Schema = {};
  for (const [key, child] of Object.entries(schema)) {
    if (DATA_KEYWORDS.has(key)) copy[key] = child;
    // `properties` maps field names to schemas: close each schema, not the map.
    else if (key === 'properties')
      copy[key] = Object.fromEntries(
        Object.entries(child as Schema).map(([name, sub]) => [name, closed(sub)]),
      );
    else copy[key] = closed(child);
  }
  if (copy.properties && !('additionalProperties' in copy)) copy.additionalProperties = false;
  return copy;
}

const compiled = new WeakMap<Schema, ValidateFunction>();

function validatorOf(schema: Schema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(closed(schema) as Schema);
    compiled.set(schema, validate);
  }
  return validate;
}

function problemOf(error: ErrorObject, path: string): string {
  const where = `${path}${error.instancePath.replaceAll('/', '.')}`;
  if (error.keyword === 'additionalProperties')
    return `${where}.${(error.params as { additionalProperty: string }).additionalProperty}: not in the document`;
  if (error.keyword === 'required')
    return `${where}.${(error.params as { missingProperty: string }).missingProperty}: missing`;
  return `${where}: ${error.message ?? error.keyword}`;
}

export function checkSchema(schema: Schema, value: unknown, path = '$'): string[] {
  const validate = validatorOf(schema);
  return validate(value) ? [] : (validate.errors ?? []).map((error) => problemOf(error, path));
}
