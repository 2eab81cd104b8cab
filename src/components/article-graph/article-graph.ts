import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Core, EdgeSingular, SingularElementReturnValue } from 'cytoscape';
import type { GraphInput } from '../../model/load';
import { filterElements, neighbourhood, nodeLabel, type ElementSet } from '../../model/queries';
import type { ArticleGraph as Data, SerializedArticleGraph } from '../../model/types';
import type { Problem } from '../../model/validate';
import { agEvent, type SelectionKind } from '../../events/events';
import { encodingOf, type Encoding } from '../../view/encoding';
import { edgeElementId, hasPositions, toElements } from '../../view/elements';
import { LAYOUTS, automaticLayout, isLayoutName, type LayoutName } from '../../view/layouts';
import { applyRendererSettings, levelOfDetailFor, RENDERER_SETTINGS, type LevelOfDetail, type LevelOfDetailChoice } from '../../view/level-of-detail';
import { clearClasses, setClassWhere } from '../../view/classes';
import { buildStylesheet, LIGHT_TOKENS, type ThemeTokens } from '../../view/stylesheet';
import type { LegendToggleDetail } from '../ag-legend/ag-legend';
import type { AgSearch } from '../ag-search/ag-search';
import type { ReaderPreviewDetail, ReaderSelectDetail } from '../ag-reader/ag-reader';
import type { AgStory, StoryPlayDetail, StoryStepDetail } from '../ag-story/ag-story';
import { sharedStyles } from '../shared/shared.styles';
import { articleGraphStyles } from './article-graph.styles';
import { CytoscapeController } from './cytoscape-controller';
import { hiddenRelationsFor, selectionFor, shownPanels } from './declarative';
import { DeepLinkController } from './deep-link-controller';
import { StoryController, fitAbove } from './story-controller';
import { KeyboardController } from './keyboard-controller';
import { readThemeTokens } from './theme';
import type { ExportRequestDetail } from '../ag-export-menu/ag-export-menu';
import { ExportError } from '../../export/export-error';
import { serializeShown } from '../../export/json';
import type { ExportedImage, ExportSource, PngExportOptions } from '../../export/png';
import type { SvgExportOptions } from '../../export/svg';
import { defineLaterParts, exportModule, graphLoader, svgModule } from './on-demand';

export type Theme = 'light' | 'dark' | 'auto';
export type LayoutChoice = 'auto' | LayoutName;
export type Panel = 'legend' | 'details' | 'reader';

export interface Selection {
  kind: SelectionKind;
  key: string;
}

/** Loads the curated article dataset; a separate chunk, fetched only when no graph is given. */
const loadArticleDataset = () => import('../../../graph-data/article-graph.json').then((module) => module.default as unknown as SerializedArticleGraph);

/** Starts fetching the export code as soon as the export menu is reached, before a format is chosen. */
const prepareExport = () => void exportModule();

/** Below this width (px) the panels become drawers. */
const NARROW = 960;

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
 * @csspart reader - The article panel: the source text, linked sentence by sentence to the graph.
 * @csspart stage - The area the graph is drawn in.
 * @csspart error - The error message shown over the graph.
 *
 * @cssprop --ag-background - Background of the component and the canvas. [=#ffffff]
 * @cssprop --ag-surface - Background of toolbars, inputs and cards. [=#f9fafb]
 * @cssprop --ag-surface-hover - Background of buttons and rows under the pointer. [=#f1f5f9]
 * @cssprop --ag-text - Text and node label colour. [=#1f2937]
 * @cssprop --ag-muted - Secondary text. [=#4b5563]
 * @cssprop --ag-border - Borders and dividers. [=#d1d5db]
 * @cssprop --ag-accent - Selection and highlight colour. [=#b45309]
 * @cssprop --ag-accent-soft - Soft background of the highlighted search result and of chosen sentences. [=#fef3c7]
 * @cssprop --ag-link - Links and link-like buttons. [=#1d4ed8]
 * @cssprop --ag-focus - Keyboard focus ring. [=#2563eb]
 * @cssprop --ag-font-family - Font of the interface and the labels. [=system-ui]
 * @cssprop --ag-panel-width - Width of the side panels. [=300px]
 * @cssprop --ag-radius - Corner radius of the component's box. [=8px]
 * @cssprop --ag-reader-width - Width of the article panel. [=400px]
 * @cssprop --ag-mark - Background of the article's words marked as evidence of the selection. [=#fde68a]
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

  /** Relation keys to show, separated by commas; the others start hidden. Unset shows them all. */
  @property() relations: string | undefined;

  /** Key of a node or an edge to select once the graph is drawn. */
  @property() selected: string | undefined;

  /** Panels to show, separated by spaces: `legend`, `details`, `reader`. Unset shows them all. */
  @property() panels: string | undefined;

  /** Mirror selection, filters and focus in the URL hash, and restore them from it, so a view can be shared. */
  @property({ attribute: 'deep-link', type: Boolean }) deepLink = false;

  /** How much to draw: `auto` switches large graphs (over 1,000 nodes or 3,000 edges) to `fast`; `full` or `fast` force one. */
  @property({ attribute: 'level-of-detail' }) levelOfDetail: LevelOfDetailChoice = 'auto';

  /** Fraction done of a layout running in a worker, shown as a status; undefined when none runs. */
  @state() private layoutProgress: number | undefined;

  @state() private data: Data | undefined;
  /** The graph the parts beside the picture show (search, article, statements): `data`, once it is drawn. */
  @state() private besideData: Data | undefined;
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
  /** The article panel is open (wide boxes; narrow ones use `drawer`). */
  @state() private reading = false;
  /** The sentence the selection was chosen from in the article, and every relationship it supports. */
  @state() private fromSentence: { sentence: string; edges: string[] } | null = null;
  /** Relationships previewed from the article: the sentence under the pointer or with focus. */
  @state() private preview: string[] = [];
  @state() private exporting = false;
  @state() private exportStatus = '';

  @query('.cy') private container!: HTMLElement;
  @query('ag-search') private search!: AgSearch;
  @query('ag-story') private storyBar: AgStory | null | undefined;

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

  private readonly deepLinks = new DeepLinkController(this, {
    enabled: () => this.deepLink,
    read: () =>
      this.data && { selection: this.selection, hiddenRelations: this.hiddenRelations, hiddenTypes: this.hiddenTypes, focusDepth: this.focusDepth },
    restore: (view) => {
      this.hiddenRelations = view.hiddenRelations;
      this.hiddenTypes = view.hiddenTypes;
      if (view.selection && view.focusDepth > 0 && view.selection.kind === 'node') void this.focusNode(view.selection.key, view.focusDepth);
      else this.select(view.selection);
    },
  });

  private readonly story = new StoryController(this, { changed: () => this.applyView() });

  private readonly keyboard = new KeyboardController(this, {
    cy: () => this.cytoscape.cy,
    data: () => this.data,
    selection: () => this.selection,
    visible: () => this.visibleElements(),
    select: (selection) => this.select(selection),
    zoomIn: () => this.zoomIn(),
    zoomOut: () => this.zoomOut(),
    fit: () => this.fit(),
    focusSearch: () => this.search?.focus(),
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
    else if (this.data) {
      // Declarative attributes changed after the graph is shown.
      if (changed.has('relations')) this.hiddenRelations = hiddenRelationsFor(this.relations, this.encoding.relations.map((r) => r.key));
      if (changed.has('selected')) this.select(selectionFor(this.data, this.selected));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme') || (changed.has('levelOfDetail') && this.hasUpdated)) this.restyle();
    const viewChanged = (['selection', 'hovered', 'hiddenRelations', 'hiddenTypes', 'focusDepth', 'fromSentence', 'preview'] as const).some((key) =>
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
    const loader = graphLoader();
    try {
      const input = this.graph ?? this.src ?? (await loadArticleDataset());
      const { loadGraph } = await loader;
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
      this.resetReading(data);
      this.hiddenTypes = new Set();
      this.encoding = encodingOf(data);
      this.hiddenRelations = hiddenRelationsFor(this.relations, this.encoding.relations.map((r) => r.key));
      this.data = data;
      await this.updateComplete;
      await this.draw();
    } catch (error) {
      // A newer load has taken over: its outcome is the one to show.
      if (sequence !== this.loadSequence || controller.signal.aborted) return;
      const GraphLoadError = await loader.then((module) => module.GraphLoadError, () => undefined);
      const problems = GraphLoadError && error instanceof GraphLoadError ? error.problems : [];
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
    this.currentLayout = this.initialLayout(data);
    const levelOfDetail = this.currentLevelOfDetail();
    await this.cytoscape.draw({
      elements: toElements(data, { ignorePositions: this.currentLayout !== 'preset' }),
      style: buildStylesheet(this.encoding, this.tokens, { levelOfDetail }),
      layout: this.currentLayout,
      animate: false,
      levelOfDetail,
      progress: this.showLayoutProgress,
      overview: levelOfDetail === 'fast' ? { encoding: this.encoding, tokens: this.tokens } : undefined,
    });
    // The article, story, statements, help and export menu arrive after the first picture, once the
    // browser is idle, and before it is announced, with the code for moving by keyboard and for
    // exporting. Should a chunk fail to load, the graph works without it; the next draw tries again.
    await afterFirstFrame();
    if (data !== this.data) return;
    this.besideData = data;
    await Promise.all([defineLaterParts(), this.deepLinks.prepare(), this.keyboard.prepare(), exportModule()].map((part) => part.catch(() => undefined)));
    if (data !== this.data) return;
    this.applyView();
    if (this.selected) this.select(selectionFor(data, this.selected));
    await this.updateComplete;
    this.deepLinks.graphShown();
    this.dispatchEvent(agEvent('ag-ready', { nodes: data.order, edges: data.size }));
  }

  private restyle(): void {
    const cy = this.cytoscape.cy;
    if (!cy || !this.data) return;
    this.tokens = readThemeTokens(this);
    const levelOfDetail = this.currentLevelOfDetail();
    applyRendererSettings(cy, RENDERER_SETTINGS[levelOfDetail]);
    cy.style(buildStylesheet(this.encoding, this.tokens, { levelOfDetail }));
  }

  /** The `layout` attribute's choice, or for `auto` the graph's own positions or an automatic layout. */
  private initialLayout(data: Data): LayoutName {
    return this.layout !== 'auto' && isLayoutName(this.layout) ? this.layout : automaticLayout(hasPositions(data), data.order);
  }

  /** The level of detail in effect for the current graph. */
  private currentLevelOfDetail(): LevelOfDetail {
    return levelOfDetailFor(this.levelOfDetail, this.data?.order ?? 0, this.data?.size ?? 0);
  }

  private readonly showLayoutProgress = (fraction: number | undefined) => {
    this.layoutProgress = fraction;
  };

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

  /**
   * What the filters, focus and story mode leave visible. The same object is returned until one of
   * them changes (render and applyView both ask, on every hover); treat it as read-only.
   */
  visibleElements(): ElementSet | undefined {
    const data = this.data;
    if (!data) return undefined;
    const focusKey = this.focusDepth > 0 && this.selection?.kind === 'node' ? this.selection.key : undefined;
    const inputs = [data, this.hiddenRelations, this.hiddenTypes, focusKey, this.focusDepth, this.story.step];
    if (this.visibleCache?.inputs.every((input, i) => input === inputs[i])) return this.visibleCache.result;
    const focus = focusKey === undefined ? undefined : neighbourhood(data, focusKey, this.focusDepth);
    const result = this.story.restrict(filterElements(data, { hiddenRelations: this.hiddenRelations, hiddenTypes: this.hiddenTypes, onlyNodes: focus }));
    this.visibleCache = { inputs, result };
    return result;
  }

  private visibleCache: { inputs: unknown[]; result: ElementSet } | undefined;

  private applyView(): void {
    const cy = this.cytoscape.cy;
    const data = this.data;
    if (!cy || !data || cy.destroyed()) return;
    const visible = this.visibleElements()!;
    const hovered = this.hovered && this.elementFor(this.hovered);
    const selected = this.selection && this.elementFor(this.selection);
    cy.batch(() => {
      // Only elements whose state changes are touched: on a large graph a blanket toggle restyles them all.
      setClassWhere(cy, cy.nodes(), 'hidden', (node) => !visible.nodes.has(node.data('key')));
      setClassWhere(cy, cy.edges(), 'hidden', (edge) => !visible.edges.has(edge.data('key')));
      clearClasses(cy, ['faded', 'highlighted', 'labelled', 'story-new']);
      if (hovered) {
        const near = hovered.isNode() ? hovered.closedNeighborhood() : (hovered as EdgeSingular).union((hovered as EdgeSingular).connectedNodes());
        // Fading the rest restyles every element; a large (fast) graph only highlights the neighbourhood.
        if (this.currentLevelOfDetail() === 'full') cy.elements().not(near).addClass('faded');
        near.edges().addClass('highlighted labelled');
        if (hovered.isEdge()) hovered.addClass('highlighted labelled');
      }
      if (selected?.isNode()) selected.connectedEdges().addClass('labelled');
      cy.elements(':selected').unselect();
      selected?.select();
      this.applyReading(cy, Boolean(hovered));
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
    this.fromSentence = null;
    // In the article drawer, the marked evidence answers the selection: the drawer stays.
    if (selection && this.narrow && this.drawer !== 'reader') this.drawer = 'details';
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

  /** Zooms in one step, about the centre of the view. */
  zoomIn(): void {
    this.zoomBy(1.3);
  }

  /** Zooms out one step, about the centre of the view. */
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
    if (this.data) await this.runLayout(this.initialLayout(this.data));
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
    await this.cytoscape.runLayout(name, true, this.showLayoutProgress);
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
  async exportPng(options?: PngExportOptions): Promise<ExportedImage> {
    const { renderPng } = await exportModule();
    return renderPng(this.exportSource(), options);
  }

  /** An SVG of the whole graph or of the view: vector shapes, labels as text. */
  async exportSvg(options?: SvgExportOptions): Promise<Blob> {
    const { renderSvg, svgBlob } = await svgModule();
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
      const { ExportedImage, download, exportFileName, jsonBlob } = await exportModule();
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
    if (!shownPanels<Panel>(this.panels, ['legend', 'details', 'reader']).has(panel)) return true;
    if (this.narrow) return this.drawer !== panel;
    // On wide boxes the article takes the legend's column while it is open.
    if (panel === 'reader') return !this.reading || !this.story.available;
    if (panel === 'legend') return this.reading && this.story.available;
    return false;
  }

  private togglePanel(panel: Panel) {
    this.drawer = this.drawer === panel ? null : panel;
  }

  // ---- Article and story mode ----------------------------------------------------------------

  /** A new graph: no sentence chosen, its own story, and no article panel if it has no source text. */
  private resetReading(data: Data): void {
    this.fromSentence = null;
    this.preview = [];
    this.story.setGraph(data);
    if (!this.story.available) {
      this.reading = false;
      if (this.drawer === 'reader') this.drawer = null;
    }
  }

  private async toggleReader(): Promise<void> {
    if (this.narrow) {
      this.togglePanel('reader');
      return;
    }
    this.reading = !this.reading;
    await this.refit();
  }

  /** The stage changed width: once Cytoscape has followed it, fit the graph into it again. */
  private async refit(): Promise<void> {
    await this.updateComplete;
    this.cytoscape.cy?.resize();
    this.fit();
  }

  /**
   * A sentence (or one relationship of its note) chosen in the article: every relationship it
   * supports is selected in the graph with its nodes highlighted; the first is the selection that
   * `ag-select` announces and the details panel describes.
   */
  private onReaderSelect(event: CustomEvent<ReaderSelectDetail>): void {
    const data = this.data;
    const edges = data ? event.detail.edges.filter((edge) => data.hasEdge(edge)) : [];
    this.select(edges.length > 0 ? { kind: 'edge', key: edges[0] } : null);
    const sentence = event.detail.sentence;
    this.fromSentence = sentence && edges.length > 0 ? { sentence, edges } : null;
  }

  private async toggleStory(): Promise<void> {
    await defineLaterParts().catch(() => undefined);
    if (this.story.active) {
      this.story.exit();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.story-toggle')?.focus();
      this.fit();
      return;
    }
    // The paragraph is shown alongside: in the article panel when there is room, else in the bar.
    if (this.narrow) this.drawer = null;
    else this.reading = true;
    this.story.start();
    await this.updateComplete;
    this.storyBar?.focus();
    await this.cytoscape.nextRender();
    const cy = this.cytoscape.cy;
    const whole = this.story.steps[this.story.steps.length - 1]?.shown;
    if (!cy || !this.storyBar || !whole) return;
    cy.stop();
    fitAbove(cy, cy.nodes().filter((node) => whole.nodes.has(node.data('key'))), this.storyBar.getBoundingClientRect().height + 12);
  }

  private edgeCollection(keys: Iterable<string>) {
    const cy = this.cytoscape.cy!;
    const data = this.data!;
    let edges = cy.collection();
    for (const key of keys) edges = edges.union(cy.getElementById(edgeElementId(data, key)));
    return edges;
  }

  /** Story emphasis, the article's preview and a selection made from a sentence, as Cytoscape classes. */
  private applyReading(cy: Core, hovering: boolean): void {
    const step = this.story.current;
    if (step) {
      for (const node of step.newNodes) cy.getElementById(node).addClass('story-new');
      this.edgeCollection(step.newEdges).addClass('story-new');
    }
    const previewed = this.edgeCollection(this.preview);
    if (!hovering && previewed.nonempty()) {
      cy.elements().not(previewed.union(previewed.connectedNodes())).addClass('faded');
      previewed.addClass('highlighted labelled');
      previewed.connectedNodes().addClass('highlighted');
    }
    if (this.fromSentence) {
      const chosen = this.edgeCollection(this.fromSentence.edges);
      chosen.select();
      chosen.addClass('labelled');
      chosen.connectedNodes().addClass('highlighted');
    }
  }

  private renderReadingButtons() {
    const open = this.narrow ? this.drawer === 'reader' : this.reading;
    return html`<div class="group">
      <button type="button" aria-pressed=${String(open)} title="Read the article beside the graph" @click=${this.toggleReader}>Article</button>
      <button type="button" class="story-toggle" aria-pressed=${String(this.story.active)} title="Replay the article paragraph by paragraph" @click=${this.toggleStory}>Story</button>
    </div>`;
  }

  override render() {
    const data = this.data;
    // Until a new graph is drawn, the parts beside it are empty rather than showing the previous one.
    const beside = this.besideData === data ? data : undefined;
    const selectedNode = this.selection?.kind === 'node' ? this.selection.key : undefined;
    const layouts = Object.values(LAYOUTS).filter((l) => l.name !== 'preset' || (data && hasPositions(data)));
    return html`
      <div class="shell" @ag-legend-toggle=${this.onLegendToggle} @ag-details-select=${(e: CustomEvent<Selection>) => this.select(e.detail)}
        @ag-reader-select=${this.onReaderSelect} @ag-reader-preview=${(e: CustomEvent<ReaderPreviewDetail>) => (this.preview = e.detail.edges)}
        @ag-story-step=${(e: CustomEvent<StoryStepDetail>) => this.story.go(e.detail.step)} @ag-story-play=${(e: CustomEvent<StoryPlayDetail>) => (e.detail.playing ? this.story.play() : this.story.pause())} @ag-story-exit=${this.toggleStory}>
        <div class="toolbar" part="toolbar" role="toolbar" aria-label="Graph controls">
          <button type="button" aria-label="Legend and filters" aria-pressed=${this.narrow ? String(this.drawer === 'legend') : 'true'} ?hidden=${!this.narrow} @click=${() => this.togglePanel('legend')}>☰</button>
          <ag-search .graph=${beside} @ag-search-pick=${(e: CustomEvent<{ key: string }>) => this.focusNode(e.detail.key)}></ag-search>
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
          ${this.story.available ? this.renderReadingButtons() : nothing}
          <div class="group">${this.keyboard.renderToolbarButtons()}</div>
          <span class="spacer"></span>
          <ag-export-menu .busy=${this.exporting} .status=${this.exportStatus} @ag-export-request=${this.onExportRequest} @focusin=${prepareExport}></ag-export-menu>
          <button type="button" aria-label="Details" aria-pressed=${String(this.drawer === 'details')} ?hidden=${!this.narrow} @click=${() => this.togglePanel('details')}>Details</button>
        </div>
        <div class="body">
          <aside class="panel legend" part="legend" aria-label="Legend and filters" ?hidden=${this.panelHidden('legend')}>
            ${this.renderPanelHead('legend')}
            <ag-legend .encoding=${this.encoding} .tokens=${this.tokens} .hiddenRelations=${this.hiddenRelations} .hiddenTypes=${this.hiddenTypes}></ag-legend>
          </aside>
          <aside class="panel reader" part="reader" aria-label="Article" ?hidden=${this.panelHidden('reader')}>
            ${this.renderPanelHead('reader')}
            <ag-reader .graph=${beside} .selection=${this.selection} .sentence=${this.fromSentence?.sentence ?? null} .story=${this.story.step} .storyEdges=${this.story.current?.newEdges ?? []}></ag-reader>
          </aside>
          <div class="stage" part="stage">
            <div class="cy" tabindex="0" role="application" aria-roledescription="graph"
              aria-label=${`${data ? `Graph of ${data.order} entities and ${data.size} relationships` : 'Graph'}. Arrow keys move between entities, Enter selects, L lists the statements, question mark shows the shortcuts.`}
              @keydown=${this.keyboard.onCanvasKey} @focus=${this.keyboard.onCanvasFocus} @blur=${this.keyboard.onCanvasBlur}></div>
            <ag-statements .graph=${beside} .visible=${beside ? this.visibleElements() : undefined} .selection=${this.selection} ?open=${this.keyboard.listOpen}></ag-statements>
            <ag-help ?open=${this.keyboard.helpOpen}></ag-help>
            <div class="visually-hidden" role="status" aria-live="polite" data-live-region></div>
            ${selectedNode ? this.renderFocusBar(selectedNode) : nothing}
            ${this.story.active
              ? html`<ag-story class="story" .steps=${this.story.steps} .step=${this.story.step ?? 0} ?playing=${this.story.playing} ?show-text=${this.panelHidden('reader')}></ag-story>`
              : nothing}
            ${data && data.order === 0 && !this.failure
              ? html`<div class="overlay empty"><div><strong>This graph is empty.</strong> It has no entities to show yet.</div></div>`
              : nothing}
            ${this.loading && !data ? html`<div class="overlay loading"><div>Loading the graph…</div></div>` : nothing}
            ${this.layoutProgress !== undefined ? html`<div class="layout-progress" role="status">Laying out… ${Math.round(this.layoutProgress * 100)}%</div>` : nothing}
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

/**
 * Resolves once the browser is idle after the frame just drawn (at the latest 200 ms later, for
 * a page that is never idle), or on the next task where idle callbacks do not exist.
 */
function afterFirstFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 200 });
    else setTimeout(resolve, 0);
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'article-graph': ArticleGraphElement;
  }
}
