/**
 * Checks a JSON value against the subset of JSON Schema the generated OpenAPI document uses (type,
 * enum, min/max, formats date and date-time, items, properties, required): returns the problems, empty when it
 * conforms. Used to prove the document describes what the API really answers.
 */
type Schema = Record<string, unknown>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export function checkSchema(schema: Schema, value: unknown, path = '$'): string[] {
  const types = schema.type === undefined ? [] : ([] as unknown[]).concat(schema.type);
  const actual = typeOf(value);
  if (types.length > 0 && !types.includes(actual) && !(actual === 'integer' && types.includes('number')))
    return [`${path}: ${actual} is not ${types.join('|')}`];
  const problems: string[] = [];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    problems.push(`${path}: ${String(value)} not in enum`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) problems.push(`${path}: below minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) problems.push(`${path}: above maximum`);
  }
  if (typeof value === 'string') {
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength)
      problems.push(`${path}: too long`);
    if (schema.format === 'date' && !DATE.test(value)) problems.push(`${path}: not a date`);
    if (schema.format === 'date-time' && Number.isNaN(Date.parse(value)))
      problems.push(`${path}: not a date-time`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value))
      problems.push(`${path}: does not match ${schema.pattern}`);
  }
  if (Array.isArray(value) && schema.items)
    value.forEach((item, i) => {
      problems.push(...checkSchema(schema.items as Schema, item, `${path}[${i}]`));
    });
  if (actual === 'object' && Array.isArray(schema.required))
    for (const key of schema.required as string[])
      if (!(key in (value as Record<string, unknown>))) problems.push(`${path}.${key}: missing`);
  if (actual === 'object' && schema.properties) {
    const properties = schema.properties as Record<string, Schema>;
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (!properties[key]) problems.push(`${path}.${key}: not in the document`);
      else problems.push(...checkSchema(properties[key], child, `${path}.${key}`));
    }
  }
  return problems;
}
