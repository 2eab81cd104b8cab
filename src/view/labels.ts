/**
 * Which labels are drawn, and where, so that none covers another: the way sigma.js keeps a dense
 * picture readable, labels are taken in order of priority (what is selected or pointed at, then the
 * claim the graph is about, then the best connected) and each goes to the first place around its
 * element that overlaps no label already placed and no other entity; a label with no such place is
 * not drawn until zooming in makes room. Pure: boxes in, placements out.
 */

/** A rectangle on screen, in CSS pixels. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a node's label sits around it; an edge's label sits on the edge (`centre`, or `centre@n`, the nth place along it). */
export type LabelSide = 'bottom' | 'right' | 'left' | 'top' | 'centre' | `centre@${number}`;

export interface LabelCandidate {
  id: string;
  /** Higher goes first. */
  priority: number;
  /**
   * A label that must be drawn (the selection, the claim the graph is about): when every place
   * overlaps some entity, it takes the first that overlaps no label, over the entity.
   */
  required?: boolean;
  /** The places the label may take, in order of preference, each with its box. */
  places: ReadonlyArray<{ side: LabelSide; box: Box }>;
}

export interface Obstacle {
  /** The element the obstacle is (a node's body); its own label may touch it. */
  id: string;
  box: Box;
}

export interface PlacementOptions {
  /** Room kept between two labels, in px. */
  gap?: number;
  /** The visible area: a label must lie within it; one of an element wholly outside it is not drawn. */
  viewport?: Box;
}

function within(box: Box, area: Box): boolean {
  return box.x1 >= area.x1 && box.y1 >= area.y1 && box.x2 <= area.x2 && box.y2 <= area.y2;
}

function overlaps(a: Box, b: Box, gap: number): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

/** A uniform grid over boxes, so that each test looks at its neighbours only. */
class BoxGrid {
  /** Filed boxes by cell; a cell's key is a number made of its column and row. */
  private readonly cells = new Map<number, Array<{ id: string; box: Box }>>();
  /** Boxes too large to file cell by cell (a very long label): tested against one another only. */
  private readonly huge: Array<{ id: string; box: Box }> = [];

  constructor(private readonly size: number) {}

  /**
   * The cells `box` covers, or undefined for a box of more than a few hundred. Keys of cells far
   * apart may coincide: every box found in a cell is still tested itself.
   */
  private cellsOf(box: Box): number[] | undefined {
    const cx1 = Math.floor(box.x1 / this.size);
    const cy1 = Math.floor(box.y1 / this.size);
    const cx2 = Math.floor(box.x2 / this.size);
    const cy2 = Math.floor(box.y2 / this.size);
    if (!((cx2 - cx1 + 1) * (cy2 - cy1 + 1) <= 400)) return undefined;
    const keys: number[] = [];
    for (let x = cx1; x <= cx2; x++) for (let y = cy1; y <= cy2; y++) keys.push(x * 2_097_152 + y);
    return keys;
  }

  add(id: string, box: Box): void {
    const entry = { id, box };
    const keys = this.cellsOf(box);
    if (!keys) return void this.huge.push(entry);
    for (const key of keys) {
      const cell = this.cells.get(key);
      if (cell) cell.push(entry);
      else this.cells.set(key, [entry]);
    }
  }

  /** The lists of filed boxes near `box`: those of its cells, and the huge ones. */
  private near(box: Box): Array<ReadonlyArray<{ id: string; box: Box }>> {
    const lists: Array<ReadonlyArray<{ id: string; box: Box }>> = [this.huge];
    for (const key of this.cellsOf(box) ?? []) {
      const cell = this.cells.get(key);
      if (cell) lists.push(cell);
    }
    return lists;
  }

  /** How much of `box` the filed boxes of other elements cover, in square px. */
  coverage(box: Box, except?: string): number {
    let area = 0;
    const seen = new Set<Box>();
    for (const list of this.near(box)) {
      for (const other of list) {
        if (other.id === except || seen.has(other.box)) continue;
        seen.add(other.box);
        const w = Math.min(box.x2, other.box.x2) - Math.max(box.x1, other.box.x1);
        const h = Math.min(box.y2, other.box.y2) - Math.max(box.y1, other.box.y1);
        if (w > 0 && h > 0) area += w * h;
      }
    }
    return area;
  }

  /** Whether `box` overlaps a filed box of another element. */
  hits(box: Box, gap: number, except?: string): boolean {
    const grown = { x1: box.x1 - gap, y1: box.y1 - gap, x2: box.x2 + gap, y2: box.y2 + gap };
    for (const list of this.near(grown)) {
      for (const other of list) if (other.id !== except && overlaps(box, other.box, gap)) return true;
    }
    return false;
  }
}

/**
 * The labels to draw and where: in priority order (ties keep the candidates' order), the first
 * place that overlaps no placed label and no other element's body.
 */
export function placeLabels(candidates: readonly LabelCandidate[], obstacles: readonly Obstacle[], options: PlacementOptions = {}): Map<string, LabelSide> {
  const gap = options.gap ?? 2;
  const grid = new BoxGrid(64);
  const bodies = new BoxGrid(64);
  for (const obstacle of obstacles) bodies.add(obstacle.id, obstacle.box);
  const placed = new Map<string, LabelSide>();
  const ordered = candidates.map((candidate, index) => ({ candidate, index })).sort((a, b) => b.candidate.priority - a.candidate.priority || a.index - b.index);
  const viewport = options.viewport;
  const place = (id: string, side: LabelSide, box: Box) => {
    grid.add(id, box);
    placed.set(id, side);
  };
  // Where the labels that must be drawn would rather be: the others keep clear of it while they can.
  const reserved = new BoxGrid(64);
  for (const candidate of candidates) {
    const preferred = candidate.required ? candidate.places[0] : undefined;
    if (preferred && (!viewport || within(preferred.box, viewport))) reserved.add(candidate.id, preferred.box);
  }
  for (const { candidate } of ordered) {
    const places = viewport ? candidate.places.filter(({ box }) => within(box, viewport)) : candidate.places;
    const clear = (box: Box) => !grid.hits(box, gap) && !bodies.hits(box, 0, candidate.id);
    // Clear of the reservations if it can be; else where it covers least of them.
    const clearPlaces = places.filter(({ box }) => clear(box));
    const free =
      clearPlaces.find(({ box }) => !reserved.hits(box, gap, candidate.id)) ??
      clearPlaces.reduce<(typeof places)[number] | undefined>((best, place) => (!best || reserved.coverage(place.box, candidate.id) < reserved.coverage(best.box, candidate.id) ? place : best), undefined);
    if (free) place(candidate.id, free.side, free.box);
    else if (candidate.required) {
      const overEntity = places.find(({ box }) => !grid.hits(box, gap));
      if (overEntity) place(candidate.id, overEntity.side, overEntity.box);
    }
  }
  return placed;
}

/** The box of a node's label on `side`, from the label's size and the node's centre and radius (all on screen). */
export function labelBox(side: 'bottom' | 'right' | 'left' | 'top', centre: { x: number; y: number }, radius: number, size: { width: number; height: number }, margin: number): Box {
  const { x, y } = centre;
  const { width: w, height: h } = size;
  switch (side) {
    case 'bottom':
      return { x1: x - w / 2, y1: y + radius + margin, x2: x + w / 2, y2: y + radius + margin + h };
    case 'top':
      return { x1: x - w / 2, y1: y - radius - margin - h, x2: x + w / 2, y2: y - radius - margin };
    case 'right':
      return { x1: x + radius + margin, y1: y - h / 2, x2: x + radius + margin + w, y2: y + h / 2 };
    case 'left':
      return { x1: x - radius - margin - w, y1: y - h / 2, x2: x - radius - margin, y2: y + h / 2 };
  }
}

/** Boxes that overlap one another, as pairs of ids (for tests and checks). */
export function overlappingPairs(boxes: ReadonlyArray<{ id: string; box: Box }>, gap = 0): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!.box, boxes[j]!.box, gap)) pairs.push([boxes[i]!.id, boxes[j]!.id]);
  }
  return pairs;
}

/**
 * Tiers of priority for `labelPriority`; higher is placed first. Within a tier, entities' names
 * come before lines' labels (`NODE_FIRST`): a name says what is there, and a line's label then
 * slides along its line to find room.
 */
export const PRIORITY = { chosen: 40_000, pointed: 40_000, storyNew: 30_000, headlineNode: 25_000, headlineEdge: 20_000, labelledEdge: 10_000 } as const;
const NODE_FIRST = 1_000;

/** What decides how early an element's label is placed. */
export interface LabelStanding {
  node: boolean;
  /** Its edges, for a node (loops left out). */
  degree: number;
  /** Selected, or the keyboard's focus. */
  chosen?: boolean;
  /** Highlighted (a hovered neighbourhood) or labelled by a sentence. */
  pointed?: boolean;
  storyNew?: boolean;
  headline?: boolean;
}

/**
 * What goes first: what the reader chose or points at, then what the story's paragraph adds, then
 * the claim the graph is about, then the rest, best connected first.
 */
export function labelPriority(standing: LabelStanding): number {
  const { node } = standing;
  const degree = node ? Math.min(999, standing.degree) : 0;
  if (standing.chosen) return PRIORITY.chosen + (node ? 2 * NODE_FIRST : 0);
  if (standing.pointed) return PRIORITY.pointed + (node ? NODE_FIRST : 0) + degree;
  if (standing.storyNew) return PRIORITY.storyNew + (node ? NODE_FIRST : 0) + degree;
  if (standing.headline) return node ? PRIORITY.headlineNode + degree : PRIORITY.headlineEdge;
  return node ? degree : PRIORITY.labelledEdge;
}

/** The label sides a node tries, in order; below is where labels read best. */
export const NODE_SIDES = ['bottom', 'right', 'left', 'top'] as const;

/** Where along its edge a label may stand, as a fraction of the edge from its middle: the middle first; at each, on the line or beside it. */
const EDGE_SLIDES = [0, -0.14, 0.14, -0.26, 0.26] as const;

/** A node on screen: its centre, its outer radius (body and border) and its body's, and its label's size if it shows one. */
export interface NodeLabelSite {
  id: string;
  centre: { x: number; y: number };
  radius: number;
  bodyRadius: number;
  label?: { width: number; height: number };
  priority: number;
}

/** An edge's label on screen where it stands unslid (centred on the edge), and the edge from source to target in model units. */
export interface EdgeLabelSite {
  id: string;
  box: Box;
  span: { x: number; y: number };
  priority: number;
}

/**
 * The candidates and obstacles of a placement: every node's body is an obstacle, every label a
 * candidate with its places (a node's four sides, `margin` from its body; an edge's places along
 * and beside its line, whose slides in model units are returned by place name). Labels from the
 * claim's tier up must be drawn.
 */
export function labelCandidates(
  nodes: readonly NodeLabelSite[],
  edges: readonly EdgeLabelSite[],
  zoom: number,
  margin: number,
): { candidates: LabelCandidate[]; obstacles: Obstacle[]; slides: Map<string, { x: number; y: number }> } {
  const candidates: LabelCandidate[] = [];
  const obstacles: Obstacle[] = [];
  const slides = new Map<string, { x: number; y: number }>();
  for (const node of nodes) {
    const { x, y } = node.centre;
    obstacles.push({ id: node.id, box: { x1: x - node.radius, y1: y - node.radius, x2: x + node.radius, y2: y + node.radius } });
    const label = node.label;
    if (!label) continue;
    candidates.push({
      id: node.id,
      priority: node.priority,
      required: node.priority >= PRIORITY.headlineEdge,
      places: NODE_SIDES.map((side) => ({ side, box: labelBox(side, node.centre, node.bodyRadius, label, margin) })),
    });
  }
  for (const edge of edges) {
    const centred = edge.box;
    // The label may slide along its edge, from the middle towards either end, and to either side of
    // the line (a plate's height off it), to find room.
    const length = Math.hypot(edge.span.x, edge.span.y) || 1;
    const normal = { x: -edge.span.y / length, y: edge.span.x / length };
    const off = ((centred.y2 - centred.y1) / 2 + 3) / zoom;
    const offsets = EDGE_SLIDES.flatMap((t) => [0, off, -off].map((across) => ({ x: edge.span.x * t + normal.x * across, y: edge.span.y * t + normal.y * across })));
    const places = offsets.map((slide, index) => {
      slides.set(`${edge.id}@${index}`, slide);
      return { side: `centre@${index}` as LabelSide, box: { x1: centred.x1 + slide.x * zoom, y1: centred.y1 + slide.y * zoom, x2: centred.x2 + slide.x * zoom, y2: centred.y2 + slide.y * zoom } };
    });
    candidates.push({ id: edge.id, priority: edge.priority, required: edge.priority >= PRIORITY.headlineEdge, places });
  }
  return { candidates, obstacles, slides };
}

/** The slide (in model units) of an edge label placed at `side` (`centre@n`), from `labelCandidates`' slides. */
export function slideFor(slides: ReadonlyMap<string, { x: number; y: number }>, id: string, side: LabelSide | undefined): { x: number; y: number } {
  if (side === undefined || !side.startsWith('centre@')) return { x: 0, y: 0 };
  return slides.get(`${id}@${side.slice('centre@'.length)}`) ?? { x: 0, y: 0 };
}
