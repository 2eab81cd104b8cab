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
import { labelBox, placeLabels, type Box, type LabelCandidate, type LabelSide, type Obstacle } from '../../view/labels';
import { LABEL_MARGIN, LABEL_OUTLINE } from '../../view/stylesheet';
import type { CytoscapeController } from './cytoscape-controller';
import type { ViewController } from './view-controller';

/** The label sides a node tries, in order; below is where labels read best. */
const NODE_SIDES = ['bottom', 'right', 'left', 'top'] as const;
const SIDE_CLASSES: Record<Exclude<LabelSide, 'bottom' | 'centre'>, string> = { top: 'label-top', right: 'label-right', left: 'label-left' };
const LABEL_CLASSES = ['label-hidden', ...Object.values(SIDE_CLASSES)];

/** How long the view must stay still before labels are placed again, in ms. */
const SETTLE = 90;

/** Tiers of priority (see `priorityOf`); higher is placed first. */
const PRIORITY = { chosen: 40_000, pointed: 40_000, storyNew: 30_000, headlineNode: 25_000, headlineEdge: 20_000, labelledEdge: 10_000 } as const;
/** Within a tier, entities' names before lines' labels. */
const NODE_FIRST = 1_000;

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
   * picture whatever the view has been, and no label covers another in it.
   * Synchronous, so the screen never shows the difference; place the labels again after.
   */
  unscaled<T>(draw: () => T): T {
    const cy = this.cytoscape.cy;
    const before = this.scale;
    if (!cy || cy.destroyed() || !this.full()) return draw();
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

/** Model space to the screen, for a box. */
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

function onScreen(frame: Frame, box: { x1: number; y1: number; x2: number; y2: number }): Box {
  const { zoom, pan } = frame;
  return { x1: box.x1 * zoom + pan.x, y1: box.y1 * zoom + pan.y, x2: box.x2 * zoom + pan.x, y2: box.y2 * zoom + pan.y };
}

const LABEL_ONLY = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false } as const;

function hasLabel(element: SingularElementArgument): boolean {
  return element.style('label') !== '' && element.style('display') !== 'none';
}

/**
 * What goes first: what the reader chose or points at (the selection, the keyboard focus, a hovered
 * neighbourhood, a sentence's claims), then what the story's paragraph adds, then the claim the graph
 * is about, then the rest, best connected first. Within each, entities' names go before lines'
 * labels: a name says what is there; a line's label then slides along its line to find room.
 */
function priorityOf(element: SingularElementArgument): number {
  const has = (name: string) => element.hasClass(name);
  const node = element.isNode();
  const degree = node ? Math.min(999, (element as NodeSingular).degree(false)) : 0;
  if (element.selected() || has('keyboard-focus')) return PRIORITY.chosen + (node ? 2 * NODE_FIRST : 0);
  if (has('highlighted') || has('labelled')) return PRIORITY.pointed + (node ? NODE_FIRST : 0) + degree;
  if (has('story-new')) return PRIORITY.storyNew + (node ? NODE_FIRST : 0) + degree;
  if (has('headline')) return node ? PRIORITY.headlineNode + degree : PRIORITY.headlineEdge;
  return node ? degree : PRIORITY.labelledEdge;
}

/** Places every label of the graph on screen now (the stylesheet built at `scale`), and applies the placement as classes. */
export function placeOn(cy: Core, scale: ScreenScale, frame: Frame = screenOf(cy)): Map<string, LabelSide> {
  const { zoom } = frame;
  // Cytoscape puts a label's text `margin` from the node's box, and the label's box takes in the
  // text's outline on every side: the box starts that much nearer the node.
  const margin = (LABEL_MARGIN - LABEL_OUTLINE) * scale.nodeLabel * zoom;
  const candidates: LabelCandidate[] = [];
  const obstacles: Obstacle[] = [];
  cy.nodes().forEach((node) => {
    if (node.style('display') === 'none') return;
    const model = node.position();
    const x = model.x * zoom + frame.pan.x;
    const y = model.y * zoom + frame.pan.y;
    const radius = (node.outerWidth() / 2) * zoom;
    obstacles.push({ id: node.id(), box: { x1: x - radius, y1: y - radius, x2: x + radius, y2: y + radius } });
    const bodyRadius = (Number(node.numericStyle('height')) / 2) * zoom;
    if (!hasLabel(node) || node.hasClass('faded')) return;
    const box = node.boundingBox(LABEL_ONLY);
    if (!(box.w > 0 && box.h > 0)) return;
    const size = { width: box.w * zoom, height: box.h * zoom };
    const priority = priorityOf(node);
    candidates.push({
      id: node.id(),
      priority,
      required: priority >= PRIORITY.headlineEdge,
      places: NODE_SIDES.map((side) => ({ side, box: labelBox(side, { x, y }, bodyRadius, size, margin) })),
    });
  });
  const slides = new Map<string, { x: number; y: number }>();
  cy.edges().forEach((edge) => {
    if (!hasLabel(edge) || edge.hasClass('faded')) return;
    // Where the label stands now, without any slide given before.
    const slid = slideOf(edge);
    const box = onScreen(frame, edge.boundingBox(LABEL_ONLY));
    if (!(box.x2 - box.x1 > 0 && box.y2 - box.y1 > 0)) return;
    const centred = { x1: box.x1 - slid.x * zoom, y1: box.y1 - slid.y * zoom, x2: box.x2 - slid.x * zoom, y2: box.y2 - slid.y * zoom };
    const priority = priorityOf(edge);
    // The label may slide along its edge, from the middle towards either end, and to either side of
    // the line (a plate's height off it), to find room.
    const { x: dx, y: dy } = edgeSpan(edge);
    const length = Math.hypot(dx, dy) || 1;
    const normal = { x: -dy / length, y: dx / length };
    const off = ((centred.y2 - centred.y1) / 2 + 3) / zoom;
    const offsets = EDGE_SLIDES.flatMap((t) => [0, off, -off].map((across) => ({ x: dx * t + normal.x * across, y: dy * t + normal.y * across })));
    const places = offsets.map((slide, index) => {
      slides.set(`${edge.id()}@${index}`, slide);
      return { side: `centre@${index}` as LabelSide, box: { x1: centred.x1 + slide.x * zoom, y1: centred.y1 + slide.y * zoom, x2: centred.x2 + slide.x * zoom, y2: centred.y2 + slide.y * zoom } };
    });
    candidates.push({ id: edge.id(), priority, required: priority >= PRIORITY.headlineEdge, places });
  });
  const placed = placeLabels(candidates, obstacles, { gap: 2, ...(frame.viewport ? { viewport: frame.viewport } : {}) });
  batch(cy, () => {
    for (const candidate of candidates) {
      const element = cy.getElementById(candidate.id);
      const side = placed.get(candidate.id);
      if (element.isEdge()) {
        setLabelClasses(element, side === undefined ? ['label-hidden'] : []);
        setSlide(element, side === undefined ? { x: 0, y: 0 } : (slides.get(`${candidate.id}@${side.slice('centre@'.length)}`) ?? { x: 0, y: 0 }));
        continue;
      }
      setLabelClasses(element, side === undefined ? ['label-hidden'] : side === 'bottom' ? [] : [SIDE_CLASSES[side as keyof typeof SIDE_CLASSES]]);
    }
  });
  return placed;
}

/** Where along its edge a label may stand, as a fraction of the edge from its middle: the middle first; at each, on the line or beside it. */
const EDGE_SLIDES = [0, -0.14, 0.14, -0.26, 0.26] as const;

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
