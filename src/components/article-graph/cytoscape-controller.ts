/**
 * Owns the Cytoscape core of one host: fetches Cytoscape and creates the core on a stable container
 * once the host has rendered it, follows the container's size, and destroys the core (with every
 * listener and observer) when the host disconnects. A reconnected host gets a fresh core and its
 * elements back. Cytoscape is fetched with the first graph to draw: a draw asked for before the
 * core exists paints its first picture (picture.ts, or a large graph's overview) from the
 * container's size, and builds Cytoscape's model once the core is there.
 */
import type { Core, ElementDefinition, EventObject, StylesheetJson } from 'cytoscape';
import type cytoscape from 'cytoscape';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { batch } from '../../view/batch';
import { LAYOUTS, type LayoutName } from '../../view/layouts';
import { loadCytoscape, type Cytoscape } from '../../view/load-cytoscape';
import { withoutHeadStylesheet } from './head-stylesheet';
import { followContainerBox } from './pointer-mapping';
import { applyRendererSettings, FAST_ABOVE, RENDERER_SETTINGS, type LevelOfDetail } from '../../view/level-of-detail';
import { EDGE_LABEL_FONT, NODE_LABEL_FONT } from '../../view/encoding';
import type { Encoding } from '../../view/encoding';
import type { ThemeTokens } from '../../view/stylesheet';
import type { DrawnView } from '../../view/view-state';
import { showOverview, showPicture, type OverviewLayer } from './overview-layer';
import { buildInSlices, drawAhead, holdFrames } from './sliced-build';
import { yieldToPage } from '../../model/slices';
import { NO_INSETS, type Insets } from './panels-controller';
import { FIT_PADDING, fitExtent, MAX_FIT_ZOOM, type Viewport } from '../../view/fit';

export interface CytoscapeCallbacks {
  /** The container to draw into; must stay the same element across re-renders. */
  container: () => HTMLElement | null | undefined;
  /** Called with a new core no draw was waiting for (after a reconnect), before any elements are added. */
  created: (cy: Core) => void;
  tap: (target: { kind: 'node' | 'edge'; id: string } | null) => void;
  hover: (target: { kind: 'node' | 'edge'; id: string } | null) => void;
  /** How much of the container a sheet over it covers: fits and reveals keep to the rest. */
  insets: () => Insets;
}

export interface DrawOptions {
  elements: ElementDefinition[];
  style: StylesheetJson;
  layout: LayoutName;
  animate: boolean;
  /** How much to draw; `full` unless the host says otherwise (see level-of-detail.ts). */
  levelOfDetail?: LevelOfDetail;
  /** Called once the elements are placed and in view, before the first frame is drawn. */
  placed?: () => void;
  /**
   * For a graph drawn where its nodes stand: what the first picture shown before Cytoscape's drawing
   * is painted from (src/view/picture.ts; for a large graph src/view/overview.ts, only where
   * Cytoscape would draw no labels at the fitted zoom).
   */
  overview?: { encoding: Encoding; tokens: ThemeTokens };
  /**
   * Called when the draw fails after the graph already answered (a large graph's build, after its
   * overview): nothing of it is left drawn. A failure before that rejects the draw instead.
   */
  failed?: (error: unknown) => void;
}

/** Graphs drawn at the full level up to this many nodes get a first picture before Cytoscape's (a larger one forced to `full` does not). */
const PICTURE_UP_TO = FAST_ABOVE.nodes;
/** The core's zoom limits. */
const ZOOM_LIMITS = { min: 0.05, max: 6 } as const;
/** Margin around the graph when it is fitted, in px (as the layouts' own `padding`). */
const PRESET_PADDING = FIT_PADDING;

export class CytoscapeController implements ReactiveController {
  cy: Core | undefined;
  /** The layout the nodes were last placed with. */
  layout: LayoutName = 'preset';
  /** Fraction done of a layout running in a worker, shown as a status; undefined when none runs. */
  layoutProgress: number | undefined;
  /** What the view was last fitted to, while the reader has not moved it since. */
  private framed: cytoscape.Collection | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private stopFollowingBox: (() => void) | undefined;
  private resizeFrame = 0;
  private warmFontFrame = 0;
  private layoutRun: cytoscape.Layouts | undefined;
  /** A worker placing the nodes of a graph about to be drawn. */
  private placement: { stop(): void } | undefined;
  /** A worker layout under way, from the moment it is asked for until its positions are back (or it stopped). */
  private laying: Promise<unknown> | undefined;
  /** The overview standing in for Cytoscape's first picture of a large graph. */
  private overview: OverviewLayer | undefined;
  /** Counts draws, so that one still waiting (on its worker layout, its overview or the core) gives way to a newer one. */
  private draws = 0;
  /** Cytoscape is being fetched for a core. */
  private creating = false;
  /** Exports and the like waiting for Cytoscape to hold the graph it is building. */
  private waitingForBuild: Array<() => void> = [];
  /** While Cytoscape builds a large graph's model: its elements, as its overview draws them. */
  private buildingElements: readonly ElementDefinition[] | undefined;
  /** The view last shown (or to be shown) on an overview. */
  private viewShown: DrawnView | undefined;
  /** A graph is to be drawn: the core is made (and made again after a reconnect). */
  private wanted = false;
  /** Draws waiting for the core: given it, undefined when the host leaves first, or why Cytoscape could not be fetched. */
  private waiting: Array<{ resolve: (cy: Core | undefined) => void; reject: (error: unknown) => void }> = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: CytoscapeCallbacks,
  ) {
    host.addController(this);
  }

  /** The overview answers the reader while Cytoscape builds the graph's model: the core holds part of it. */
  get building(): boolean {
    return this.buildingElements !== undefined;
  }

  /** The element Cytoscape draws into, once the host has rendered it. */
  get container(): HTMLElement | null | undefined {
    return this.callbacks.container();
  }

  hostConnected(): void {
    // After a reconnect the container is already rendered; ask for an update so hostUpdated runs.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.wanted) this.ensureCore();
  }

  /** Fetches Cytoscape, if need be, and creates the core once the host has rendered its container. */
  private ensureCore(): void {
    this.wanted = true;
    // A host updated after it left the page has a detached container: Cytoscape cannot size it.
    if (this.cy || this.creating || !this.host.isConnected || !this.callbacks.container()) return;
    this.creating = true;
    loadCytoscape().then(
      async (library) => {
        // Created once a worker layout under way is over: creating the core (its canvases) is a long
        // task, which would hold the page while the worker iterates; nothing can be drawn before anyway.
        while (this.laying) await this.laying;
        this.creating = false;
        const container = this.callbacks.container();
        if (!this.cy && this.host.isConnected && container) this.create(library, container);
      },
      // Not fetched (a network blip): the draws waiting say so, and the next draw tries again.
      (error: unknown) => {
        this.creating = false;
        const reason = new Error(`the drawing code could not be fetched: ${error instanceof Error ? error.message : String(error)}`);
        for (const draw of this.waiting.splice(0)) draw.reject(reason);
      },
    );
  }

  /** The container's size, once the host has rendered it. */
  box(): { width: number; height: number } | undefined {
    const container = this.callbacks.container();
    return container && this.host.isConnected ? { width: container.clientWidth, height: container.clientHeight } : undefined;
  }

  /** The core, now or once it is created. */
  private core(): Promise<Core | undefined> {
    if (this.cy) return Promise.resolve(this.cy);
    const core = new Promise<Core | undefined>((resolve, reject) => this.waiting.push({ resolve, reject }));
    // Awaited later, after the first picture: a failed fetch meanwhile is not an unhandled rejection.
    core.catch(() => undefined);
    return core;
  }

  hostDisconnected(): void {
    this.destroy();
  }

  private create(cytoscape: Cytoscape, container: HTMLElement): void {
    const cy = withoutHeadStylesheet(container.ownerDocument, () =>
      cytoscape({
        container,
        minZoom: ZOOM_LIMITS.min,
        maxZoom: ZOOM_LIMITS.max,
        boxSelectionEnabled: false,
        selectionType: 'single',
        // Selection is driven by the host, so that it can be cleared, restored and announced.
        autounselectify: false,
      }),
    );
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) this.callbacks.tap(null);
      else this.callbacks.tap({ kind: event.target.isNode() ? 'node' : 'edge', id: event.target.id() });
    });
    cy.on('mouseover', 'node, edge', (event: EventObject) => {
      this.callbacks.hover({ kind: event.target.isNode() ? 'node' : 'edge', id: event.target.id() });
    });
    cy.on('mouseout', 'node, edge', () => this.callbacks.hover(null));
    // The observer's first call reports the size the core was created at: nothing to follow yet.
    let size = `${container.clientWidth}x${container.clientHeight}`;
    this.resizeObserver = new ResizeObserver(() => {
      cancelAnimationFrame(this.resizeFrame);
      this.resizeFrame = requestAnimationFrame(() => {
        const now = `${container.clientWidth}x${container.clientHeight}`;
        if (now === size) return;
        size = now;
        this.cy?.resize();
        // A view the reader has not moved follows the box: a panel opening or the page resizing refits it.
        if (this.framed && this.cy && !this.cy.destroyed() && this.cy.elements().nonempty()) {
          this.cy.stop();
          this.cy.viewport(fitViewport(this.cy, this.framed.filter((element) => !element.hasClass('hidden')), PRESET_PADDING, this.callbacks.insets()));
        }
      });
    });
    // The reader moved the view: it stays where they put it.
    cy.on('dragpan scrollzoom pinchzoom', () => (this.framed = undefined));
    this.resizeObserver.observe(container);
    this.stopFollowingBox = followContainerBox(cy, container);
    this.cy = cy;
    const waiting = this.waiting.splice(0);
    if (waiting.length > 0) for (const draw of waiting) draw.resolve(cy);
    else this.callbacks.created(cy);
    this.warmFontFrame = requestAnimationFrame(() => warmLabelFont(container));
  }

  destroy(): void {
    // Draws still waiting for a core give way: the host draws again in the core it gets when it is back.
    for (const draw of this.waiting.splice(0)) draw.resolve(undefined);
    this.removeOverview();
    this.buildEnded();
    cancelAnimationFrame(this.warmFontFrame);
    this.layoutRun?.stop();
    this.layoutRun = undefined;
    this.placement?.stop();
    this.placement = undefined;
    cancelAnimationFrame(this.resizeFrame);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.stopFollowingBox?.();
    this.stopFollowingBox = undefined;
    this.cy?.destroy();
    this.cy = undefined;
  }

  /**
   * Replaces every element, lays them out and resolves once the graph answers the reader: true (a
   * large graph's overview answers while Cytoscape goes on building; else Cytoscape has drawn), or
   * false when a newer draw (or the host's removal) took over. Should the draw fail, nothing of it
   * stays over the graph: it rejects, or after the graph answered it calls `failed`.
   */
  draw(options: DrawOptions): Promise<boolean> {
    const draw = ++this.draws;
    let answered = false;
    return new Promise((resolve, reject) => {
      const answering = () => ((answered = true), resolve(true));
      this.drawn(draw, { ...options, answering }).then(resolve, (error: unknown) => {
        // A newer draw owns what is up now: the older one's failure is not the reader's concern.
        if (draw !== this.draws) return resolve(false);
        this.layoutRun?.stop();
        this.removeOverview();
        if (answered && this.cy && !this.cy.destroyed()) batch(this.cy, () => this.cy!.elements().remove());
        this.buildEnded();
        if (answered) options.failed?.(error);
        else reject(error);
      });
    });
  }

  /** Replaces every element, lays them out and resolves once Cytoscape has drawn them: true, or false when superseded. */
  private async drawn(draw: number, options: DrawOptions & { answering: () => void }): Promise<boolean> {
    const superseded = () => draw !== this.draws || !this.host.isConnected;
    // This draw waits for the core from now: a core created meanwhile is this draw's. Cytoscape is
    // fetched while the first picture is painted.
    const core = this.core();
    // A graph laid out in the worker fetches it once placed: running Cytoscape's code is a long
    // task, which would hold the page while the worker iterates (and nothing is drawn before).
    if (options.layout !== 'forceatlas2') this.ensureCore();
    this.layoutRun?.stop();
    this.placement?.stop();
    this.layout = options.layout;
    const nodes = options.elements.filter((element) => element.group === 'nodes');
    const edges = options.elements.filter((element) => element.group !== 'nodes');
    let layout = options.layout;
    if (layout === 'forceatlas2') {
      // Placed in a worker before anything is added: nothing is drawn unplaced, and the main
      // thread stays free while ForceAtlas2 iterates.
      const positions = await this.placeInWorker(nodes, edges);
      if (!positions || superseded()) return false;
      this.ensureCore();
      for (const node of nodes) node.position = positions.get(node.data.id as string) ?? { x: 0, y: 0 };
      layout = 'preset';
    }
    const settings = RENDERER_SETTINGS[options.levelOfDetail ?? 'full'];
    this.removeOverview();
    let overview: OverviewLayer | undefined;
    const container = this.callbacks.container();
    const box = this.box();
    // A large graph's overview is painted in a task of its own: its elements were converted in the tasks before.
    if (options.levelOfDetail === 'fast') {
      await yieldToPage();
      if (superseded()) return false;
    }
    if (layout === 'preset' && options.overview && container && box) {
      // The first picture: the full picture, or a large graph's overview, before Cytoscape's drawing.
      const look = { ...options.overview, pixelRatio: settings.pixelRatio ?? window.devicePixelRatio };
      const zoom = { min: ZOOM_LIMITS.min, max: MAX_FIT_ZOOM };
      overview =
        options.levelOfDetail === 'fast'
          ? await showOverview(box, container, { elements: options.elements, nodes }, look, { padding: PRESET_PADDING, zoom }, this.viewShown && overviewViewOf(this.viewShown))
          : nodes.length <= PICTURE_UP_TO
            ? showPicture(box, container, options.elements, look, { padding: PRESET_PADDING, insets: this.callbacks.insets(), zoom })
            : undefined;
      // A newer draw took over while the overview was painted a slice at a time.
      if (superseded()) {
        overview?.remove();
        return false;
      }
      this.overview = overview;
      if (overview?.listen) {
        overview.listen({
          hover: (id) => this.callbacks.hover(id === null ? null : { kind: 'node', id }),
          tap: (id) => this.callbacks.tap(id === null ? null : { kind: 'node', id }),
        });
        this.buildingElements = options.elements;
        // Cytoscape then builds its model meanwhile, a slice per task.
        options.answering();
      }
      if (overview) {
        // Build Cytoscape's model, which holds the main thread for a while, only from the frame after
        // the one that shows the picture.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        if (superseded()) return false;
      }
    }
    const cy = await core;
    if (!cy || superseded() || cy !== this.cy || cy.destroyed()) return false;
    applyRendererSettings(cy, settings);
    if (overview && options.levelOfDetail === 'fast') {
      // A large graph, its overview up: Cytoscape's model is built a slice per task meanwhile.
      batch(cy, () => {
        cy.elements().remove();
        cy.style(options.style);
      });
      const cancelled = () => superseded() || cy !== this.cy || cy.destroyed();
      const release = holdFrames(cy);
      try {
        if (!(await buildInSlices(cy, nodes, edges, cancelled))) return false;
        if (overview.listen) {
          cy.viewport(overview.viewport);
          if (!(await drawAhead(cy, cancelled))) return false;
        }
      } finally {
        release();
      }
    } else {
      batch(cy, () => {
        cy.elements().remove();
        cy.style(options.style);
        cy.add(nodes);
      });
      // Nodes are styled before their edges exist: Cytoscape revisits a node's connected edges for
      // every style property it sets, which on a large graph costs more than everything else. Reading
      // a style value makes Cytoscape apply the (otherwise lazy) style now.
      cy.nodes().forEach((node) => void node.numericStyle('width'));
      batch(cy, () => cy.add(edges));
    }
    const now = this.box();
    // A first picture drawn for a box that has changed since (a panel opened beside it) is not taken
    // over: Cytoscape fits the box as it is. A large graph's overview keeps its view, which the reader may have moved.
    const pictureFits = overview && (overview.listen || (now?.width === box?.width && now?.height === box?.height));
    if (overview && pictureFits) {
      cy.viewport(overview.viewport);
      this.framed = cy.elements();
    } else if (layout === 'preset') {
      // The elements already stand where the graph puts them: a fit is all the preset layout would add.
      cy.viewport(fitViewport(cy, cy.elements(), PRESET_PADDING, this.callbacks.insets()));
      this.framed = cy.elements();
    } else {
      await this.place(layout, options.animate);
      if (superseded()) return false;
    }
    // Labels are sized and placed for the view before its first frame.
    options.placed?.();
    await this.nextRender();
    // A newer draw may have put up its own overview meanwhile.
    if (overview && this.overview === overview) this.removeOverview();
    if (superseded()) return false;
    this.buildEnded();
    return true;
  }

  /** The core once it holds the whole graph: at once, unless a large graph is being built a slice at a time. */
  built(): Promise<Core | undefined> {
    if (!this.building) return Promise.resolve(this.cy);
    return new Promise<void>((resolve) => this.waitingForBuild.push(resolve)).then(() => this.cy);
  }

  /**
   * The graph's elements as drawn now, with the nodes' positions: Cytoscape's, or while it builds a
   * large graph, those its overview draws (the reader cannot move a node meanwhile). Undefined
   * before anything is drawn.
   */
  drawnElements(): readonly ElementDefinition[] | undefined {
    if (this.building) return this.buildingElements;
    const cy = this.cy;
    if (!cy || cy.destroyed() || cy.elements().empty()) return undefined;
    return cy.elements().map((element): ElementDefinition => {
      const data = element.data() as ElementDefinition['data'];
      const classes = element.classes() as unknown as string[];
      return element.isNode() ? { group: 'nodes', data, classes, position: { ...element.position() } } : { group: 'edges', data, classes };
    });
  }

  /** The build is over (done, or the core destroyed): those waiting get the core, if any. */
  private buildEnded(): void {
    this.buildingElements = undefined;
    for (const resolve of this.waitingForBuild.splice(0)) resolve();
  }

  /**
   * Resolves once the view has followed its box after the host's last render (a panel opened beside
   * the graph narrows it): the box is measured after a frame's callbacks, and a change is answered
   * in the next frame's.
   */
  boxFollowed(): Promise<void> {
    return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => resolve()))));
  }

  /** Shows the view on the overview, while it stands in for Cytoscape (ViewController applies it to Cytoscape after). */
  showView(view: DrawnView): void {
    this.viewShown = view;
    this.overview?.showView?.(overviewViewOf(view));
  }

  private removeOverview(): void {
    this.overview?.remove();
    this.overview = undefined;
  }

  private placeInWorker(nodes: ElementDefinition[], edges: ElementDefinition[]) {
    const laying = this.layInWorker(nodes, edges);
    const settled = laying.then(
      () => undefined,
      () => undefined,
    );
    this.laying = settled;
    void settled.then(() => {
      if (this.laying === settled) this.laying = undefined;
    });
    return laying;
  }

  private async layInWorker(nodes: ElementDefinition[], edges: ElementDefinition[]) {
    const { startForceAtlas2 } = await import('../../view/layout-worker');
    if (!this.host.isConnected) return undefined;
    const run = startForceAtlas2(
      { nodes: nodes.map((node) => node.data.id as string), edges: edges.map((edge) => [edge.data.source as string, edge.data.target as string] as const) },
      {},
      this.showProgress,
    );
    this.placement = run;
    const positions = await run.done;
    if (this.placement === run) this.placement = undefined;
    this.showProgress(undefined);
    return positions;
  }

  private readonly showProgress = (fraction: number | undefined) => {
    this.layoutProgress = fraction;
    this.host.requestUpdate();
  };


  /**
   * Places the drawn graph with a layout of the registry (animated on small graphs), then fits.
   * `preset` puts back the positions `positions` gives, since an earlier layout moved the nodes.
   */
  async runLayout(name: LayoutName, positions?: (key: string) => { x: number; y: number } | undefined): Promise<void> {
    const cy = this.cy;
    if (!cy) return;
    this.layout = name;
    this.host.requestUpdate();
    if (name === 'preset' && positions) {
      batch(cy, () => {
        cy.nodes().forEach((node) => {
          const position = positions(node.data('key'));
          if (position) node.position(position);
        });
      });
    }
    await this.place(name, true);
  }

  private async place(name: LayoutName, animate: boolean): Promise<void> {
    const cy = this.cy;
    if (!cy) return;
    const descriptor = LAYOUTS[name];
    await descriptor.load?.();
    if (this.cy !== cy || cy.destroyed()) return;
    this.layoutRun?.stop();
    const visible = cy.elements(':visible');
    const layout = (visible.length > 0 ? visible : cy.elements()).layout(descriptor.options(animate && cy.nodes().length < 1500));
    this.layoutRun = layout;
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.on('layoutprogress', (_event: EventObject, fraction: number) => this.showProgress(fraction));
    layout.run();
    await done;
    if (this.layoutProgress !== undefined) this.showProgress(undefined);
    if (this.layoutRun === layout) this.layoutRun = undefined;
    if (!cy.destroyed()) {
      this.framed = visible.length > 0 ? visible : cy.elements();
      cy.viewport(fitViewport(cy, this.framed, PRESET_PADDING, this.callbacks.insets()));
    }
  }

  /** Zooms by `factor` about the centre of the view, animated. */
  zoomBy(factor: number): void {
    const cy = this.cy;
    if (!cy) return;
    this.framed = undefined;
    cy.stop();
    cy.animate({ zoom: { level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }, duration: 180 });
  }

  /** Animates the view to fit `elements` (by default every element not hidden). */
  frame(elements?: cytoscape.Collection, animation: { padding: number; duration: number; easing?: 'ease-in-out-cubic' } = { padding: PRESET_PADDING, duration: 250 }): void {
    const cy = this.cy;
    if (!cy) return;
    cy.stop();
    const { padding, ...timing } = animation;
    this.framed = elements ?? cy.elements();
    cy.animate({ ...fitViewport(cy, elements ?? cy.elements().not('.hidden'), padding, this.callbacks.insets()), ...timing });
  }

  /**
   * Keeps `elements` in sight: where they are outside the part of the view that no sheet covers,
   * the view pans (and zooms out, if they do not fit) to bring them into it.
   */
  reveal(elements: cytoscape.Collection, margin = 24): void {
    const cy = this.cy;
    if (!cy || cy.destroyed() || elements.empty()) return;
    const insets = this.callbacks.insets();
    const area = { x1: insets.left + margin, y1: insets.top + margin, x2: cy.width() - insets.right - margin, y2: cy.height() - insets.bottom - margin };
    const box = elements.renderedBoundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
    if (box.x1 >= area.x1 && box.x2 <= area.x2 && box.y1 >= area.y1 && box.y2 <= area.y2) return;
    cy.stop();
    if (box.w > area.x2 - area.x1 || box.h > area.y2 - area.y1) {
      cy.animate({ ...fitViewport(cy, elements, margin, insets), duration: 250 });
      return;
    }
    const pan = cy.pan();
    const dx = (area.x1 + area.x2) / 2 - (box.x1 + box.x2) / 2;
    const dy = (area.y1 + area.y2) / 2 - (box.y1 + box.y2) / 2;
    cy.animate({ pan: { x: pan.x + dx, y: pan.y + dy }, duration: 250 });
  }

  /** Resolves after Cytoscape has drawn the next frame. */
  nextRender(): Promise<void> {
    const cy = this.cy;
    if (!cy) return Promise.resolve();
    return new Promise((resolve) => {
      let settled = false;
      const finish = () => {
        if (settled) return;
        settled = true;
        resolve();
      };
      cy.one('render', () => requestAnimationFrame(finish));
      // An unchanged viewport may not render again; a frame later is as good.
      requestAnimationFrame(() => requestAnimationFrame(finish));
      (cy as Core & { forceRender?: () => void }).forceRender?.();
    });
  }
}

/**
 * The first text measured in a font makes the browser resolve the font family, which can take
 * hundreds of milliseconds (system-ui through fontconfig on Linux). Measuring once as soon as the
 * core exists does it before the first graph is drawn rather than during it.
 */
function warmLabelFont(container: HTMLElement): void {
  if (!container.isConnected) return;
  const family = getComputedStyle(container).fontFamily;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return;
  for (const { size, weight } of [NODE_LABEL_FONT, EDGE_LABEL_FONT]) {
    context.font = `${weight} ${size}px ${family}`;
    context.measureText('Entity Ag');
  }
}

/**
 * The viewport that fits the bodies of `elements` into the core's box, less what `insets` cover
 * (see src/view/fit.ts), within the core's zoom limits; the current one when there is nothing to fit.
 */
export function fitViewport(cy: Core, elements: cytoscape.Collection, padding = PRESET_PADDING, insets: Insets = NO_INSETS): Viewport {
  const box = elements.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
  const size = { width: cy.width(), height: cy.height() };
  return fitExtent(box, size, { padding, insets, zoom: { min: cy.minZoom(), max: cy.maxZoom() } }) ?? { zoom: cy.zoom(), pan: cy.pan() };
}

/** What the overview draws of a view: what is visible, highlighted and selected. */
function overviewViewOf(view: DrawnView) {
  return { visible: view.visible, highlighted: view.classes.highlighted, selected: view.selected };
}
