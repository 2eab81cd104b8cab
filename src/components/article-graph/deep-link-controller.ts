/**
 * Mirrors the view of one <article-graph> (selection, hidden relations and types, focus depth) in
 * the page's URL hash, and restores it from there, so that a view can be shared as a link.
 * Parameters are prefixed with the element's id (or `ag`), so several instances and the page's own
 * hash parameters live side by side; the format is in deep-link-hash.ts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LinkedView } from './deep-link-hash';

export interface DeepLinkCallbacks {
  /** Whether the host asks for the deep link (its `deep-link` attribute). */
  enabled: () => boolean;
  /** The view as it is now; undefined while no graph is shown. */
  read: () => LinkedView | undefined;
  /** Shows a view read from the hash. */
  restore: (view: LinkedView) => void;
}

type HashFormat = typeof import('./deep-link-hash');

let hashFormat: Promise<HashFormat> | undefined;
/** The hash format's code, fetched once per page and only for elements with a deep link. */
function loadHashFormat(): Promise<HashFormat> {
  hashFormat ??= import('./deep-link-hash');
  hashFormat.catch(() => (hashFormat = undefined));
  return hashFormat;
}

export class DeepLinkController implements ReactiveController {
  /** Set once the hash has been read for the current graph: from then on the view is written back. */
  private restored = false;
  private format: HashFormat | undefined;
  private readonly onHashChange = () => {
    if (!this.callbacks.enabled() || !this.restored || !this.format) return;
    const view = this.format.parseViewHash(location.hash, this.prefix);
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

  /** Loads the hash format if the host asks for a deep link; `graphShown` needs it. */
  async prepare(): Promise<void> {
    if (this.callbacks.enabled()) this.format ??= await loadHashFormat();
  }

  /** A graph has been drawn (and `prepare` awaited): show the view the hash holds, if any, and start mirroring. */
  graphShown(): void {
    this.restored = false;
    if (!this.callbacks.enabled() || !this.format) return;
    const view = this.format.parseViewHash(location.hash, this.prefix);
    if (view) this.callbacks.restore(view);
    this.restored = true;
  }

  hostUpdated(): void {
    if (!this.callbacks.enabled() || !this.restored || !this.format) return;
    const view = this.callbacks.read();
    if (!view) return;
    const hash = this.format.writeViewHash(location.hash, this.prefix, view);
    if (hash === location.hash || (hash === '' && location.hash === '#')) return;
    // replaceState: following the view must not fill the history with every click.
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }
}
