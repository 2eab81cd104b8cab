/**
 * The overview: a large graph's first picture, drawn straight from the nodes' positions onto one
 * canvas while Cytoscape builds its model, which on tens of thousands of elements takes seconds.
 * It draws what Cytoscape draws for the `fast` level of detail at the same viewport (type shapes and
 * colours, straight edges in relation colours and line styles, no labels) and is removed as soon as
 * Cytoscape has drawn, so the swap is not seen. Meanwhile it answers the reader: `NodeIndex` finds
 * the node under the pointer, and `drawOverviewView` draws what the view makes of the graph (the
 * hovered node's relationships, the selection), as the `fast` stylesheet's rules draw it.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ElementSet } from '../model/queries';
import { CERTAINTY_ENCODING, DASH_PATTERNS, NODE_BOX, NODE_LABEL_FONT, paint, type Encoding, type LineStyle, type NodeShape } from './encoding';
import { FAST_EDGE, FAST_EMPHASIS, FAST_MIN_LABEL_PX } from './level-of-detail';
import { traceShape } from './shapes';
import { quoteValue, type ThemeTokens } from './stylesheet';
import { PAUSE_EVERY, runAtOnce } from '../model/slices';

/** How the overview paints: what the `fast` stylesheet draws before anything is selected. */
export interface OverviewPaint {
  node: { size: number; color: string; borderWidth: number; borderColor: string };
  types: ReadonlyMap<string, { color: string; shape: NodeShape }>;
  edge: { width: number; color: string; opacity: number };
  relations: ReadonlyMap<string, { color: string; width: number; opacity: number }>;
  lineStyles: ReadonlyMap<string, LineStyle>;
  /** Node labels are drawn at this on-screen size and above: the overview is only used below it. */
  labelFontSize: number;
  minLabelPx: number;
}

/** The overview's paint, from the same encoding, tokens and constants as the `fast` stylesheet. */
export function overviewPaint(encoding: Encoding, tokens: ThemeTokens): OverviewPaint {
  // Keys the stylesheet cannot quote get no rule there, so the default look here.
  const styled = <T extends { key: string }>(items: T[]) => items.filter((item) => quoteValue(item.key) !== undefined);
  return {
    node: { size: NODE_BOX.size, color: NODE_BOX.color, borderWidth: NODE_BOX.borderWidth, borderColor: tokens.halo },
    types: new Map(styled(encoding.types).map((type) => [type.key, { color: paint(type.color, tokens), shape: type.shape }])),
    edge: { ...FAST_EDGE },
    relations: new Map(
      styled(encoding.relations).map((relation) => [
        relation.key,
        { color: paint(relation.color, tokens), ...(relation.emphasis ? FAST_EMPHASIS : { width: FAST_EDGE.width, opacity: FAST_EDGE.opacity }) },
      ]),
    ),
    lineStyles: new Map(CERTAINTY_ENCODING.map((certainty) => [certainty.key, certainty.lineStyle])),
    labelFontSize: NODE_LABEL_FONT.size,
    minLabelPx: FAST_MIN_LABEL_PX,
  };
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * The viewport that fits the nodes (their shapes, not their labels) into `width` x `height` with
 * `padding` around, within the zoom limits, centred: what `cy.fit` gives when labels are not drawn.
 */
export function fitViewport(
  nodes: readonly ElementDefinition[],
  nodeSize: number,
  box: { width: number; height: number },
  padding: number,
  zoomLimits: { min: number; max: number },
): Viewport | undefined {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const node of nodes) {
    const position = node.position;
    if (!position) return undefined;
    if (position.x < x1) x1 = position.x;
    if (position.x > x2) x2 = position.x;
    if (position.y < y1) y1 = position.y;
    if (position.y > y2) y2 = position.y;
  }
  if (!Number.isFinite(x1) || box.width <= 2 * padding || box.height <= 2 * padding) return undefined;
  const half = nodeSize / 2;
  const w = x2 - x1 + 2 * half;
  const h = y2 - y1 + 2 * half;
  const zoom = Math.max(zoomLimits.min, Math.min(zoomLimits.max, (box.width - 2 * padding) / w, (box.height - 2 * padding) / h));
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  return { zoom, pan: { x: box.width / 2 - zoom * cx, y: box.height / 2 - zoom * cy } };
}

/** Sizes `canvas` to the box at `pixelRatio`, clears it and sets it to draw model units at `viewport`. */
function prepare(canvas: HTMLCanvasElement, viewport: Viewport, size: { width: number; height: number; pixelRatio: number }): CanvasRenderingContext2D | null {
  canvas.width = Math.round(size.width * size.pixelRatio);
  canvas.height = Math.round(size.height * size.pixelRatio);
  canvas.style.width = `${size.width}px`;
  canvas.style.height = `${size.height}px`;
  const context = canvas.getContext('2d');
  if (!context) return null;
  const scale = size.pixelRatio * viewport.zoom;
  context.setTransform(scale, 0, 0, scale, size.pixelRatio * viewport.pan.x, size.pixelRatio * viewport.pan.y);
  return context;
}

/** The overview only stands in for Cytoscape where Cytoscape would draw no labels either. */
export function overviewApplies(paint: OverviewPaint, viewport: Viewport): boolean {
  return paint.labelFontSize * viewport.zoom < paint.minLabelPx;
}

/**
 * Draws the elements onto `canvas` (sized to `width` x `height` CSS px at `pixelRatio`) at
 * `viewport`: edges first, then nodes, as Cytoscape layers them.
 */
export function drawOverview(...args: Parameters<typeof drawingOverview>): void {
  runAtOnce(drawingOverview(...args));
}

/**
 * `drawOverview` as work that may pause between elements (see model/slices.ts), for a first picture
 * painted a slice per task before its canvas is shown.
 */
export function* drawingOverview(
  canvas: HTMLCanvasElement,
  elements: readonly ElementDefinition[],
  paint: OverviewPaint,
  viewport: Viewport,
  size: { width: number; height: number; pixelRatio: number },
  visible?: ElementSet,
): Generator<void, void> {
  const context = prepare(canvas, viewport, size);
  if (context) yield* drawingElements(context, elements, paint, visible);
}

/**
 * Draws the elements in model units onto `context` as it is transformed (the overview's viewport, or
 * an export's frame), as work that may pause between elements: edges first, then nodes, as
 * Cytoscape layers them. Only those in `visible` when it is given.
 */
export function* drawingElements(context: CanvasRenderingContext2D, elements: readonly ElementDefinition[], paint: OverviewPaint, visible?: ElementSet): Generator<void, void> {
  if (visible) elements = elements.filter((element) => (element.group === 'nodes' ? visible.nodes : visible.edges).has(String(element.data.key ?? element.data.id)));

  const positions = new Map<string, { x: number; y: number }>();
  for (const element of elements) {
    if (element.group === 'nodes' && element.position) positions.set(element.data.id as string, element.position);
  }

  // In the elements' order, one stroke or fill each, as Cytoscape draws them: where they overlap,
  // later ones cover earlier ones and translucent edges add up the same way.
  // The context's state is set only when it changes: setting a colour parses it.
  context.lineCap = 'butt';
  let edgeLook: OverviewPaint['edge'] | undefined;
  let dash: readonly number[] | undefined;
  let drawn = 0;
  for (const element of elements) {
    if (element.group === 'nodes') continue;
    if (++drawn % PAUSE_EVERY === 0) yield;
    const source = positions.get(element.data.source as string);
    const target = positions.get(element.data.target as string);
    if (!source || !target || source === target) continue;
    const encoded = paint.relations.get(String(element.data.relation)) ?? paint.edge;
    // The edge's own colour and width (conventions.ts) win, as in the stylesheet.
    const own = element.data.color !== undefined || element.data.width !== undefined;
    const look = own ? { ...encoded, color: (element.data.color as string | undefined) ?? encoded.color, width: (element.data.width as number | undefined) ?? encoded.width } : encoded;
    if (look !== edgeLook) {
      edgeLook = look;
      context.globalAlpha = look.opacity;
      context.strokeStyle = look.color;
      context.lineWidth = look.width;
    }
    const lineDash = DASH_PATTERNS[paint.lineStyles.get(String(element.data.certainty)) ?? 'solid'];
    if (lineDash !== dash) context.setLineDash([...(dash = lineDash)]);
    context.beginPath();
    context.moveTo(source.x, source.y);
    context.lineTo(target.x, target.y);
    context.stroke();
  }
  context.setLineDash([]);
  context.globalAlpha = 1;

  const half = paint.node.size / 2;
  context.lineWidth = paint.node.borderWidth;
  context.strokeStyle = paint.node.borderColor;
  let fill: string | undefined;
  for (const element of elements) {
    if (element.group !== 'nodes' || !element.position) continue;
    if (++drawn % PAUSE_EVERY === 0) yield;
    const { x, y } = element.position;
    const look = paint.types.get(String(element.data.type));
    const size = element.data.size as number | undefined;
    context.beginPath();
    traceShape(context, look?.shape ?? 'ellipse', x, y, size === undefined ? half : size / 2);
    const colour = (element.data.color as string | undefined) ?? look?.color ?? paint.node.color;
    if (colour !== fill) context.fillStyle = fill = colour;
    context.fill();
    if (paint.node.borderWidth > 0) context.stroke();
  }
}

/** Where the nodes stand, for finding the one under the pointer: a grid over model space. */
export class NodeIndex {
  private readonly cells = new Map<string, Array<{ id: string; x: number; y: number }>>();

  constructor(
    nodes: readonly ElementDefinition[],
    /** A node's radius, in model units. */
    private readonly radius: number,
  ) {
    for (const node of nodes) {
      if (!node.position) continue;
      const key = this.key(node.position.x, node.position.y);
      const cell = this.cells.get(key);
      const entry = { id: node.data.id as string, ...node.position };
      if (cell) cell.push(entry);
      else this.cells.set(key, [entry]);
    }
  }

  private key(x: number, y: number): string {
    return `${Math.floor(x / (2 * this.radius))},${Math.floor(y / (2 * this.radius))}`;
  }

  /** The id of the node under the model point, the nearest if bodies overlap there; `slack` widens them. */
  at(x: number, y: number, slack = 0): string | undefined {
    let best: { id: string; distance: number } | undefined;
    const [cx, cy] = this.key(x, y).split(',').map(Number);
    for (let i = cx! - 1; i <= cx! + 1; i++) {
      for (let j = cy! - 1; j <= cy! + 1; j++) {
        for (const node of this.cells.get(`${i},${j}`) ?? []) {
          const distance = Math.hypot(node.x - x, node.y - y);
          if (distance <= this.radius + slack && (!best || distance < best.distance)) best = { id: node.id, distance };
        }
      }
    }
    return best?.id;
  }
}

/** What the view makes of the graph, as the overview draws it (keys of the graph, as in view-state.ts). */
export interface OverviewView {
  highlighted: ElementSet;
  selected: ElementSet;
}

/** The `fast` stylesheet's rules for what the view marks (see stylesheet.ts), in model units. */
const MARKED = { edgeWidth: 4, selectedEdgeWidth: 5, nodeBorder: 3, selectedNodeBorder: 5 } as const;

/**
 * Draws onto `canvas` (over the overview, at the same viewport) the relationships the view
 * highlights or selects, wider, and the borders of the entities it highlights or selects, in the
 * accent colour: what Cytoscape's `highlighted` and `:selected` rules draw at the `fast` level.
 */
export function drawOverviewView(
  canvas: HTMLCanvasElement,
  elements: readonly ElementDefinition[],
  paint: OverviewPaint,
  view: OverviewView,
  accent: string,
  viewport: Viewport,
  size: { width: number; height: number; pixelRatio: number },
): void {
  const context = prepare(canvas, viewport, size);
  if (!context) return;
  const keyOf = (element: ElementDefinition) => String(element.data.key ?? element.data.id);
  const positions = new Map<string, { x: number; y: number }>();
  for (const element of elements) if (element.group === 'nodes' && element.position) positions.set(element.data.id as string, element.position);
  context.lineCap = 'butt';
  for (const element of elements) {
    if (element.group === 'nodes') continue;
    const selected = view.selected.edges.has(keyOf(element));
    if (!selected && !view.highlighted.edges.has(keyOf(element))) continue;
    const source = positions.get(element.data.source as string);
    const target = positions.get(element.data.target as string);
    if (!source || !target) continue;
    const look = paint.relations.get(String(element.data.relation)) ?? paint.edge;
    context.globalAlpha = look.opacity;
    context.strokeStyle = look.color;
    context.lineWidth = selected ? MARKED.selectedEdgeWidth : MARKED.edgeWidth;
    context.beginPath();
    context.moveTo(source.x, source.y);
    context.lineTo(target.x, target.y);
    context.stroke();
  }
  context.globalAlpha = 1;
  const half = paint.node.size / 2;
  for (const element of elements) {
    if (element.group !== 'nodes' || !element.position) continue;
    const selected = view.selected.nodes.has(keyOf(element));
    if (!selected && !view.highlighted.nodes.has(keyOf(element))) continue;
    const look = paint.types.get(String(element.data.type));
    context.beginPath();
    traceShape(context, look?.shape ?? 'ellipse', element.position.x, element.position.y, half);
    context.fillStyle = look?.color ?? paint.node.color;
    context.fill();
    context.lineWidth = selected ? MARKED.selectedNodeBorder : MARKED.nodeBorder;
    context.strokeStyle = accent;
    context.stroke();
  }
}
