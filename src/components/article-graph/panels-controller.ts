/**
 * Where the panels of one host are. On wide boxes they are columns beside the graph, each of which
 * can be closed: the legend opens by default where the graph keeps room beside it, the details
 * open with a selection, and the article takes the legend's column while it is open. On narrow
 * boxes they are sheets over the graph, one at a time: from the bottom on a box taller than wide,
 * from the side otherwise (the CSS decides which, from the box's own shape), so that what was
 * chosen stays in sight above or beside them. Follows the host's width and its `panels` attribute.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef, ref, type Ref } from 'lit/directives/ref.js';
import { paragraphsOf } from '../../model/queries';
import { elementsOf } from '../../view/apply-view';
import { drawnView } from '../../view/view-state';
import type { CytoscapeController } from './cytoscape-controller';
import { shownPanels } from './declarative';
import type { ViewController } from './view-controller';

export type Panel = 'legend' | 'details' | 'reader';

export const PANELS: readonly Panel[] = ['legend', 'details', 'reader'];

/** Below this width (px) the panels become sheets over the graph. */
export const NARROW = 960;

/** From this width (px) the legend is open at first: the graph keeps room beside it and the details. */
export const LEGEND_OPEN_FROM = 1080;

const LABELS: Record<Panel, string> = { legend: 'legend', details: 'details', reader: 'article' };

/** How much of the stage a sheet covers, on each side, in px. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

export interface PanelsHost extends ReactiveControllerHost, HTMLElement {
  /** Panels to show, separated by spaces; unset shows them all. */
  panels: string | undefined;
}

export class PanelsController implements ReactiveController {
  /** The box is narrower than `NARROW`: panels are sheets. */
  narrow = false;
  /** Panels open: columns on a wide box; on a narrow one only the last opened is shown. */
  private open = new Set<Panel>();
  /** The sheet shown on a narrow box. */
  private sheet: Panel | null = null;
  /** The box has been measured once: the legend's first state is set from its width. */
  private measured = false;
  private readonly elements: Record<Panel, Ref<HTMLElement>> = { legend: createRef(), details: createRef(), reader: createRef() };

  private readonly sizeObserver = new ResizeObserver((entries) => {
    const width = entries[entries.length - 1]?.contentRect.width ?? 0;
    if (width <= 0) return;
    if (!this.measured) {
      this.measured = true;
      if (width >= LEGEND_OPEN_FROM) this.open.add('legend');
      this.host.requestUpdate();
    }
    if (width < NARROW !== this.narrow) {
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

  hostConnected(): void {
    this.sizeObserver.observe(this.host);
  }

  hostDisconnected(): void {
    this.sizeObserver.disconnect();
  }

  /** Whether the graph has a source text to read beside it. */
  get hasArticle(): boolean {
    return this.view.graph !== undefined && paragraphsOf(this.view.graph).length > 0;
  }

  /** Whether the `panels` attribute lets the panel appear at all. */
  allowed(panel: Panel): boolean {
    return shownPanels<Panel>(this.host.panels, PANELS).has(panel) && (panel !== 'reader' || this.hasArticle);
  }

  hidden(panel: Panel): boolean {
    if (!this.allowed(panel)) return true;
    if (this.narrow) return this.sheet !== panel;
    // The article takes the legend's column while it is open.
    if (panel === 'legend' && this.open.has('reader') && this.allowed('reader')) return true;
    return !this.open.has(panel);
  }

  /** Whether the article is in view, as a sheet or a column. */
  get readerOpen(): boolean {
    return !this.hidden('reader');
  }

  toggle(panel: Panel): void {
    if (this.narrow) this.setSheet(this.sheet === panel ? null : panel);
    // The legend asked for while the article has its column: the article makes way.
    else if (panel === 'legend' && this.hidden('legend') && this.open.has('legend')) this.setOpen('reader', false);
    else this.setOpen(panel, !this.open.has(panel));
  }

  close(panel: Panel): void {
    if (this.narrow) {
      if (this.sheet === panel) this.setSheet(null);
    } else this.setOpen(panel, false);
  }

  /** Opens or closes the article; on a wide box the stage changes width, and the graph is fitted to it again. */
  readonly toggleReader = async (): Promise<void> => {
    this.toggle('reader');
    if (this.narrow) return;
    await this.host.updateComplete;
    this.cytoscape.cy?.resize();
    this.cytoscape.frame();
  };

  /** The details open with a selection and close with it; what is selected is kept in sight beside the panels. */
  selectionChanged(): void {
    if (!this.view.state.selection) return this.cleared();
    this.selected();
    // Once the details (or the article) have opened, what was chosen is brought out from under them.
    void this.host.updateComplete.then(() => requestAnimationFrame(() => requestAnimationFrame(() => this.revealSelection())));
  }

  /** Brings what is selected (an entity, or a relationship and its two ends) out from under the panels. */
  private revealSelection(): void {
    const cy = this.cytoscape.cy;
    const graph = this.view.graph;
    const visible = this.view.visible();
    if (!cy || !graph || !visible || this.cytoscape.building) return;
    const { nodes, edges } = drawnView(graph, this.view.state, { visible, fadeOnHover: false }).selected;
    this.cytoscape.reveal(elementsOf(cy, { nodes: [...nodes, ...[...edges].flatMap((edge) => graph.extremities(edge))], edges }));
  }

  /** Something was selected: its details open, unless the article is open as a sheet (its marks answer). */
  private selected(): void {
    if (!this.allowed('details')) return;
    if (this.narrow) {
      if (this.sheet !== 'reader') this.setSheet('details');
    } else this.setOpen('details', true);
  }

  /** The selection was cleared: the details it opened close. */
  private cleared(): void {
    if (this.narrow) {
      if (this.sheet === 'details') this.setSheet(null);
    } else this.setOpen('details', false);
  }

  /** Story mode shows the paragraph alongside: in the article column when there is room, else in the bar. */
  storyStarted(): void {
    if (this.narrow) this.setSheet(null);
    else this.setOpen('reader', true);
  }

  /** A new graph: without a source text there is no article to show. */
  graphChanged(): void {
    if (this.hasArticle) return;
    this.open.delete('reader');
    if (this.sheet === 'reader') this.sheet = null;
    this.host.requestUpdate();
  }

  /** The sheet shown over the graph on a narrow box, if any. */
  get openSheet(): Panel | null {
    return this.narrow ? this.sheet : null;
  }

  /** A panel: a column beside the graph or a sheet over it, with its close button. */
  renderPanel(panel: Panel, label: string, content: TemplateResult) {
    return html`<aside class="panel ${panel}" part=${panel} aria-label=${label} ?hidden=${this.hidden(panel)} ${ref(this.elements[panel])}>
      <div class="panel-head">
        <button type="button" class="panel-close" aria-label="Close ${panel}" title="Close the ${LABELS[panel]}" @click=${() => this.close(panel)}>✕</button>
      </div>
      ${content}
    </aside>`;
  }

  /** How much of `stage` the open sheet covers (none on wide boxes, where panels are beside it). */
  insets(stage: DOMRect): Insets {
    const sheet = this.openSheet;
    const element = sheet ? this.elements[sheet].value : undefined;
    if (!element || element.hidden) return NO_INSETS;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return NO_INSETS;
    // A sheet from the bottom starts below the stage's top; one from the side covers it top to bottom.
    if (box.top > stage.top + 8) return { ...NO_INSETS, bottom: Math.max(0, stage.bottom - box.top) };
    return { ...NO_INSETS, right: Math.max(0, stage.right - box.left) };
  }

  /** A toolbar button that opens and closes a panel; nothing when the panel cannot appear. */
  renderToggle(panel: Panel, content: unknown, label: string, title: string, onClick: () => unknown = () => this.toggle(panel)) {
    if (!this.allowed(panel)) return nothing;
    return html`<button type="button" class="panel-toggle" data-panel=${panel} aria-label=${label} title=${title} aria-pressed=${String(!this.hidden(panel))} @click=${onClick}>${content}</button>`;
  }

  private setOpen(panel: Panel, open: boolean): void {
    if (this.open.has(panel) === open) return;
    if (open) this.open.add(panel);
    else this.open.delete(panel);
    this.host.requestUpdate();
  }

  private setSheet(sheet: Panel | null): void {
    if (sheet === this.sheet) return;
    this.sheet = sheet;
    this.host.requestUpdate();
  }
}
