/**
 * Mirrors the view of one <article-graph> (selection, hidden relations and types, focus depth) in
 * the page's URL hash, and restores it from there, so that a view can be shared as a link.
 * Parameters are prefixed with the element's id (or `ag`), so several instances and the page's own
 * hash parameters live side by side; anything else in the hash is kept as it is.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SelectionKind } from '../../events/events';

export interface LinkedView {
  selection: { kind: SelectionKind; key: string } | null;
  hiddenRelations: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  focusDepth: number;
}

export interface DeepLinkCallbacks {
  /** Whether the host asks for the deep link (its `deep-link` attribute). */
  enabled: () => boolean;
  /** The view as it is now; undefined while no graph is shown. */
  read: () => LinkedView | undefined;
  /** Shows a view read from the hash. */
  restore: (view: LinkedView) => void;
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

export class DeepLinkController implements ReactiveController {
  /** Set once the hash has been read for the current graph: from then on the view is written back. */
  private restored = false;
  private readonly onHashChange = () => {
    if (!this.callbacks.enabled() || !this.restored) return;
    const view = parseViewHash(location.hash, this.prefix);
    if (view) this.callbacks.restore(view);
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: DeepLinkCallbacks,
  ) {
    host.addController(this);
  }

  private get prefix(): string {
    return this.host.id || 'ag';
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    this.restored = false;
  }

  /** A graph has been drawn: show the view the hash holds, if any, and start mirroring. */
  graphShown(): void {
    this.restored = false;
    if (!this.callbacks.enabled()) return;
    const view = parseViewHash(location.hash, this.prefix);
    if (view) this.callbacks.restore(view);
    this.restored = true;
  }

  hostUpdated(): void {
    if (!this.callbacks.enabled() || !this.restored) return;
    const view = this.callbacks.read();
    if (!view) return;
    const hash = writeViewHash(location.hash, this.prefix, view);
    if (hash === location.hash || (hash === '' && location.hash === '#')) return;
    // replaceState: following the view must not fill the history with every click.
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }
}
