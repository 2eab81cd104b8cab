import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Core } from 'cytoscape';
import type { GraphInput } from '../../model/load';
import { nodeLabel, type ElementSet } from '../../model/queries';
import type { ArticleGraph, SerializedArticleGraph } from '../../model/types';
import { emit } from '../../events/events';
import { encodingOf, UNSCALED, type Encoding } from '../../view/encoding';
import { convertingToElements, edgeLabelsFor, hasPositions, keyOfElementId, nodeElementId, positionFor, turnFor } from '../../view/elements';
import { runInSlices } from '../../model/slices';
import { automaticLayout, isLayoutName, type LayoutName } from '../../view/layouts';
import { applyRendererSettings, levelOfDetailFor, RENDERER_SETTINGS, type LevelOfDetail, type LevelOfDetailChoice } from '../../view/level-of-detail';
import { buildStylesheet } from '../../view/stylesheet';
import * as views from '../../view/view-state';
import type { Selection } from '../../view/view-state';
import { ExportError } from '../../export/export-error';
import type { ExportFormat, ExportOptions } from '../../export/formats';
import { serializeSource } from '../../export/json';
import type { PictureSource } from '../../export/composed';
import type { ExportedImage, ExportSource, PngExportOptions } from '../../export/png';
import type { SvgExportOptions } from '../../export/svg';
import type { AgSearch } from '../ag-search/ag-search';
import { sharedStyles } from '../shared/shared.styles';
import { articleGraphStyles } from './article-graph.styles';
import { CytoscapeController } from './cytoscape-controller';
import { changedOrObject, hiddenRelationsFor, selectionFor } from './declarative';
import { DeepLinkController } from './deep-link-controller';
import { ExportController, exportSourceOf } from './export-controller';
import { renderFocusBar } from './focus-bar';
import { KeyboardController } from './keyboard-controller';
import { GestureController, type Gestures } from './gesture-controller';
import { LabelController } from './label-controller';
import { LoadController } from './load-controller';
import { checkOptions, type CheckedOption } from './options';
import { StartController, type Loading } from './near';
import { afterFirstFrame, defineLaterParts, exportModule } from './on-demand';
import { NO_INSETS, PanelsController, type Insets } from './panels-controller';
import { StoryController } from './story-controller';
import { ThemeController } from './theme';
import { ToolbarController } from './toolbar-controller';
import { toolbarItems } from './toolbar-items';
import { ViewController } from './view-controller';

export type Theme = 'light' | 'dark' | 'auto';
export type LayoutChoice = 'auto' | LayoutName;
export type { Panel } from './panels-controller';
export type { Gestures } from './gesture-controller';
export type { Loading } from './near';
export type { Selection };

/** Starts fetching the export code as soon as the export menu is reached, before a format is chosen. */
const prepareExport = () => void exportModule();

/**
 * An explorable knowledge graph of a news article, drawn with Cytoscape.js. With no `src` or `graph`
 * it shows the curated article graph; given either, it shows any graphology graph.
 *
 * @summary Explore a news article as a network of who does what to whom, with the evidence.
 *
 * @fires ag-ready - After each successful load, once the graph answers hover and click (a large graph's overview does before Cytoscape holds it); detail `{ nodes, edges }`.
 * @fires ag-select - When the selection changes, also when it is cleared; detail `{ kind: 'node' | 'edge' | null, key }`.
 * @fires ag-error - When a graph cannot be loaded; detail `{ message, problems }`. The last good graph stays.
 * @fires ag-warning - When a graph is drawn but optional parts of it could not be read as given (evidence as plain text, an unknown certainty); detail `{ message, problems }`. A line over the graph says so and can be dismissed.
 *
 * @csspart toolbar - The bar with search, zoom and layout controls.
 * @csspart legend - The legend and filter panel.
 * @csspart details - The details panel.
 * @csspart reader - The article panel: the source text, linked sentence by sentence to the graph.
 * @csspart stage - The area the graph is drawn in.
 * @csspart error - The error message shown over the graph.
 * @csspart notice - The line saying what of the graph was ignored or read differently.
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

  /** URL of a graph to show instead of the article graph: graphology JSON, GEXF, GraphML or CSV (`edges.csv#nodes=nodes.csv` adds a node table). */
  @property({ reflect: true }) src: string | undefined;

  /**
   * A graphology `Graph`, its serialized form, a file's text (JSON, GEXF, GraphML, CSV) or `{ edges, nodes }` CSV text; takes precedence over `src`.
   * The graph is read when assigned: after changing a `Graph` or an object, assign it again (the same object) to draw it again.
   */
  @property({ attribute: false, hasChanged: changedOrObject }) graph: GraphInput | undefined;

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

  /**
   * Who takes gestures over the graph: `greedy`, the graph (one finger pans it, the wheel zooms it);
   * `cooperative`, the page (one finger and the wheel scroll it; two fingers, or Ctrl or ⌘ with the
   * wheel, move the graph); `auto`, cooperative in a page that scrolls or in a frame, else greedy.
   */
  @property() gestures: Gestures = 'auto';

  /**
   * When to fetch and draw the graph: `lazy`, once the element comes within a screen of the viewport
   * (the page pays nothing until then); `eager`, at once. As for `<img loading>`, any other value is `lazy`.
   */
  @property() loading: Loading = 'lazy';

  @query('.cy') private container!: HTMLElement;
  @query('ag-search') private search!: AgSearch;

  /**
   * The graph shown and its visual encoding; the parts beside the picture get it once it is drawn.
   * `turned`: its own positions are drawn a quarter turn round, for a box much taller than the graph;
   * `announce`: `ag-ready` is sent once it is drawn (not for a graph drawn again after a failure).
   */
  private shown: { data: ArticleGraph; encoding: Encoding; beside: boolean; turned: boolean; announce: boolean; answering: boolean } | undefined;

  private readonly starter = new StartController(this);
  private readonly cytoscape = new CytoscapeController(this, {
    container: () => this.container,
    // A graph drawn again in a new core (after a reconnect) that fails, also once its overview answered,
    // leaves nothing drawn: nothing is said to be shown.
    created: () => void this.draw(this.lost).catch(this.lost),
    tap: (target) => this.select(target && { kind: target.kind, key: keyOfElementId(target.kind, target.id) }),
    hover: (target) => this.view.update((state) => views.hover(state, target && { kind: target.kind, key: keyOfElementId(target.kind, target.id) })),
    insets: (): Insets => (this.container ? this.panelsLayout.insets(this.container.getBoundingClientRect()) : NO_INSETS),
  });
  private readonly view = new ViewController(this, this.cytoscape, () => this.currentLevelOfDetail() === 'full');
  private readonly panelsLayout = new PanelsController(this, this.view, this.cytoscape);
  private readonly story = new StoryController(this, this.view, this.cytoscape, this.panelsLayout);
  private readonly keyboard = new KeyboardController(this, this.cytoscape, this.view);
  private readonly deepLinks = new DeepLinkController(this, this.view);
  private readonly loader = new LoadController(this);
  private readonly exporter = new ExportController(
    this,
    async () => this.exportSource(await this.cytoscape.built()),
    () => this.drawnPicture(),
    () => (this.shown?.answering ? this.shown.data : undefined),
  );
  private readonly themeTokens = new ThemeController(this, () => this.restyle());
  private readonly toolbar = new ToolbarController(this);
  private readonly gesturesShared = new GestureController(this, this.cytoscape);
  private readonly labels = new LabelController(this, this.cytoscape, this.view, () => this.currentLevelOfDetail() === 'full', (scale) => this.restyle(scale));

  private readonly lost = (error: unknown) => ((this.shown = undefined), this.loader.drawFailed(error));

  /** The Cytoscape core, for advanced use, once `ag-ready` has come; an element's `data('key')` is its graph key (ids: `nodeElementId`, `edgeElementId` from the package's main entry). Undefined while a large graph is built (its overview answers meanwhile). */
  get cy(): Core | undefined {
    return this.cytoscape.building ? undefined : this.cytoscape.cy;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    checkOptions(this as this & Record<CheckedOption, unknown>, changed);
    // Nothing is fetched or drawn before the element starts (near.ts).
    if (!this.starter.started()) return;
    // The first update after it starts loads too: with neither `src` nor `graph` set, the article graph is shown.
    if (this.starter.takeStart() || changed.has('src') || changed.has('graph')) void this.load();
    else if (this.shown) {
      // Declarative attributes changed after the graph is shown.
      const { data, encoding } = this.shown;
      if (changed.has('relations')) this.view.update((state) => ({ ...state, hiddenRelations: hiddenRelationsFor(this.relations, encoding.relations.map((r) => r.key)) }));
      if (changed.has('selected')) this.select(selectionFor(data, this.selected));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme') || (changed.has('levelOfDetail') && this.hasUpdated)) this.restyle();
  }

  // ---- Loading and drawing -------------------------------------------------------------------

  private async load(): Promise<void> {
    const data = await this.loader.load();
    if (!data) return;
    const before = this.shown && { data: this.shown.data, state: this.view.state };
    // Also once a large graph's overview has answered, should Cytoscape's build of it fail.
    const failed = async (error: unknown) => {
      // A newer graph has taken over meanwhile: its outcome is the one to show.
      if (this.shown && this.shown.data !== data && this.shown.data !== before?.data) return;
      // Nothing of a graph that could not be drawn stays: the one before is drawn again as it was.
      this.shown = undefined;
      this.loader.drawFailed(error);
      if (before) await this.show(before.data, before.state).catch(() => (this.shown = undefined));
    };
    await this.show(data, undefined, failed).catch(failed);
  }

  /** Shows a graph with a fresh view, or with `state` as it was (then without announcing it again). */
  private async show(data: ArticleGraph, state?: views.ViewState, failed?: (error: unknown) => void): Promise<void> {
    const encoding = encodingOf(data);
    this.shown = { data, encoding, beside: false, turned: false, announce: state === undefined, answering: false };
    this.story.setGraph(data);
    this.view.reset(data, state ?? { ...views.INITIAL_VIEW, hiddenRelations: hiddenRelationsFor(this.relations, encoding.relations.map((r) => r.key)) });
    this.panelsLayout.graphChanged();
    await this.updateComplete;
    await this.draw(failed);
  }

  private async draw(failed?: (error: unknown) => void): Promise<void> {
    const shown = this.shown;
    const box = this.cytoscape.box();
    if (!shown || !box) return;
    const { data, encoding } = shown;
    const tokens = this.themeTokens.read();
    const layout = this.initialLayout(data);
    const levelOfDetail = this.currentLevelOfDetail();
    shown.turned = layout === 'preset' && turnFor(data, box);
    this.labels.styled(UNSCALED);
    // A large graph's loading and its first picture are separate tasks, so that the page answers between them.
    if (levelOfDetail === 'fast') await new Promise((resolve) => setTimeout(resolve));
    if (shown !== this.shown) return;
    // A large graph is converted a slice per task.
    const elements = await runInSlices(convertingToElements(data, { ignorePositions: layout !== 'preset', turn: shown.turned }));
    if (shown !== this.shown) return;
    // Resolves once the graph answers the reader: a large graph's overview does while Cytoscape builds.
    const drawn = await this.cytoscape.draw({
      elements,
      style: buildStylesheet(encoding, tokens, { levelOfDetail, edgeLabels: edgeLabelsFor(data) }),
      layout,
      animate: false,
      levelOfDetail,
      overview: { encoding, tokens },
      failed,
      // The view (selection, filters) is on the elements before Cytoscape's first frame, and their labels are placed for it.
      placed: () => {
        this.view.drawn(data);
        this.labels.update();
      },
    });
    if (!drawn) return;
    // What is drawn is now this graph's (the elements a picture is composed from, among them).
    shown.answering = true;
    // The article, story, statements and help arrive after the first picture, once the
    // browser is idle, and before it is announced, with the code for moving by keyboard and for
    // exporting. Should a chunk fail to load, the graph works without it; the next draw tries again.
    await afterFirstFrame();
    if (shown !== this.shown) return;
    shown.beside = true;
    this.requestUpdate();
    await Promise.all([defineLaterParts(), this.deepLinks.prepare(), this.keyboard.prepare(), exportModule()].map((part) => part.catch(() => undefined)));
    if (shown !== this.shown) return;
    if (this.selected) this.select(selectionFor(data, this.selected));
    await this.updateComplete.then(() => this.cytoscape.boxFollowed());
    this.deepLinks.graphShown();
    if (shown.announce) emit(this, 'ag-ready', { nodes: data.order, edges: data.size });
  }

  /** Rebuilds the stylesheet: for a new theme or level of detail, or at a new scale (see label-controller.ts). */
  private restyle(scale = this.labels.scaleFor(this.cytoscape.cy?.zoom() ?? 1)): void {
    const cy = this.cytoscape.cy;
    if (!cy || !this.shown) return;
    const levelOfDetail = this.currentLevelOfDetail();
    applyRendererSettings(cy, RENDERER_SETTINGS[levelOfDetail]);
    cy.style(buildStylesheet(this.shown.encoding, this.themeTokens.read(), { levelOfDetail, scale, edgeLabels: edgeLabelsFor(this.shown.data) }));
    this.labels.styled(scale);
  }

  /** The `layout` attribute's choice, or for `auto` the graph's own positions or an automatic layout. */
  private initialLayout(data: ArticleGraph): LayoutName {
    return this.layout !== 'auto' && isLayoutName(this.layout) ? this.layout : automaticLayout(hasPositions(data), data.order);
  }

  /** The level of detail in effect for the current graph. */
  private currentLevelOfDetail(): LevelOfDetail {
    return levelOfDetailFor(this.levelOfDetail, this.shown?.data.order ?? 0, this.shown?.data.size ?? 0);
  }

  // ---- Public methods ------------------------------------------------------------------------

  /**
   * What the filters, focus and story mode leave visible; the same object until one of them
   * changes. Treat it as read-only.
   */
  visibleElements(): ElementSet | undefined {
    return this.view.visible();
  }

  /** Selects a node or an edge by its graphology key, or clears the selection with `null`. */
  select(selection: Selection | null): void {
    this.view.update((state, graph) => views.select(state, graph, selection));
    this.panelsLayout.selectionChanged();
  }

  /** Selects a node, centres the view on it and, with `depth`, shows only its neighbourhood. */
  async focusNode(key: string, depth = 0): Promise<void> {
    this.select({ kind: 'node', key });
    this.view.update((state, graph) => views.focus(state, graph, key, depth));
    await this.updateComplete;
    const cy = this.cytoscape.cy;
    const node = cy?.getElementById(nodeElementId(key));
    if (!cy || !node?.nonempty() || this.view.state.selection?.key !== key) return;
    this.cytoscape.frame(depth > 0 ? cy.elements().not('.hidden') : node.closedNeighborhood(), { padding: 60, duration: 350, easing: 'ease-in-out-cubic' });
  }

  /** Zooms in one step, about the centre of the view. */
  zoomIn(): void {
    this.cytoscape.zoomBy(1.3);
  }

  /** Zooms out one step, about the centre of the view. */
  zoomOut(): void {
    this.cytoscape.zoomBy(1 / 1.3);
  }

  /** Fits what is visible into the view. */
  fit(): void {
    this.cytoscape.frame();
  }

  /** Moves the keyboard focus to the search box. */
  focusSearch(): void {
    this.search?.focus();
  }

  /** Clears selection, filters and focus, restores the initial layout and fits. */
  async reset(): Promise<void> {
    this.select(null);
    this.view.update(views.reset);
    this.search?.clear();
    await this.updateComplete;
    if (this.shown) await this.runLayout(this.initialLayout(this.shown.data));
  }

  /** Runs one of the automatic layouts (animated), then fits. */
  async runLayout(name: LayoutName): Promise<void> {
    const shown = this.shown;
    if (!shown) return;
    await this.cytoscape.runLayout(name, positionFor(shown.data, shown.turned));
  }

  /**
   * A PNG of the whole graph (`scope: 'graph'`, default) or of the view, at `scale` 1 to 4, with an
   * optional `legend` and `caption`. The result is a Blob (an `ExportedImage`) whose `clamped` and
   * `notice` say when the scale was lowered to stay within the browser's canvas limits.
   */
  exportPng(options?: PngExportOptions): Promise<ExportedImage> {
    return this.exporter.render('png', options);
  }

  /** An SVG of the whole graph or of the view: vector shapes, labels as text. */
  exportSvg(options?: SvgExportOptions): Promise<Blob> {
    return this.exporter.render('svg', options as ExportOptions);
  }

  /** A file of any format of the export registry (`png`, `svg`, `json`), as its renderer makes it. */
  exportFile(format: ExportFormat, options?: ExportOptions): Promise<Blob> {
    return this.exporter.render(format, options);
  }

  /** The graphology serialization of what is shown (filters and focus applied), provenance and positions kept. */
  exportJson(): SerializedArticleGraph {
    return serializeSource(this.exportSource());
  }

  private exportSource(cy = this.cy): ExportSource {
    const shown = this.shown;
    if (!cy || !shown) throw new ExportError('Nothing to export yet: the graph has not been drawn.');
    return exportSourceOf(
      { cy, graph: shown.data, shown: this.view.visible()!, encoding: shown.encoding, tokens: this.themeTokens.tokens, levelOfDetail: this.currentLevelOfDetail() },
      this.view,
      this.labels,
    );
  }

  /**
   * What is drawn, with its elements as they stand, for a picture composed without Cytoscape's core;
   * undefined until the graph shown is drawn (the elements until then are the previous graph's).
   */
  private drawnPicture(): PictureSource | undefined {
    const shown = this.shown;
    const visible = this.view.visible();
    const elements = shown?.answering && visible && this.cytoscape.drawnElements();
    if (!shown || !visible || !elements) return undefined;
    return { graph: shown.data, shown: visible, encoding: shown.encoding, tokens: this.themeTokens.tokens, levelOfDetail: this.currentLevelOfDetail(), elements };
  }

  // ---- Rendering -----------------------------------------------------------------------------

  override render() {
    if (!this.starter.started()) return nothing;
    const data = this.shown?.data;
    // Until a new graph is drawn, the parts beside it are empty rather than showing the previous one.
    const beside = this.shown?.beside ? data : undefined;
    const state = this.view.state;
    const panels = this.panelsLayout;
    return html`
      <div class="shell" @ag-legend-toggle=${(e: CustomEvent<{ kind: 'relation' | 'type'; key: string; visible: boolean }>) => this.view.update((s) => views.toggle(s, e.detail.kind, e.detail.key, e.detail.visible))}
        @ag-choose=${(e: CustomEvent<Selection>) => this.select(e.detail)} @ag-reader-select=${(e: CustomEvent<{ sentence: string | null; edges: string[] }>) => this.chooseSentence(e.detail.sentence, e.detail.edges)}
        @ag-reader-preview=${(e: CustomEvent<{ edges: string[] }>) => this.view.update((s) => views.preview(s, e.detail.edges))}>
        <div class="toolbar" part="toolbar">
          ${panels.renderToggle('legend', '☰', 'Legend and filters', 'Legend and filters')}
          <ag-search .graph=${beside} @ag-search-pick=${(e: CustomEvent<{ key: string }>) => this.focusNode(e.detail.key)}></ag-search>
          ${this.toolbar.render(toolbarItems(this, { data, layout: this.cytoscape.layout, panels, keyboard: this.keyboard, story: this.story }), 'Graph controls')}
          <ag-export-menu .busy=${this.exporter.busy} .status=${this.exporter.status} @ag-export-request=${this.exporter.onRequest} @focusin=${prepareExport}></ag-export-menu>
        </div>
        <div class="body" data-sheet=${panels.openSheet ?? nothing}>
          <div class="stage" part="stage">
            <div class="cy" tabindex="0" role="application" aria-roledescription="graph"
              aria-label=${`${data ? `Graph of ${data.order} entities and ${data.size} relationships` : 'Graph'}. Arrow keys move between entities, Enter selects, L lists the statements, question mark shows the shortcuts.`}
              @keydown=${this.keyboard.onCanvasKey} @focus=${this.keyboard.onCanvasFocus} @blur=${this.keyboard.onCanvasBlur}></div>
            <ag-statements .graph=${beside} .visible=${beside ? this.view.visible() : undefined} .selection=${state.selection} ?open=${this.keyboard.listOpen} @ag-close=${this.keyboard.closeList}></ag-statements>
            <ag-help ?open=${this.keyboard.helpOpen} @ag-close=${this.keyboard.closeHelp}></ag-help>
            ${this.keyboard.renderLiveRegion()}
            ${this.gesturesShared.renderHint()}
            ${state.selection?.kind === 'node' && data ? renderFocusBar(nodeLabel(data, state.selection.key), state.focusDepth, (depth) => this.focusNode(state.selection!.key, depth)) : nothing}
            ${this.story.renderBar(panels.hidden('reader'))}
            ${this.loader.renderState(data)}
            ${this.cytoscape.layoutProgress !== undefined ? html`<div class="layout-progress" role="status">Laying out… ${Math.round(this.cytoscape.layoutProgress * 100)}%</div>` : nothing}
            ${this.loader.renderFailure(data !== undefined)}
          </div>
          ${panels.renderPanel('legend', 'Legend and filters', html`<ag-legend .encoding=${this.shown?.encoding ?? EMPTY_ENCODING} .tokens=${this.themeTokens.tokens} .hiddenRelations=${state.hiddenRelations} .hiddenTypes=${state.hiddenTypes}></ag-legend>`)}
          ${panels.renderPanel('reader', 'Article', html`<ag-reader .graph=${beside} .selection=${state.selection} .sentence=${state.fromSentence?.sentence ?? null} .story=${this.story.step} .storyEdges=${this.story.current?.newEdges ?? []}></ag-reader>`)}
          ${panels.renderPanel('details', 'Details', html`<ag-details .graph=${data} .selection=${state.selection}></ag-details>`)}
        </div>
      </div>
    `;
  }

  /** A sentence chosen in the article (or one relationship of its note) selects what it states. */
  private chooseSentence(sentence: string | null, edges: readonly string[]): void {
    this.view.update((state, graph) => views.chooseSentence(state, graph, sentence, edges));
    this.panelsLayout.selectionChanged();
  }
}

const EMPTY_ENCODING: Encoding = { types: [], relations: [], certainties: [] };

declare global {
  interface HTMLElementTagNameMap {
    'article-graph': ArticleGraphElement;
  }
}
