/**
 * Keeps the picture readable at the size it is seen. At the full level of detail, whenever the
 * view settles (after a draw, a zoom or pan, a layout, a change of selection or filters):
 * - labels, nodes and lines are drawn no smaller than `MIN_ON_SCREEN` (the stylesheet is rebuilt
 *   at the new scale, in steps, only when the step changes);
 * - each label goes where it overlaps no other (labels.ts), in order of priority: what is selected
 *   or pointed at, the claim the graph is about, then the best connected; the others wait for room.
 * Large graphs (the `fast` level) keep their own rules: labels appear once zoomed in enough.
 */
import type { Collection, Core, EdgeSingular, EventObject, NodeSingular, SingularElementArgument } from 'cytoscape';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { batch } from '../../view/batch';
import { sameScale, screenScale, UNSCALED, type ScreenScale } from '../../view/encoding';
import { labelCandidates, labelPriority, placeLabels, slideFor, type Box, type EdgeLabelSite, type LabelSide, type NodeLabelSite } from '../../view/labels';
import { LABEL_MARGIN, LABEL_OUTLINE } from '../../view/stylesheet';
import type { CytoscapeController } from './cytoscape-controller';
import type { ViewController } from './view-controller';

const SIDE_CLASSES: Record<Exclude<LabelSide, 'bottom' | 'centre'>, string> = { top: 'label-top', right: 'label-right', left: 'label-left' };
const LABEL_CLASSES = ['label-hidden', ...Object.values(SIDE_CLASSES)];

/** How long the view must stay still before labels are placed again, in ms. */
const SETTLE = 90;

export class LabelController implements ReactiveController {
  /** The scale the stylesheet was built at. */
  scale: ScreenScale = UNSCALED;
  private cy: Core | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The view the labels were last placed for: a new selection or hover changes what goes first. */
  private placedFor: unknown;
  private readonly onViewport = (event: EventObject) => {
    // A viewport change of a core this controller no longer follows is ignored.
    if (event.cy !== this.cy) return;
    this.schedule();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly cytoscape: CytoscapeController,
    private readonly view: ViewController,
    /** Whether the graph is drawn at the full level of detail (the only one whose labels are placed). */
    private readonly full: () => boolean,
    /** Rebuilds the stylesheet at a new scale. */
    private readonly restyle: (scale: ScreenScale) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.follow(undefined);
  }

  /** After the view is applied (the view controller comes first): labels placed again if it changed. */
  hostUpdated(): void {
    if (this.view.state === this.placedFor) return;
    this.placedFor = this.view.state;
    this.update();
  }

  /** The scale for the core's zoom now (unscaled for large graphs). */
  scaleFor(zoom: number): ScreenScale {
    return this.full() ? screenScale(zoom) : UNSCALED;
  }

  /** Places the labels now: after a draw, before its first frame, and after a change of view. */
  update(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const cy = this.cytoscape.cy;
    this.follow(cy);
    if (!cy || cy.destroyed() || cy.elements().empty()) return;
    const scale = this.scaleFor(cy.zoom());
    if (!sameScale(scale, this.scale)) {
      this.scale = scale;
      this.restyle(scale);
    }
    if (this.full()) placeOn(cy, this.scale);
    else clearPlacement(cy);
  }

  /**
   * Places the labels for what the elements show at this moment, at the current scale, at once: an
   * export that takes the passing state off places them for the plain picture, then again after.
   */
  placeNow(): void {
    const cy = this.cytoscape.cy;
    if (cy && !cy.destroyed() && this.full()) placeOn(cy, this.scale);
  }

  /**
   * Runs `draw` with the graph styled at its own size (no screen scale) and its labels placed for
   * the whole graph at that size, from nothing (not from the screen's placement, which depends on the
   * zoom and on what was placed before), then puts the style back: a whole-graph export is the same
   * picture whatever the view has been, and no label covers another in it. A large graph is not
   * restyled: `draw` is given the elements whose labels to draw.
   * Synchronous, so the screen never shows the difference; place the labels again after.
   */
  unscaled<T>(draw: (labels?: ReadonlySet<string>) => T): T {
    const cy = this.cytoscape.cy;
    if (!cy || cy.destroyed()) return draw();
    if (!this.full()) {
      // A large graph: at its own size every label is legible, and thousands of them would cover
      // one another. The labels with room below their node are drawn, the others left out; nothing
      // is restyled (the screen keeps its own rules).
      return draw(new Set(placementOf(cy, UNSCALED, WHOLE_GRAPH, ['bottom']).placed.keys()));
    }
    const before = this.scale;
    const changed = !sameScale(UNSCALED, before);
    if (changed) this.restyle(UNSCALED);
    clearPlacement(cy);
    cy.edges().forEach((edge) => setSlide(edge, { x: 0, y: 0 }));
    placeOn(cy, UNSCALED, WHOLE_GRAPH);
    try {
      return draw();
    } finally {
      if (changed) this.restyle(before);
    }
  }

  /** The stylesheet was rebuilt (a new graph, a theme): at this scale. */
  styled(scale: ScreenScale): void {
    this.scale = scale;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), SETTLE);
  }

  private follow(cy: Core | undefined): void {
    if (cy === this.cy) return;
    if (this.cy && !this.cy.destroyed()) {
      this.cy.off('viewport', this.onViewport);
      this.cy.off('free', 'node', this.onViewport);
      this.cy.off('layoutstop', this.onViewport);
    }
    this.cy = cy;
    if (!cy) return;
    cy.on('viewport', this.onViewport);
    cy.on('free', 'node', this.onViewport);
    cy.on('layoutstop', this.onViewport);
  }
}

/** Where labels are placed: the screen (the core's viewport, the labels kept inside it), or the whole graph at its own size (an export). */
interface Frame {
  zoom: number;
  pan: { x: number; y: number };
  viewport?: Box;
}

function screenOf(cy: Core): Frame {
  return { zoom: cy.zoom(), pan: cy.pan(), viewport: { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() } };
}

const WHOLE_GRAPH: Frame = { zoom: 1, pan: { x: 0, y: 0 } };

/** Model space to the screen, for a box. */
function onScreen(frame: Frame, box: { x1: number; y1: number; x2: number; y2: number }): Box {
  const { zoom, pan } = frame;
  return { x1: box.x1 * zoom + pan.x, y1: box.y1 * zoom + pan.y, x2: box.x2 * zoom + pan.x, y2: box.y2 * zoom + pan.y };
}

const LABEL_ONLY = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false } as const;

function hasLabel(element: SingularElementArgument): boolean {
  return element.style('label') !== '' && element.style('display') !== 'none';
}

/** How early an element's label is placed (labels.ts), from what the view made of it. */
function priorityOf(element: SingularElementArgument): number {
  const has = (name: string) => element.hasClass(name);
  const node = element.isNode();
  return labelPriority({
    node,
    degree: node ? (element as NodeSingular).degree(false) : 0,
    chosen: element.selected() || has('keyboard-focus'),
    pointed: has('highlighted') || has('labelled'),
    storyNew: has('story-new'),
    headline: has('headline'),
  });
}

/**
 * Where each label of the graph would go in `frame` (the stylesheet built at `scale`), by priority,
 * and the candidates and edge slides it was chosen from; `sides` limits where a node's label may go.
 */
function placementOf(cy: Core, scale: ScreenScale, frame: Frame, sides?: readonly LabelSide[]) {
  const { zoom } = frame;
  // Cytoscape puts a label's text `margin` from the node's box, and the label's box takes in the
  // text's outline on every side: the box starts that much nearer the node.
  const margin = (LABEL_MARGIN - LABEL_OUTLINE) * scale.nodeLabel * zoom;
  const nodes: NodeLabelSite[] = [];
  cy.nodes().forEach((node) => {
    if (node.style('display') === 'none') return;
    const box = hasLabel(node) && !node.hasClass('faded') ? node.boundingBox(LABEL_ONLY) : undefined;
    const model = node.position();
    nodes.push({
      id: node.id(),
      centre: { x: model.x * zoom + frame.pan.x, y: model.y * zoom + frame.pan.y },
      radius: (node.outerWidth() / 2) * zoom,
      bodyRadius: (Number(node.numericStyle('height')) / 2) * zoom,
      label: box && box.w > 0 && box.h > 0 ? { width: box.w * zoom, height: box.h * zoom } : undefined,
      priority: priorityOf(node),
    });
  });
  const edges: EdgeLabelSite[] = [];
  cy.edges().forEach((edge) => {
    if (!hasLabel(edge) || edge.hasClass('faded')) return;
    // Where the label stands now, without any slide given before.
    const slid = slideOf(edge);
    const box = onScreen(frame, edge.boundingBox(LABEL_ONLY));
    if (!(box.x2 - box.x1 > 0 && box.y2 - box.y1 > 0)) return;
    edges.push({ id: edge.id(), box: { x1: box.x1 - slid.x * zoom, y1: box.y1 - slid.y * zoom, x2: box.x2 - slid.x * zoom, y2: box.y2 - slid.y * zoom }, span: edgeSpan(edge), priority: priorityOf(edge) });
  });
  const found = labelCandidates(nodes, edges, zoom, margin);
  const candidates = sides ? found.candidates.map((candidate) => ({ ...candidate, places: candidate.places.filter((place) => place.side.startsWith('centre') || sides.includes(place.side)) })) : found.candidates;
  const placed = placeLabels(candidates, found.obstacles, { gap: 2, ...(frame.viewport ? { viewport: frame.viewport } : {}) });
  return { candidates, placed, slides: found.slides };
}

/** Places every label of the graph on screen now (the stylesheet built at `scale`), and applies the placement as classes. */
export function placeOn(cy: Core, scale: ScreenScale, frame: Frame = screenOf(cy)): Map<string, LabelSide> {
  const { candidates, placed, slides } = placementOf(cy, scale, frame);
  batch(cy, () => {
    for (const candidate of candidates) {
      const element = cy.getElementById(candidate.id);
      const side = placed.get(candidate.id);
      if (element.isEdge()) {
        setLabelClasses(element, side === undefined ? ['label-hidden'] : []);
        setSlide(element, slideFor(slides, candidate.id, side));
        continue;
      }
      setLabelClasses(element, side === undefined ? ['label-hidden'] : side === 'bottom' ? [] : [SIDE_CLASSES[side as keyof typeof SIDE_CLASSES]]);
    }
  });
  return placed;
}

/** From an edge's source to its target, in model units. */
function edgeSpan(edge: SingularElementArgument): { x: number; y: number } {
  const source = (edge as EdgeSingular).source().position();
  const target = (edge as EdgeSingular).target().position();
  return { x: target.x - source.x, y: target.y - source.y };
}

/** How far a label was slid from the middle of its edge (its text margins, in model units). */
function slideOf(edge: SingularElementArgument): { x: number; y: number } {
  return { x: Number(edge.numericStyle('text-margin-x')) || 0, y: Number(edge.numericStyle('text-margin-y')) || 0 };
}

function setSlide(edge: SingularElementArgument, slide: { x: number; y: number }): void {
  const now = slideOf(edge);
  if (Math.abs(now.x - slide.x) < 0.5 && Math.abs(now.y - slide.y) < 0.5) return;
  if (slide.x === 0 && slide.y === 0) edge.removeStyle('text-margin-x text-margin-y');
  else edge.style({ 'text-margin-x': slide.x, 'text-margin-y': slide.y });
}

function setLabelClasses(element: SingularElementArgument, wanted: string[]): void {
  for (const name of LABEL_CLASSES) {
    const want = wanted.includes(name);
    if (element.hasClass(name) !== want) element.toggleClass(name, want);
  }
}

/** Every label where the stylesheet puts it, none left out. */
function clearPlacement(cy: Core): void {
  const placed = cy.elements(LABEL_CLASSES.map((name) => `.${name}`).join(', ')) as Collection;
  if (placed.nonempty()) placed.removeClass(LABEL_CLASSES.join(' '));
}
