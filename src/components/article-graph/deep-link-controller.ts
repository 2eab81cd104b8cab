/**
 * Mirrors the view of one <article-graph> (selection, hidden relations and types, focus depth) in
 * the page's URL hash, and restores it from there, so that a view can be shared as a link.
 * Parameters are prefixed with the element's id (or `ag`), so several instances and the page's own
 * hash parameters live side by side; the format is in deep-link-hash.ts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Selection } from '../../view/view-state';
import type { LinkedView } from './deep-link-hash';
import type { ViewController } from './view-controller';

/** The host's attribute that asks for the deep link, and the public methods a linked view is shown with. */
export interface DeepLinkHost extends ReactiveControllerHost, HTMLElement {
  deepLink: boolean;
  select(selection: Selection | null): void;
  focusNode(key: string, depth?: number): Promise<void>;
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
    if (!this.host.deepLink || !this.restored || !this.format) return;
    const view = this.format.parseViewHash(location.hash, this.prefix, this.ignored);
    if (view) this.restore(view);
  };

  /** A part of the hash that could not be read is left out, with a word to the page's developer. */
  private readonly ignored = (part: string) => console.warn(`<article-graph id="${this.host.id}">: the deep link "${part}" is not valid percent-encoding; it is ignored.`);

  constructor(
    private readonly host: DeepLinkHost,
    private readonly view: ViewController,
  ) {
    host.addController(this);
  }

  /** Shows a view read from the hash. */
  private restore(linked: LinkedView): void {
    const { hiddenRelations, hiddenTypes, selection, focusDepth } = linked;
    this.view.update((state) => ({ ...state, hiddenRelations, hiddenTypes }));
    if (selection && focusDepth > 0 && selection.kind === 'node') void this.host.focusNode(selection.key, focusDepth);
    else this.host.select(selection);
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
    if (this.host.deepLink) this.format ??= await loadHashFormat();
  }

  /** A graph has been drawn (and `prepare` awaited): show the view the hash holds, if any, and start mirroring. */
  graphShown(): void {
    this.restored = false;
    if (!this.host.deepLink || !this.format) return;
    const view = this.format.parseViewHash(location.hash, this.prefix, this.ignored);
    if (view) this.restore(view);
    this.restored = true;
  }

  hostUpdated(): void {
    if (!this.host.deepLink || !this.restored || !this.format || !this.view.graph) return;
    const { selection, hiddenRelations, hiddenTypes, focusDepth } = this.view.state;
    const hash = this.format.writeViewHash(location.hash, this.prefix, { selection, hiddenRelations, hiddenTypes, focusDepth });
    if (hash === location.hash || (hash === '' && location.hash === '#')) return;
    // replaceState: following the view must not fill the history with every click.
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }
}
