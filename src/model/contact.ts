/**
 * An e-mail address as the API and the forms accept it: ASCII only, so a letter of another script
 * that looks like a Latin one (a Cyrillic "і" in "recruіter@acme.test") cannot pass for a
 * colleague's address; a local part of dot-separated atoms (no quotes, no leading, trailing or
 * double dot); a domain of letters, digits and hyphens ending in a top-level domain of two letters
 * or more, without the trailing dot that would make a second spelling of the same address.
 */
const EMAIL_ADDRESS =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

/**
 * At most 254 characters, a local part of 64 and domain labels of 63 at most (RFC 5321, 1035); no
 * punycode label (`xn--`), which a mail client shows decoded: a lookalike in another script again.
 */
export function isEmailAddress(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 254 || !EMAIL_ADDRESS.test(value)) return false;
  const [local, domain] = value.split('@');
  const labels = domain.split('.');
  return local.length <= 64 && labels.every((label) => label.length <= 63 && !/^xn--/i.test(label));
}

/** FR (+33 or 0, nine digits) and UK (+44 or 0, ten digits) numbers, with usual separators. */
export function isPhone(value: string): boolean {
  const compact = value.replace(/[\s.\-()]/g, '');
  return /^(\+33|0033|0)[1-9]\d{8}$/.test(compact) || /^(\+44|0044|0)[1-9]\d{8,9}$/.test(compact);
}
