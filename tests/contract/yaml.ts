/**
 * A minimal YAML writer for the OpenAPI document: block style for objects and arrays, JSON-quoted
 * strings (always valid YAML), so the output is stable and reviewable in diffs.
 */
const PLAIN_KEY = /^[A-Za-z_$][\w$.-]*$/;

function scalar(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return 'null';
  return String(value);
}

function isEmpty(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

function lines(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (typeof item !== 'object' || item === null || isEmpty(item))
        return [`${indent}- ${isEmpty(item) ? (Array.isArray(item) ? '[]' : '{}') : scalar(item)}`];
      const [first, ...rest] = lines(item, `${indent}  `);
      return [`${indent}- ${first.trimStart()}`, ...rest];
    });
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => {
    const name = PLAIN_KEY.test(key) ? key : JSON.stringify(key);
    if (typeof child !== 'object' || child === null) return [`${indent}${name}: ${scalar(child)}`];
    if (isEmpty(child)) return [`${indent}${name}: ${Array.isArray(child) ? '[]' : '{}'}`];
    return [`${indent}${name}:`, ...lines(child, `${indent}  `)];
  });
}

export function toYaml(document: Record<string, unknown>): string {
  return `${lines(document, '').join('\n')}\n`;
}
