import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Core, EdgeSingular, SingularElementReturnValue } from 'cytoscape';
import { GraphLoadError, loadGraph, type GraphInput } from '../../model/load';
import { filterElements, neighbourhood, nodeLabel, type ElementSet } from '../../model/queries';
import type { ArticleGraph as Data, SerializedArticleGraph } from '../../model/types';
import type { Problem } from '../../model/validate';
import { agEvent, type SelectionKind } from '../../events/events';
import { encodingOf, type Encoding } from '../../view/encoding';
import { edgeElementId, hasPositions, toElements } from '../../view/elements';
import { LAYOUTS, isLayoutName, type LayoutName } from '../../view/layouts';
import { buildStylesheet, LIGHT_TOKENS, type ThemeTokens } from '../../view/stylesheet';
import type { LegendToggleDetail } from '../ag-legend/ag-legend';
import type { AgSearch } from '../ag-search/ag-search';
import { sharedStyles } from '../shared/shared.styles';
import { articleGraphStyles } from './article-graph.styles';
import { CytoscapeController } from './cytoscape-controller';
import { readThemeTokens } from './theme';
import type { ExportRequestDetail } from '../ag-export-menu/ag-export-menu';
import { download } from '../../export/download';
import { exportFileName } from '../../export/file-name';
import { jsonBlob, serializeShown } from '../../export/json';
import { ExportError, ExportedImage, renderPng, type ExportSource, type PngExportOptions } from '../../export/png';
import { renderSvg, svgBlob, type SvgExportOptions } from '../../export/svg';

export type Theme = 'light' | 'dark' | 'auto';
export type LayoutChoice = 'auto' | LayoutName;
export type Panel = 'legend' | 'details';

export interface Selection {
  kind: SelectionKind;
  key: string;
}

/** Loads the curated article dataset; a separate chunk, fetched only when no graph is given. */
const loadArticleDataset = () => import('../../../graph-data/article-graph.json').then((module) => module.default as unknown as SerializedArticleGraph);

/** Below this width (px) the panels become drawers. */
const NARROW = 760;

/**
 * An explorable knowledge graph of a news article, drawn with Cytoscape.js. With no `src` or `graph`
 * it shows the curated article graph; given either, it shows any graphology graph.
 *
 * @summary Explore a news article as a network of who does what to whom, with the evidence.
 *
 * @fires ag-ready - After each successful load, once the graph is drawn; detail `{ nodes, edges }`.
 * @fires ag-select - When the selection changes, also when it is cleared; detail `{ kind: 'node' | 'edge' | null, key }`.
 * @fires ag-error - When a graph cannot be loaded; detail `{ message, problems }`. The last good graph stays.
 *
 * @csspart toolbar - The bar with search, zoom and layout controls.
 * @csspart legend - The legend and filter panel.
 * @csspart details - The details panel.
 * @csspart stage - The area the graph is drawn in.
 * @csspart error - The error message shown over the graph.
 *
 * @cssprop --ag-background - Background of the component and the canvas. [=#ffffff]
 * @cssprop --ag-surface - Background of toolbars, inputs and cards. [=#f9fafb]
 * @cssprop --ag-text - Text and node label colour. [=#1f2937]
 * @cssprop --ag-muted - Secondary text. [=#4b5563]
 * @cssprop --ag-border - Borders and dividers. [=#d1d5db]
 * @cssprop --ag-accent - Selection and highlight colour. [=#b45309]
 * @cssprop --ag-focus - Keyboard focus ring. [=#2563eb]
 * @cssprop --ag-font-family - Font of the interface and the labels. [=system-ui]
 * @cssprop --ag-panel-width - Width of the side panels. [=300px]
 */
export class ArticleGraphElement extends LitElement {
  static override styles = [sharedStyles, articleGraphStyles];

  /** URL of a graphology JSON graph to show instead of the article graph. */
  @property({ reflect: true }) src: string | undefined;

  /** A graphology `Graph` or its serialized form; takes precedence over `src`. */
  @property({ attribute: false }) graph: GraphInput | undefined;

  /** Colour scheme: `light`, `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** Initial layout: `auto` uses the graph's own positions when every node has them, else `fcose`. */
  @property() layout: LayoutChoice = 'auto';

  /** Largest graph accepted, in nodes; a larger one is refused with a message naming the limit. */
  @property({ attribute: 'max-nodes', type: Number }) maxNodes = 100_000;

  /** How long to wait for `src` to answer, in milliseconds, before giving up with a message. */
  @property({ type: Number }) timeout = 15_000;

  @state() private data: Data | undefined;
  @state() private encoding: Encoding = { types: [], relations: [], certainties: [] };
  @state() private tokens: ThemeTokens = LIGHT_TOKENS;
  @state() private loading = false;
  @state() private failure: { message: string; problems: Problem[] } | undefined;
  @state() private selection: Selection | null = null;
  @state() private hovered: Selection | null = null;
  @state() private hiddenRelations: ReadonlySet<string> = new Set();
  @state() private hiddenTypes: ReadonlySet<string> = new Set();
  @state() private focusDepth = 0;
  @state() private narrow = false;
  @state() private drawer: Panel | null = null;
  @state() private currentLayout: LayoutName = 'preset';
  @state() private exporting = false;
  @state() private exportStatus = '';

  @query('.cy') private container!: HTMLElement;
  @query('ag-search') private search!: AgSearch;

  private readonly cytoscape = new CytoscapeController(this, {
    container: () => this.container,
    created: () => {
      if (this.data) void this.draw();
    },
    tap: (target) => {
      if (!target) this.select(null);
      else this.select({ kind: target.kind, key: this.keyOf(target.id) });
    },
    hover: (target) => {
      this.hovered = target && { kind: target.kind, key: this.keyOf(target.id) };
    },
  });

  private loadSequence = 0;
  private pendingLoad: AbortController | undefined;
  private readonly sizeObserver = new ResizeObserver((entries) => {
    const width = entries[entries.length - 1]?.contentRect.width ?? 0;
    if (width > 0) this.narrow = width < NARROW;
  });
  private readonly darkScheme = window.matchMedia('(prefers-color-scheme: dark)');
  private readonly onSchemeChange = () => this.restyle();

  /** The Cytoscape core, for advanced use. Undefined until the element is connected and drawn. */
  get cy(): Core | undefined {
    return this.cytoscape.cy;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.sizeObserver.observe(this);
    this.darkScheme.addEventListener('change', this.onSchemeChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sizeObserver.disconnect();
    this.darkScheme.removeEventListener('change', this.onSchemeChange);
    this.pendingLoad?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first update loads too: with neither `src` nor `graph` set, the article graph is shown.
    if (!this.hasUpdated || changed.has('src') || changed.has('graph')) void this.load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.restyle();
    const viewChanged = (['selection', 'hovered', 'hiddenRelations', 'hiddenTypes', 'focusDepth'] as const).some((key) =>
      changed.has(key as keyof ArticleGraphElement),
    );
    if (viewChanged) this.applyView();
  }

  // ---- Loading -------------------------------------------------------------------------------

  private async load(): Promise<void> {
    const sequence = ++this.loadSequence;
    this.pendingLoad?.abort();
    const controller = new AbortController();
    this.pendingLoad = controller;
    this.loading = true;
    try {
      const input = this.graph ?? this.src ?? (await loadArticleDataset());
      const data = await loadGraph(input, {
        signal: controller.signal,
        baseUrl: document.baseURI,
        maxNodes: this.maxNodes,
        timeout: this.timeout,
      });
      if (sequence !== this.loadSequence) return;
      this.failure = undefined;
      this.selection = null;
      this.hovered = null;
      this.focusDepth = 0;
      this.hiddenRelations = new Set();
      this.hiddenTypes = new Set();
      this.encoding = encodingOf(data);
      this.data = data;
      await this.updateComplete;
      await this.draw();
    } catch (error) {
      // A newer load has taken over: its outcome is the one to show.
      if (sequence !== this.loadSequence || controller.signal.aborted) return;
      const problems = error instanceof GraphLoadError ? error.problems : [];
      const message = error instanceof Error ? error.message : String(error);
      this.failure = { message, problems };
      this.dispatchEvent(agEvent('ag-error', { message, problems }));
    } finally {
      if (sequence === this.loadSequence) this.loading = false;
    }
  }

  private async draw(): Promise<void> {
    const data = this.data;
    if (!data || !this.cytoscape.cy) return;
    this.tokens = readThemeTokens(this);
    this.currentLayout = this.layout !== 'auto' && isLayoutName(this.layout) ? this.layout : hasPositions(data) ? 'preset' : 'fcose';
    await this.cytoscape.draw({
      elements: toElements(data, { ignorePositions: this.currentLayout !== 'preset' }),
      style: buildStylesheet(this.encoding, this.tokens),
      layout: this.currentLayout,
      animate: false,
    });
    if (data !== this.data) return;
    this.applyView();
    this.dispatchEvent(agEvent('ag-ready', { nodes: data.order, edges: data.size }));
  }

  private restyle(): void {
    const cy = this.cytoscape.cy;
    if (!cy || !this.data) return;
    this.tokens = readThemeTokens(this);
    cy.style(buildStylesheet(this.encoding, this.tokens));
  }

  // ---- View state -> Cytoscape classes -------------------------------------------------------

  private keyOf(id: string): string {
    return (this.cytoscape.cy?.getElementById(id).data('key') as string | undefined) ?? id;
  }

  private elementFor(selection: Selection): SingularElementReturnValue | undefined {
    const cy = this.cytoscape.cy;
    const data = this.data;
    if (!cy || !data) return undefined;
    const id = selection.kind === 'edge' ? edgeElementId(data, selection.key) : selection.key;
    const element = cy.getElementById(id);
    return element.length > 0 ? element : undefined;
  }

  /** What the filters and focus leave visible. */
  visibleElements(): ElementSet | undefined {
    const data = this.data;
    if (!data) return undefined;
    const focus = this.focusDepth > 0 && this.selection?.kind === 'node' ? neighbourhood(data, this.selection.key, this.focusDepth) : undefined;
    return filterElements(data, { hiddenRelations: this.hiddenRelations, hiddenTypes: this.hiddenTypes, onlyNodes: focus });
  }

  private applyView(): void {
    const cy = this.cytoscape.cy;
    const data = this.data;
    if (!cy || !data || cy.destroyed()) return;
    const visible = this.visibleElements()!;
    const hovered = this.hovered && this.elementFor(this.hovered);
    const selected = this.selection && this.elementFor(this.selection);
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.toggleClass('hidden', !visible.nodes.has(node.data('key')));
      });
      cy.edges().forEach((edge) => {
        edge.toggleClass('hidden', !visible.edges.has(edge.data('key')));
      });
      cy.elements().removeClass('faded highlighted labelled');
      if (hovered) {
        const near = hovered.isNode() ? hovered.closedNeighborhood() : (hovered as EdgeSingular).union((hovered as EdgeSingular).connectedNodes());
        cy.elements().not(near).addClass('faded');
        near.edges().addClass('highlighted labelled');
        if (hovered.isEdge()) hovered.addClass('highlighted labelled');
      }
      if (selected?.isNode()) selected.connectedEdges().addClass('labelled');
      cy.elements(':selected').unselect();
      selected?.select();
    });
  }

  // ---- Public methods ------------------------------------------------------------------------

  /** Selects a node or an edge by its graphology key, or clears the selection with `null`. */
  select(selection: Selection | null): void {
    const data = this.data;
    if (selection && (!data || !(selection.kind === 'node' ? data.hasNode(selection.key) : data.hasEdge(selection.key)))) {
      selection = null;
    }
    const same = selection?.kind === this.selection?.kind && selection?.key === this.selection?.key;
    if (!selection) this.focusDepth = 0;
    this.selection = selection;
    if (selection && this.narrow) this.drawer = 'details';
    if (!same) this.dispatchEvent(agEvent('ag-select', { kind: selection?.kind ?? null, key: selection?.key ?? null }));
  }

  /** Selects a node, centres the view on it and, with `depth`, shows only its neighbourhood. */
  async focusNode(key: string, depth = 0): Promise<void> {
    this.select({ kind: 'node', key });
    this.focusDepth = depth;
    await this.updateComplete;
    const element = this.elementFor({ kind: 'node', key });
    const cy = this.cytoscape.cy;
    if (!cy || !element) return;
    const target = depth > 0 ? cy.elements().not('.hidden') : element.closedNeighborhood();
    cy.stop();
    cy.animate({ fit: { eles: target, padding: 60 }, duration: 350, easing: 'ease-in-out-cubic' });
  }

  zoomIn(): void {
    this.zoomBy(1.3);
  }

  zoomOut(): void {
    this.zoomBy(1 / 1.3);
  }

  private zoomBy(factor: number): void {
    const cy = this.cytoscape.cy;
    if (!cy) return;
    cy.stop();
    cy.animate({
      zoom: { level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } },
      duration: 180,
    });
  }

  /** Fits what is visible into the view. */
  fit(): void {
    const cy = this.cytoscape.cy;
    if (!cy) return;
    cy.stop();
    cy.animate({ fit: { eles: cy.elements().not('.hidden'), padding: 40 }, duration: 250 });
  }

  /** Clears selection, filters and focus, restores the initial layout and fits. */
  async reset(): Promise<void> {
    this.select(null);
    this.hiddenRelations = new Set();
    this.hiddenTypes = new Set();
    this.focusDepth = 0;
    this.search?.clear();
    await this.updateComplete;
    await this.runLayout(this.layout !== 'auto' && isLayoutName(this.layout) ? this.layout : this.data && hasPositions(this.data) ? 'preset' : 'fcose');
  }

  /** Runs one of the automatic layouts (animated), then fits. */
  async runLayout(name: LayoutName): Promise<void> {
    const cy = this.cytoscape.cy;
    const data = this.data;
    if (!cy || !data) return;
    this.currentLayout = name;
    if (name === 'preset') {
      // The graph's own positions: put them back, since an earlier layout moved the nodes.
      cy.batch(() => {
        data.forEachNode((key, attributes) => {
          if (Number.isFinite(attributes.x) && Number.isFinite(attributes.y)) {
            cy.getElementById(key).position({ x: attributes.x as number, y: attributes.y as number });
          }
        });
      });
    }
    await this.cytoscape.runLayout(name, true);
  }

  // ---- Export ----------------------------------------------------------------------------------

  private exportSource(): ExportSource {
    const cy = this.cytoscape.cy;
    const graph = this.data;
    if (!cy || !graph) throw new ExportError('Nothing to export yet: the graph has not been drawn.');
    return { cy, graph, shown: this.visibleElements()!, encoding: this.encoding, tokens: this.tokens };
  }

  /**
   * A PNG of the whole graph (`scope: 'graph'`, default) or of the view, at `scale` 1 to 4, with an
   * optional `legend` and `caption`. The result is a Blob (an `ExportedImage`) whose `clamped` and
   * `notice` say when the scale was lowered to stay within the browser's canvas limits.
   */
  exportPng(options?: PngExportOptions): Promise<ExportedImage> {
    return Promise.resolve().then(() => renderPng(this.exportSource(), options));
  }

  /** An SVG of the whole graph or of the view: vector shapes, labels as text. */
  async exportSvg(options?: SvgExportOptions): Promise<Blob> {
    const { cy, graph } = this.exportSource();
    await document.fonts.ready;
    const title = graph.getAttribute('source')?.title ?? graph.getAttribute('title');
    return svgBlob(renderSvg(cy, { background: this.tokens.background, ...options, title: typeof title === 'string' ? title : undefined }));
  }

  /** The graphology serialization of what is shown (filters and focus applied), provenance and positions kept. */
  exportJson(): SerializedArticleGraph {
    const { cy, graph, shown } = this.exportSource();
    const positions = new Map(cy.nodes().map((node) => [node.data('key') as string, node.position()] as const));
    return serializeShown(graph, shown, { positions });
  }

  private async onExportRequest(event: CustomEvent<ExportRequestDetail>) {
    const { format, scope, scale } = event.detail;
    this.exporting = true;
    try {
      const blob =
        format === 'png'
          ? await this.exportPng({ scope, scale, legend: scope === 'graph', caption: scope === 'graph' })
          : format === 'svg'
            ? await this.exportSvg({ scope, scale })
            : jsonBlob(this.exportJson());
      const name = exportFileName(this.data?.getAttributes(), format);
      download(blob, name);
      this.exportStatus = blob instanceof ExportedImage && blob.clamped ? `Saved ${name}. ${blob.notice}` : `Saved ${name}.`;
    } catch (error) {
      this.exportStatus = `Export failed: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.exporting = false;
    }
  }

  // ---- Rendering -----------------------------------------------------------------------------

  private onLegendToggle(event: CustomEvent<LegendToggleDetail>) {
    const { kind, key, visible } = event.detail;
    const next = new Set(kind === 'relation' ? this.hiddenRelations : this.hiddenTypes);
    if (visible) next.delete(key);
    else next.add(key);
    if (kind === 'relation') this.hiddenRelations = next;
    else this.hiddenTypes = next;
  }

  private panelHidden(panel: Panel): boolean {
    return this.narrow ? this.drawer !== panel : false;
  }

  private togglePanel(panel: Panel) {
    this.drawer = this.drawer === panel ? null : panel;
  }

  override render() {
    const data = this.data;
    const selectedNode = this.selection?.kind === 'node' ? this.selection.key : undefined;
    const layouts = Object.values(LAYOUTS).filter((l) => l.name !== 'preset' || (data && hasPositions(data)));
    return html`
      <div class="shell" @ag-legend-toggle=${this.onLegendToggle} @ag-details-select=${(e: CustomEvent<Selection>) => this.select(e.detail)}>
        <div class="toolbar" part="toolbar" role="toolbar" aria-label="Graph controls">
          <button type="button" aria-label="Legend and filters" aria-pressed=${this.narrow ? String(this.drawer === 'legend') : 'true'} ?hidden=${!this.narrow} @click=${() => this.togglePanel('legend')}>☰</button>
          <ag-search .graph=${data} @ag-search-pick=${(e: CustomEvent<{ key: string }>) => this.focusNode(e.detail.key)}></ag-search>
          <div class="group">
            <button type="button" aria-label="Zoom in" title="Zoom in" @click=${this.zoomIn}>+</button>
            <button type="button" aria-label="Zoom out" title="Zoom out" @click=${this.zoomOut}>−</button>
            <button type="button" aria-label="Fit to view" title="Fit to view" @click=${this.fit}>Fit</button>
            <button type="button" aria-label="Reset view" title="Reset filters, focus and layout" @click=${this.reset}>Reset</button>
          </div>
          <label class="group wide-only">
            <span class="visually-hidden">Layout</span>
            <select aria-label="Layout" .value=${this.currentLayout} @change=${(e: Event) => this.runLayout((e.target as HTMLSelectElement).value as LayoutName)}>
              ${layouts.map((l) => html`<option value=${l.name} ?selected=${l.name === this.currentLayout}>${l.label}</option>`)}
            </select>
          </label>
          <span class="spacer"></span>
          <ag-export-menu .busy=${this.exporting} .status=${this.exportStatus} @ag-export-request=${this.onExportRequest}></ag-export-menu>
          <button type="button" aria-label="Details" aria-pressed=${String(this.drawer === 'details')} ?hidden=${!this.narrow} @click=${() => this.togglePanel('details')}>Details</button>
        </div>
        <div class="body">
          <aside class="panel legend" part="legend" aria-label="Legend and filters" ?hidden=${this.panelHidden('legend')}>
            ${this.renderPanelHead('legend')}
            <ag-legend .encoding=${this.encoding} .tokens=${this.tokens} .hiddenRelations=${this.hiddenRelations} .hiddenTypes=${this.hiddenTypes}></ag-legend>
          </aside>
          <div class="stage" part="stage">
            <div class="cy" role="img" aria-label=${data ? `Graph of ${data.order} entities and ${data.size} relationships` : 'Graph'}></div>
            ${selectedNode ? this.renderFocusBar(selectedNode) : nothing}
            ${data && data.order === 0 && !this.failure
              ? html`<div class="overlay empty"><div><strong>This graph is empty.</strong> It has no entities to show yet.</div></div>`
              : nothing}
            ${this.loading && !data ? html`<div class="overlay loading"><div>Loading the graph…</div></div>` : nothing}
            ${this.failure ? this.renderError(this.failure) : nothing}
          </div>
          <aside class="panel details" part="details" aria-label="Details" ?hidden=${this.panelHidden('details')}>
            ${this.renderPanelHead('details')}
            <ag-details .graph=${data} .selection=${this.selection}></ag-details>
          </aside>
        </div>
      </div>
    `;
  }

  private renderPanelHead(panel: Panel) {
    return this.narrow
      ? html`<div class="panel-head"><button type="button" aria-label="Close ${panel}" @click=${() => (this.drawer = null)}>✕</button></div>`
      : nothing;
  }

  private renderFocusBar(key: string) {
    const label = this.data ? nodeLabel(this.data, key) : key;
    return html`<div class="focus-bar" role="group" aria-label="Focus">
      <span>Focus on ${label}:</span>
      ${[0, 1, 2, 3].map(
        (depth) =>
          html`<button type="button" aria-pressed=${String(this.focusDepth === depth)} @click=${() => this.focusNode(key, depth)}>
            ${depth === 0 ? 'Off' : `${depth} hop${depth > 1 ? 's' : ''}`}
          </button>`,
      )}
    </div>`;
  }

  private renderError(failure: { message: string; problems: Problem[] }) {
    const shown = failure.problems.slice(0, 12);
    return html`<div class="overlay error" part="error"><div role="alert">
      <h2>${this.data ? 'Could not load the new graph; the last one is still shown.' : 'Could not load the graph.'}</h2>
      ${failure.problems.length === 0 ? html`<p>${failure.message}</p>` : html`<p>${failure.problems.length === 1 ? 'One problem' : `${failure.problems.length} problems`} in the data:</p>`}
      ${shown.length > 0
        ? html`<ul>
            ${shown.map((problem) => html`<li>${problem.where}: ${problem.message}</li>`)}
            ${failure.problems.length > shown.length ? html`<li>… and ${failure.problems.length - shown.length} more</li>` : nothing}
          </ul>`
        : nothing}
      ${this.data ? html`<button type="button" @click=${() => (this.failure = undefined)}>Dismiss</button>` : nothing}
    </div></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-graph': ArticleGraphElement;
  }
}
