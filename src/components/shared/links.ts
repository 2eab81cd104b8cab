/**
 * Links found in data are followed only when they are web addresses: a `javascript:` or `data:` URL
 * in a hand-edited graph must never become a clickable link.
 */

/** The URL as an absolute http(s) address, or undefined when it is anything else. */
export function webUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
