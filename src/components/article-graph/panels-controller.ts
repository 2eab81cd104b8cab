/**
 * Where the panels of one host are: beside the graph on wide boxes (the article takes the legend's
 * column while it is open), drawers over it on narrow ones, one at a time. Follows the host's width
 * and its `panels` attribute.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { paragraphsOf } from '../../model/queries';
import type { CytoscapeController } from './cytoscape-controller';
import { shownPanels } from './declarative';
import type { ViewController } from './view-controller';

export type Panel = 'legend' | 'details' | 'reader';

export const PANELS: readonly Panel[] = ['legend', 'details', 'reader'];

/** Below this width (px) the panels become drawers. */
export const NARROW = 960;

export interface PanelsHost extends ReactiveControllerHost, HTMLElement {
  /** Panels to show, separated by spaces; unset shows them all. */
  panels: string | undefined;
}

export class PanelsController implements ReactiveController {
  /** The box is narrower than `NARROW`: panels are drawers. */
  narrow = false;
  /** The drawer open on a narrow box. */
  drawer: Panel | null = null;
  /** The article panel is open (wide boxes; narrow ones use `drawer`). */
  reading = false;

  private readonly sizeObserver = new ResizeObserver((entries) => {
    const width = entries[entries.length - 1]?.contentRect.width ?? 0;
    if (width > 0 && width < NARROW !== this.narrow) {
      this.narrow = width < NARROW;
      this.host.requestUpdate();
    }
  });

  constructor(
    private readonly host: PanelsHost,
    private readonly view: ViewController,
    private readonly cytoscape: CytoscapeController,
  ) {
    host.addController(this);
  }

  /** Whether the graph has a source text to read beside it. */
  get hasArticle(): boolean {
    return this.view.graph !== undefined && paragraphsOf(this.view.graph).length > 0;
  }

  hostConnected(): void {
    this.sizeObserver.observe(this.host);
  }

  hostDisconnected(): void {
    this.sizeObserver.disconnect();
  }

  hidden(panel: Panel): boolean {
    if (!shownPanels<Panel>(this.host.panels, PANELS).has(panel)) return true;
    if (this.narrow) return this.drawer !== panel;
    if (panel === 'reader') return !this.reading || !this.hasArticle;
    if (panel === 'legend') return this.reading && this.hasArticle;
    return false;
  }

  /** Whether the article is in view, as a drawer or a panel. */
  get readerOpen(): boolean {
    return this.narrow ? this.drawer === 'reader' : this.reading;
  }

  toggle(panel: Panel): void {
    this.setDrawer(this.drawer === panel ? null : panel);
  }

  close(): void {
    this.setDrawer(null);
  }

  /** Opens or closes the article; on a wide box the stage changes width, and the graph is fitted to it again. */
  readonly toggleReader = async (): Promise<void> => {
    if (this.narrow) return this.toggle('reader');
    this.reading = !this.reading;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.cytoscape.cy?.resize();
    this.cytoscape.frame();
  };

  /** Something was selected: on a narrow box its details open, unless the article is open (its marks answer). */
  selected(): void {
    if (this.narrow && this.drawer !== 'reader') this.setDrawer('details');
  }

  /** Story mode shows the paragraph alongside: in the article panel when there is room, else in the bar. */
  storyStarted(): void {
    if (this.narrow) this.close();
    else if (!this.reading) {
      this.reading = true;
      this.host.requestUpdate();
    }
  }

  /** A new graph: without a source text there is no article to show. */
  graphChanged(): void {
    if (this.hasArticle) return;
    this.reading = false;
    if (this.drawer === 'reader') this.drawer = null;
    this.host.requestUpdate();
  }

  /** The close button of a drawer, on narrow boxes. */
  renderHead(panel: Panel) {
    return this.narrow ? html`<div class="panel-head"><button type="button" aria-label="Close ${panel}" @click=${() => this.close()}>✕</button></div>` : nothing;
  }

  private setDrawer(drawer: Panel | null): void {
    if (drawer === this.drawer) return;
    this.drawer = drawer;
    this.host.requestUpdate();
  }
}
