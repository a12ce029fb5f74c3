/**
 * The placeholders a message template may use, shared by the editor (hints, instant feedback) and
 * the API (which refuses a template naming any other with 422).
 */
export const PLACEHOLDERS = [
  'candidate.firstName',
  'candidate.lastName',
  'offer.title',
  'offer.reference',
  'offer.city',
  'company.name',
  'interview.startsAt',
  'interview.location',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PATTERN = /\{([^{}\s]+)\}/g;

/** Every `{name}` in a text, in order of appearance, without repeats. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PATTERN)].map((m) => m[1]))];
}

export function unknownPlaceholders(text: string): string[] {
  return placeholdersIn(text).filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
}

/** Replaces each known placeholder with its value; values are plain text, never re-expanded. */
export function fillPlaceholders(text: string, values: Partial<Record<Placeholder, string>>): string {
  return text.replace(PATTERN, (whole, name: string) =>
    name in values ? (values[name as Placeholder] ?? '') : whole,
  );
}

/**
 * Whether a template speaks of an interview: the API renders it only for an application with one
 * booked (planned), and refuses it otherwise.
 */
export function needsInterview(template: { subject: string; body: string }): boolean {
  return placeholdersIn(`${template.subject}\n${template.body}`).some((name) =>
    name.startsWith('interview.'),
  );
}
