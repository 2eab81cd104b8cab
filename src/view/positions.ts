/**
 * Where a graph's own positions put its nodes in the drawing. Positions are the data's, in its own
 * units; drawn, they must keep the nodes apart and stay where a canvas draws exactly. Most graphs are
 * drawn where they stand. A graph far smaller or larger than its number of nodes needs is scaled as a
 * whole to a legible size, and one far from the origin is centred on it; nodes that share one
 * position are spread round it. A graph whose nodes all stand at one point has no positions worth
 * drawing: it is laid out instead (see `hasPositions`).
 */
import type { ArticleGraph } from '../model/types';

export interface Position {
  x: number;
  y: number;
}

/** Room each node has in a legible drawing, in model units (a node is about 30 wide, with its label). */
export const NODE_SPACING = 80;
/** A drawing is scaled when its size is below this fraction, or above this multiple, of a legible one. */
const SCALED_BELOW = 1 / 4;
const SCALED_ABOVE = 50;
/** Beyond this distance from the origin, a canvas's single-precision geometry no longer places a node exactly. */
const EXACT_WITHIN = 1e6;
/** The golden angle: points at successive multiples of it fill a disc evenly (a sunflower). */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The extent of the nodes' positions, in halves so that no sum overflows; undefined when a node has no finite position. */
function extentOf(graph: ArticleGraph): { x1: number; y1: number; x2: number; y2: number } | undefined {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  let finite = true;
  graph.forEachNode((_, { x, y }) => {
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) finite = false;
    else [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  });
  return finite && graph.order > 0 ? { x1, y1, x2, y2 } : undefined;
}

/** Half the larger side of an extent, computed from halves so that no difference overflows. */
function halfSpan({ x1, y1, x2, y2 }: { x1: number; y1: number; x2: number; y2: number }): number {
  return Math.max(x2 / 2 - x1 / 2, y2 / 2 - y1 / 2);
}

/** Half of a legible drawing's side for `order` nodes, in model units. */
function legibleHalf(order: number): number {
  return (NODE_SPACING * Math.sqrt(order)) / 2;
}

/**
 * Whether the graph can be drawn where its nodes stand: every node has a position, and they do not
 * all stand at one point, nor so close to one (5e-324 apart) that no scale brings them apart.
 */
export function hasPositions(graph: ArticleGraph): boolean {
  const extent = extentOf(graph);
  if (extent === undefined) return false;
  if (graph.order === 1) return true;
  const half = halfSpan(extent);
  return half > 0 && Number.isFinite(legibleHalf(graph.order) / half);
}

/**
 * The positions the nodes are drawn at, by key; undefined when the graph has none worth drawing.
 * Pure and linear in the number of nodes.
 */
export function drawnPositions(graph: ArticleGraph): Map<string, Position> | undefined {
  if (!hasPositions(graph)) return undefined;
  const { x1, y1, x2, y2 } = extentOf(graph)!;
  // Half the larger side, and half of a legible one for this many nodes.
  const half = halfSpan({ x1, y1, x2, y2 });
  const legible = legibleHalf(graph.order);
  const scaled = half > 0 && (half < legible * SCALED_BELOW || half > legible * SCALED_ABOVE);
  const far = Math.max(Math.abs(x1), Math.abs(x2), Math.abs(y1), Math.abs(y2)) > EXACT_WITHIN;
  const positions = new Map<string, Position>();
  if (!scaled && !far) {
    graph.forEachNode((key, { x, y }) => void positions.set(key, { x: x as number, y: y as number }));
  } else {
    // Centred, and scaled (from halves, which cannot overflow) where the size is not legible.
    const [cx, cy] = [x1 / 4 + x2 / 4, y1 / 4 + y2 / 4];
    const factor = 2 * (scaled ? legible / half : 1);
    graph.forEachNode((key, { x, y }) => void positions.set(key, { x: ((x as number) / 2 - cx) * factor, y: ((y as number) / 2 - cy) * factor }));
  }
  spreadCoincident(positions);
  return positions;
}

/** Nodes that share a position are placed round it on a small sunflower, the first where they all stood. */
function spreadCoincident(positions: Map<string, Position>): void {
  const groups = new Map<string, string[]>();
  for (const [key, { x, y }] of positions) {
    const at = `${x},${y}`;
    const group = groups.get(at);
    if (group) group.push(key);
    else groups.set(at, [key]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const centre = positions.get(group[0]!)!;
    group.forEach((key, index) => {
      const radius = (NODE_SPACING / 2) * Math.sqrt(index);
      positions.set(key, { x: centre.x + radius * Math.cos(index * GOLDEN_ANGLE), y: centre.y + radius * Math.sin(index * GOLDEN_ANGLE) });
    });
  }
}
