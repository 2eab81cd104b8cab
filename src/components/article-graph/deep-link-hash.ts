/**
 * The view of an <article-graph> written into a URL hash and read back from it. Parameters are
 * prefixed with the element's id (or `ag`); anything else in the hash is kept as it is. Loaded by
 * the deep-link controller only for elements that ask for a deep link.
 */
import type { SelectionKind } from '../../events/events';

export interface LinkedView {
  selection: { kind: SelectionKind; key: string } | null;
  hiddenRelations: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  focusDepth: number;
}

const FIELDS = ['select', 'hide', 'hide-types', 'focus'] as const;
type Field = (typeof FIELDS)[number];

function splitHash(hash: string): string[] {
  return hash.replace(/^#/, '').split('&').filter(Boolean);
}

/** The field a hash part holds for `prefix`: its name is exactly `prefix.field` (so `g` never reads `g.x`'s parts). */
function fieldOf(part: string, prefix: string): Field | undefined {
  const at = part.indexOf('=');
  const name = at < 0 ? part : part.slice(0, at);
  const field = name.startsWith(`${prefix}.`) ? name.slice(prefix.length + 1) : undefined;
  return (FIELDS as readonly string[]).includes(field ?? '') ? (field as Field) : undefined;
}

/** A percent-encoded value, or undefined when it is not valid percent-encoding. */
function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/**
 * The view stored under `prefix` in a URL hash; undefined when the hash holds none. A part that is
 * not valid percent-encoding is left out and named to `ignored`, the rest is read.
 */
export function parseViewHash(hash: string, prefix: string, ignored: (part: string) => void = () => {}): LinkedView | undefined {
  const values = new Map<Field, string[]>();
  for (const part of splitHash(hash)) {
    const field = fieldOf(part, prefix);
    if (!field) continue;
    const at = part.indexOf('=');
    // Lists are encoded item by item, so a key holding a comma survives.
    const items = (at < 0 ? '' : part.slice(at + 1)).split(',').map(decode);
    if (items.some((item) => item === undefined)) {
      ignored(part);
      continue;
    }
    values.set(field, items as string[]);
  }
  if (values.size === 0) return undefined;
  const list = (field: Field) => new Set((values.get(field) ?? []).filter(Boolean));
  const select = (values.get('select') ?? []).join(',');
  const colon = select.indexOf(':');
  const kind = select.slice(0, colon);
  const focus = Number(values.get('focus')?.[0] ?? 0);
  return {
    selection: colon > 0 && (kind === 'node' || kind === 'edge') ? { kind, key: select.slice(colon + 1) } : null,
    hiddenRelations: list('hide'),
    hiddenTypes: list('hide-types'),
    focusDepth: Number.isInteger(focus) && focus > 0 && focus <= MAX_FOCUS ? focus : 0,
  };
}

/** The deepest focus a link may ask for (the focus bar offers up to 3 hops). */
const MAX_FOCUS = 3;

/** `hash` with the view stored under `prefix`, every other part (other elements' and the page's own) kept in place. */
export function writeViewHash(hash: string, prefix: string, view: LinkedView): string {
  const others = splitHash(hash).filter((part) => fieldOf(part, prefix) === undefined);
  const encode = (values: Iterable<string>) => [...values].map(encodeURIComponent).join(',');
  const mine: string[] = [];
  if (view.selection) mine.push(`${prefix}.select=${view.selection.kind}:${encodeURIComponent(view.selection.key)}`);
  if (view.hiddenRelations.size > 0) mine.push(`${prefix}.hide=${encode(view.hiddenRelations)}`);
  if (view.hiddenTypes.size > 0) mine.push(`${prefix}.hide-types=${encode(view.hiddenTypes)}`);
  if (view.selection && view.focusDepth > 0) mine.push(`${prefix}.focus=${view.focusDepth}`);
  const parts = [...others, ...mine];
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}
