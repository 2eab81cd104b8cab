/**
 * Where Cytoscape draws an edge of the `bezier` curve style, worked out without Cytoscape so that
 * the first picture (picture.ts) puts every line, arrowhead and edge label where Cytoscape will:
 * edges between the same two nodes are bundled, the middle one of an odd bundle straight and the
 * others bent by 40 px steps either side of it; a line runs from the outline of its source to the
 * outline of its target, stopping short of a target arrowhead, which touches the outline. The
 * arithmetic follows Cytoscape's own (findEdgeControlPoints, findEndpoints, storeAllpts,
 * calculateArrowAngles in its base renderer). Pure: positions and sizes in, points out.
 */
import type { NodeShape } from './shapes';
import { SHAPE_OUTLINES } from './shapes';

export interface Point {
  x: number;
  y: number;
}

/** A node as the edges see it: its centre, its outer size (body and border) and its shape. */
export interface NodeBody extends Point {
  width: number;
  height: number;
  shape: NodeShape;
}

export interface EdgeEnds {
  id: string;
  source: string;
  target: string;
  /** The line's width, which sizes its arrowhead. */
  width: number;
  /** A triangle at the target end. */
  arrow: boolean;
}

export interface EdgePath {
  /** `straight`: `points` are its two ends; `bezier`: start, control point, end (a quadratic curve). */
  kind: 'straight' | 'bezier';
  points: number[];
  /** Where the label is centred. */
  mid: Point;
  /** The target arrowhead: its tip, its size and its angle (0 points down, as Cytoscape turns it). */
  arrow?: Point & { size: number; angle: number };
}

/** Cytoscape's defaults for the stylesheet's edges: `control-point-step-size` and `arrow-scale` (set to 1.1). */
export const BUNDLE_STEP = 40;
export const ARROW_SCALE = 1.1;

/** The size of an arrowhead for a line of `width` (Cytoscape's getArrowWidth). */
export function arrowSize(width: number, scale = ARROW_SCALE): number {
  return Math.max(Math.pow(width * 13.37, 0.9), 29) * scale;
}

/** Where the segment from `from` to the node's centre crosses its outline (Cytoscape's intersectLine for each shape). */
export function outlinePoint(node: NodeBody, from: Point): Point {
  const halfW = node.width / 2;
  const halfH = node.height / 2;
  if (node.shape === 'ellipse') {
    const dx = (node.x - from.x) / halfW;
    const dy = (node.y - from.y) / halfH;
    const length = Math.hypot(dx, dy);
    const ratio = Math.max(0, length - 1) / length;
    return { x: (node.x - from.x) * ratio + from.x, y: (node.y - from.y) * ratio + from.y };
  }
  if (node.shape === 'round-rectangle') return roundRectanglePoint(node, from);
  const points = SHAPE_OUTLINES[node.shape]?.points ?? SHAPE_OUTLINES.rectangle.points;
  const count = points.length / 2;
  for (let i = 0; i < count; i++) {
    const j = (i + 1) % count;
    const hit = segmentsCross(from, node, { x: node.x + points[i * 2]! * halfW, y: node.y + points[i * 2 + 1]! * halfH }, { x: node.x + points[j * 2]! * halfW, y: node.y + points[j * 2 + 1]! * halfH });
    if (hit) return hit;
  }
  return { x: node.x, y: node.y };
}

/** Cytoscape's round rectangle: straight sides, then quarter circles of radius min(w/4, h/4, 8) at the corners. */
function roundRectanglePoint(node: NodeBody, from: Point): Point {
  const halfW = node.width / 2;
  const halfH = node.height / 2;
  const r = Math.min(node.width / 4, node.height / 4, 8, halfW, halfH);
  const { x, y } = node;
  const sides: Array<[Point, Point]> = [
    [{ x: x - halfW + r, y: y - halfH }, { x: x + halfW - r, y: y - halfH }],
    [{ x: x + halfW, y: y - halfH + r }, { x: x + halfW, y: y + halfH - r }],
    [{ x: x - halfW + r, y: y + halfH }, { x: x + halfW - r, y: y + halfH }],
    [{ x: x - halfW, y: y - halfH + r }, { x: x - halfW, y: y + halfH - r }],
  ];
  for (const [a, b] of sides) {
    const hit = segmentsCross(from, node, a, b);
    if (hit) return hit;
  }
  for (const [sx, sy] of [[-1, -1], [1, -1], [1, 1], [-1, 1]] as const) {
    const centre = { x: x + sx * (halfW - r), y: y + sy * (halfH - r) };
    for (const hit of segmentCircle(from, node, centre, r)) {
      if ((hit.x - centre.x) * sx >= 0 && (hit.y - centre.y) * sy >= 0) return hit;
    }
  }
  return { x, y };
}

/** Where segment a-b crosses segment c-d, if it does. */
function segmentsCross(a: Point, b: Point, c: Point, d: Point): Point | undefined {
  const denominator = (d.y - c.y) * (b.x - a.x) - (d.x - c.x) * (b.y - a.y);
  if (denominator === 0) return undefined;
  const ua = ((d.x - c.x) * (a.y - c.y) - (d.y - c.y) * (a.x - c.x)) / denominator;
  const ub = ((b.x - a.x) * (a.y - c.y) - (b.y - a.y) * (a.x - c.x)) / denominator;
  if (ua < 0 || ua > 1 || ub < 0 || ub > 1) return undefined;
  return { x: a.x + ua * (b.x - a.x), y: a.y + ua * (b.y - a.y) };
}

/** Where segment a-b crosses a circle, nearest `a` first. */
function segmentCircle(a: Point, b: Point, centre: Point, radius: number): Point[] {
  const d = { x: b.x - a.x, y: b.y - a.y };
  const f = { x: a.x - centre.x, y: a.y - centre.y };
  const qa = d.x * d.x + d.y * d.y;
  const qb = 2 * (f.x * d.x + f.y * d.y);
  const qc = f.x * f.x + f.y * f.y - radius * radius;
  const discriminant = qb * qb - 4 * qa * qc;
  if (discriminant < 0 || qa === 0) return [];
  const root = Math.sqrt(discriminant);
  return [(-qb - root) / (2 * qa), (-qb + root) / (2 * qa)].filter((t) => t >= 0 && t <= 1).map((t) => ({ x: a.x + t * d.x, y: a.y + t * d.y }));
}

/** The point `amount` back from `end` towards `from` (Cytoscape's shortenIntersection). */
function shorten(end: Point, from: Point, amount: number): Point {
  const dx = end.x - from.x;
  const dy = end.y - from.y;
  const length = Math.hypot(dx, dy);
  let ratio = (length - amount) / length;
  if (ratio < 0 || !Number.isFinite(ratio)) ratio = 0.00001;
  return { x: from.x + ratio * dx, y: from.y + ratio * dy };
}

const quadratic = (p0: number, p1: number, p2: number, t: number) => (1 - t) * (1 - t) * p0 + 2 * (1 - t) * t * p1 + t * t * p2;

/**
 * The paths of `edges` (in the order they were added) between `nodes` (keyed by id, in the order
 * they were added: that order decides which end of a bundle is its start, as in Cytoscape). Edges
 * from a node to itself, or between overlapping nodes, are left out.
 */
export function edgePaths(nodes: ReadonlyMap<string, NodeBody>, edges: readonly EdgeEnds[]): Map<string, EdgePath> {
  const order = new Map([...nodes.keys()].map((id, index) => [id, index]));
  const bundles = new Map<string, EdgeEnds[]>();
  for (const edge of edges) {
    const s = order.get(edge.source);
    const t = order.get(edge.target);
    if (s === undefined || t === undefined || s === t) continue;
    const key = s < t ? `${s}-${t}` : `${t}-${s}`;
    const bundle = bundles.get(key);
    if (bundle) bundle.push(edge);
    else bundles.set(key, [edge]);
  }
  const paths = new Map<string, EdgePath>();
  for (const bundle of bundles.values()) {
    const [a, b] = [bundle[0]!.source, bundle[0]!.target].sort((p, q) => order.get(p)! - order.get(q)!);
    const src = nodes.get(a!)!;
    const tgt = nodes.get(b!)!;
    const srcOut = outlinePoint(src, tgt);
    const tgtOut = outlinePoint(tgt, src);
    const dx = tgtOut.x - srcOut.x;
    const dy = tgtOut.y - srcOut.y;
    const length = Math.hypot(dx, dy);
    if (!(length > 0)) continue;
    const inverse = { x: -dy / length, y: dx / length };
    const middle = { x: (srcOut.x + tgtOut.x) / 2, y: (srcOut.y + tgtOut.y) / 2 };
    bundle.forEach((edge, i) => {
      const straight = bundle.length % 2 === 1 && i === Math.floor(bundle.length / 2);
      const offset = (0.5 - bundle.length / 2 + i) * BUNDLE_STEP;
      const control = straight ? undefined : { x: middle.x + inverse.x * offset, y: middle.y + inverse.y * offset };
      paths.set(edge.id, pathOf(edge, nodes.get(edge.source)!, nodes.get(edge.target)!, control));
    });
  }
  return paths;
}

function pathOf(edge: EdgeEnds, source: NodeBody, target: NodeBody, control: Point | undefined): EdgePath {
  // A straight line aims at the other node's centre; a curve at its control point.
  const towardsTarget = control ?? source;
  const towardsSource = control ?? target;
  const targetHit = outlinePoint(target, towardsTarget);
  const sourceHit = outlinePoint(source, towardsSource);
  const gap = edge.arrow ? edge.width * ARROW_SCALE * 2 : 0;
  const end = shorten(targetHit, towardsTarget, gap);
  const arrowEnd = targetHit;
  const start = sourceHit;
  if (!control) {
    const mid = { x: (start.x + end.x + start.x + arrowEnd.x) / 4, y: (start.y + end.y + start.y + arrowEnd.y) / 4 };
    const arrow = edge.arrow ? { ...arrowEnd, size: arrowSize(edge.width), angle: Math.atan2(arrowEnd.y - mid.y, arrowEnd.x - mid.x) - Math.PI / 2 } : undefined;
    return { kind: 'straight', points: [start.x, start.y, end.x, end.y], mid, ...(arrow ? { arrow } : {}) };
  }
  const points = [start.x, start.y, control.x, control.y, end.x, end.y];
  const mid = { x: quadratic(start.x, control.x, end.x, 0.5), y: quadratic(start.y, control.y, end.y, 0.5) };
  const near = { x: quadratic(start.x, control.x, end.x, 0.9), y: quadratic(start.y, control.y, end.y, 0.9) };
  const arrow = edge.arrow ? { ...arrowEnd, size: arrowSize(edge.width), angle: Math.atan2(arrowEnd.y - near.y, arrowEnd.x - near.x) - Math.PI / 2 } : undefined;
  return { kind: 'bezier', points, mid, ...(arrow ? { arrow } : {}) };
}
