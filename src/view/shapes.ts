/**
 * The outline of every node shape the encoding hands out, in one table. Cytoscape draws the shape
 * of the same name on screen; the legend (SVG), the overview and the exported pictures trace these
 * outlines, so a type looks the same everywhere.
 *
 * Outlines are polygons in a box from -1 to 1 with y pointing down, the way Cytoscape defines its
 * shapes; `round` rounds their corners, as Cytoscape's `round-*` shapes are.
 */

export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'diamond'
  | 'hexagon'
  | 'round-triangle'
  | 'rectangle'
  | 'round-tag'
  | 'barrel'
  | 'octagon'
  | 'star'
  | 'round-pentagon'
  | 'vee';

export interface ShapeOutline {
  /** Corners as x, y pairs; none for the ellipse. */
  points: readonly number[];
  /** How far from each corner its rounding starts, as a fraction of the shorter adjoining side (0: sharp). */
  round: number;
}

/** A regular polygon with `sides` corners, a corner (or for an even count, a side) at the top, stretched to fill the box. */
function regularPolygon(sides: number, rotation = 0): number[] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  const points: number[] = [];
  for (let i = 0; i < sides; i++) points.push(Math.cos(start + i * step), -Math.sin(start + i * step));
  return fillBox(points);
}

/** Scales a polygon so that it spans the box from -1 to 1 both ways. */
function fillBox(points: number[]): number[] {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return points.map((value, i) => (i % 2 === 0 ? (2 * (value - x1)) / (x2 - x1) - 1 : (2 * (value - y1)) / (y2 - y1) - 1));
}

/** A five-pointed star: outer corners on a circle, inner ones on a smaller circle between them. */
function star(): number[] {
  const inner = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  const points: number[] = [];
  for (let i = 0; i < 10; i++) {
    const angle = Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? 1 : inner;
    points.push(radius * Math.cos(angle), -radius * Math.sin(angle));
  }
  return fillBox(points);
}

const SQUARE = regularPolygon(4);

export const SHAPE_OUTLINES: Record<NodeShape, ShapeOutline> = {
  ellipse: { points: [], round: 0 },
  rectangle: { points: SQUARE, round: 0 },
  'round-rectangle': { points: SQUARE, round: 0.25 },
  // Traced as Cytoscape draws it (see `traceBarrel`); the corners stand for it where only corners will do.
  barrel: { points: SQUARE, round: 0.45 },
  diamond: { points: [0, -1, 1, 0, 0, 1, -1, 0], round: 0 },
  hexagon: { points: regularPolygon(6), round: 0 },
  octagon: { points: regularPolygon(8), round: 0 },
  'round-triangle': { points: regularPolygon(3), round: 0.15 },
  'round-pentagon': { points: regularPolygon(5), round: 0.15 },
  'round-tag': { points: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1], round: 0.15 },
  star: { points: star(), round: 0 },
  vee: { points: [-1, -1, 0, -1 / 3, 1, -1, 0, 1], round: 0 },
};

/** What a shape is traced onto: a canvas context, or the SVG path builder below. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void;
  ellipse(x: number, y: number, rx: number, ry: number, rotation: number, start: number, end: number): void;
  closePath(): void;
}

/** Traces `shape` centred on (cx, cy), `rx` by `ry` from the centre to the box's sides, as one closed subpath. */
export function traceShape(sink: PathSink, shape: NodeShape, cx: number, cy: number, rx: number, ry = rx): void {
  if (shape === 'barrel') return traceBarrel(sink, cx, cy, rx, ry);
  const { points, round } = SHAPE_OUTLINES[shape] ?? SHAPE_OUTLINES.ellipse;
  if (points.length === 0) {
    sink.ellipse(cx, cy, rx, ry, 0, 0, 2 * Math.PI);
    sink.closePath();
    return;
  }
  const corners: Array<[number, number]> = [];
  for (let i = 0; i < points.length; i += 2) corners.push([cx + rx * points[i]!, cy + ry * points[i + 1]!]);
  if (round === 0) {
    corners.forEach(([x, y], i) => (i === 0 ? sink.moveTo(x, y) : sink.lineTo(x, y)));
    sink.closePath();
    return;
  }
  // Each corner is cut at `round` of the shorter adjoining side and bent with a quadratic curve.
  const count = corners.length;
  const toward = (from: [number, number], to: [number, number], fraction: number): [number, number] => [from[0] + (to[0] - from[0]) * fraction, from[1] + (to[1] - from[1]) * fraction];
  corners.forEach((corner, i) => {
    const previous = corners[(i + count - 1) % count]!;
    const next = corners[(i + 1) % count]!;
    const shorter = Math.min(Math.hypot(previous[0] - corner[0], previous[1] - corner[1]), Math.hypot(next[0] - corner[0], next[1] - corner[1]));
    const cut = shorter * round;
    const before = toward(corner, previous, cut / Math.hypot(previous[0] - corner[0], previous[1] - corner[1]));
    const after = toward(corner, next, cut / Math.hypot(next[0] - corner[0], next[1] - corner[1]));
    if (i === 0) sink.moveTo(...before);
    else sink.lineTo(...before);
    sink.quadraticCurveTo(corner[0], corner[1], ...after);
  });
  sink.closePath();
}

/** Cytoscape's barrel: straight sides whose corners bend over a quarter of the width and a twentieth of the height. */
function traceBarrel(sink: PathSink, cx: number, cy: number, rx: number, ry: number): void {
  const [x1, x2, y1, y2] = [cx - rx, cx + rx, cy - ry, cy + ry];
  const h = Math.min(15, 0.05 * 2 * ry);
  const w = Math.min(100, 0.25 * 2 * rx);
  const c = 0.05 * w;
  sink.moveTo(x1, y1 + h);
  sink.lineTo(x1, y2 - h);
  sink.quadraticCurveTo(x1 + c, y2, x1 + w, y2);
  sink.lineTo(x2 - w, y2);
  sink.quadraticCurveTo(x2 - c, y2, x2, y2 - h);
  sink.lineTo(x2, y1 + h);
  sink.quadraticCurveTo(x2 - c, y1, x2 - w, y1);
  sink.lineTo(x1 + w, y1);
  sink.quadraticCurveTo(x1 + c, y1, x1, y1 + h);
  sink.closePath();
}

/** Path data (`d`) for an SVG `<path>`, written by tracing onto it. */
export class SvgPath implements PathSink {
  private readonly parts: string[] = [];

  private static n(value: number): string {
    return String(Math.round(value * 100) / 100);
  }

  moveTo(x: number, y: number): void {
    this.parts.push(`M${SvgPath.n(x)} ${SvgPath.n(y)}`);
  }

  lineTo(x: number, y: number): void {
    this.parts.push(`L${SvgPath.n(x)} ${SvgPath.n(y)}`);
  }

  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void {
    this.parts.push(`Q${SvgPath.n(cx)} ${SvgPath.n(cy)} ${SvgPath.n(x)} ${SvgPath.n(y)}`);
  }

  /** Whole ellipses only (what `traceShape` draws), as two half arcs. */
  ellipse(x: number, y: number, rx: number, ry: number): void {
    const [l, r, top, w, h] = [x - rx, x + rx, y, rx, ry].map(SvgPath.n);
    this.parts.push(`M${l} ${top}A${w} ${h} 0 1 0 ${r} ${top}A${w} ${h} 0 1 0 ${l} ${top}`);
  }

  closePath(): void {
    this.parts.push('Z');
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** The path data of `shape` centred on (cx, cy) with radius `r`. */
export function shapePathData(shape: NodeShape, cx: number, cy: number, r: number): string {
  const path = new SvgPath();
  traceShape(path, shape, cx, cy, r);
  return path.toString();
}
