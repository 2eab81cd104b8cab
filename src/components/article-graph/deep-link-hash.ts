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

function splitHash(hash: string): string[] {
  return hash.replace(/^#/, '').split('&').filter(Boolean);
}

/** The view stored under `prefix` in a URL hash; undefined when the hash holds none. */
export function parseViewHash(hash: string, prefix: string): LinkedView | undefined {
  const values = new Map<string, string>();
  for (const part of splitHash(hash)) {
    const at = part.indexOf('=');
    const name = at < 0 ? part : part.slice(0, at);
    if (!name.startsWith(`${prefix}.`)) continue;
    values.set(name.slice(prefix.length + 1), decodeURIComponent(at < 0 ? '' : part.slice(at + 1)));
  }
  if (!FIELDS.some((field) => values.has(field))) return undefined;
  const list = (value: string | undefined) => new Set((value ?? '').split(',').filter(Boolean));
  const select = values.get('select') ?? '';
  const colon = select.indexOf(':');
  const kind = select.slice(0, colon);
  const focus = Number(values.get('focus') ?? 0);
  return {
    selection: colon > 0 && (kind === 'node' || kind === 'edge') ? { kind, key: select.slice(colon + 1) } : null,
    hiddenRelations: list(values.get('hide')),
    hiddenTypes: list(values.get('hide-types')),
    focusDepth: Number.isInteger(focus) && focus > 0 ? focus : 0,
  };
}

/** `hash` with the view stored under `prefix`, every other part kept in place. */
export function writeViewHash(hash: string, prefix: string, view: LinkedView): string {
  const others = splitHash(hash).filter((part) => !part.startsWith(`${prefix}.`));
  const encode = (values: Iterable<string>) => [...values].map(encodeURIComponent).join(',');
  const mine: string[] = [];
  if (view.selection) mine.push(`${prefix}.select=${view.selection.kind}:${encodeURIComponent(view.selection.key)}`);
  if (view.hiddenRelations.size > 0) mine.push(`${prefix}.hide=${encode(view.hiddenRelations)}`);
  if (view.hiddenTypes.size > 0) mine.push(`${prefix}.hide-types=${encode(view.hiddenTypes)}`);
  if (view.selection && view.focusDepth > 0) mine.push(`${prefix}.focus=${view.focusDepth}`);
  const parts = [...others, ...mine];
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}
