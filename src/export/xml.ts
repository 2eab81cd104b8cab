/**
 * Text into XML (the SVG export): the one place data becomes markup. Characters XML 1.0 forbids
 * (C0 controls other than tab, line feed and carriage return; lone surrogates; U+FFFE and U+FFFF)
 * are dropped, and the five markup characters escaped, so a file is well-formed whatever its labels
 * hold. Escaping goes through a replacer function: text from the data is never a replacement pattern.
 */

/** Everything outside XML 1.0's Char production; with the `u` flag a lone surrogate is one code point of its own. */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** `text` as XML character data or an attribute value (either quote). */
export function escapeXml(text: string): string {
  return String(text)
    .replace(FORBIDDEN, '')
    .replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}
