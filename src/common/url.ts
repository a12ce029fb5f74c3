const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Only http, https and mailto links are ever rendered (a stored `javascript:` URL must stay text). */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim());
    return SAFE_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null; // relative or malformed: not a link we trust
  }
}
