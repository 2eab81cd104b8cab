/**
 * The live preview: an `<article-graph>` beside the text, given the graph being made a moment after
 * each change (several quick changes make one redraw). Its code is a chunk fetched once the editor is
 * on screen. Entities dragged in the preview, or arranged by a layout, keep their new places in the
 * graph.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Core, EventObject } from 'cytoscape';
import type { ArticleGraphElement } from '../article-graph/article-graph';
import type { SerializedArticleGraph } from '../../model/types';

type Parts = typeof import('./preview-parts');

let parts: Promise<Parts> | undefined;

/** `<article-graph>` and the type colours, fetched once per page (again after a failure). */
function previewParts(): Promise<Parts> {
  parts ??= import('./preview-parts');
  parts.catch(() => (parts = undefined));
  return parts;
}

/** How long after a change the preview is redrawn, in ms. */
const SETTLE = 250;

export class PreviewController implements ReactiveController {
  /** Entity type -> colour, once the preview's code is here. */
  colours = new Map<string, string>();
  /** The preview's code could not be fetched. */
  failed = false;
  loaded = false;
  private module: Parts | undefined;
  private shown: SerializedArticleGraph | undefined;
  private pending: SerializedArticleGraph | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listened = new WeakSet<Core>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: {
      element: () => ArticleGraphElement | null | undefined;
      /** Entities moved in the preview, by key. */
      moved: (positions: Map<string, { x: number; y: number }>, label: string) => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.load();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  async load(): Promise<void> {
    try {
      this.module = await previewParts();
      this.loaded = true;
      this.failed = false;
    } catch {
      this.failed = true;
    }
    this.host.requestUpdate();
  }

  /** Shows a graph in the preview soon; the colours follow at once. */
  show(graph: SerializedArticleGraph): void {
    if (this.module) this.colours = this.module.typeColours(graph);
    if (graph === this.shown || graph === this.pending) return;
    this.pending = graph;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.shown ? SETTLE : 0);
  }

  /** A graph the preview already shows as it is (its own positions written back): no redraw. */
  adopt(graph: SerializedArticleGraph): void {
    this.shown = graph;
  }

  /** Runs the force-directed layout in the preview and keeps the places it gives. */
  async arrange(): Promise<void> {
    const element = this.options.element();
    if (!element?.cy) return;
    await element.runLayout('fcose');
    this.options.moved(positionsOf(element.cy), 'Arrange the graph');
  }

  private flush(): void {
    const element = this.options.element();
    const graph = this.pending;
    if (!element || !graph || !customElements.get('article-graph')) {
      // Not there yet: tried again on the next update.
      if (graph) this.timer = setTimeout(() => this.flush(), SETTLE);
      return;
    }
    this.pending = undefined;
    this.shown = graph;
    element.graph = graph;
    this.listen(element);
    element.addEventListener('ag-ready', () => this.listen(element), { once: true });
  }

  /** Keeps what is dragged where it is dropped (one listener per Cytoscape core). */
  private listen(element: ArticleGraphElement): void {
    const cy = element.cy;
    if (!cy || this.listened.has(cy)) return;
    this.listened.add(cy);
    cy.on('dragfree', 'node', (event: EventObject) => {
      const node = event.target;
      const position = node.position();
      this.options.moved(new Map([[String(node.data('key') ?? node.id()), { x: position.x, y: position.y }]]), `Move ${node.data('label') ?? node.id()}`);
    });
  }
}

function positionsOf(cy: Core): Map<string, { x: number; y: number }> {
  return new Map(cy.nodes().map((node) => [String(node.data('key') ?? node.id()), { ...node.position() }]));
}
