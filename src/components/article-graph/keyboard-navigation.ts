/**
 * Where an arrow key moves the keyboard focus. Loaded after the first picture, with the other
 * parts that only matter once the graph is shown.
 */
import type { Core, NodeSingular } from 'cytoscape';

export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, { x: number; y: number }> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

/**
 * The node nearest `from` in `direction` among `candidates`, by rendered position: candidates must
 * lie ahead within a wide cone; sideways distance counts double so that the move feels straight.
 */
export function nearestInDirection<T extends { x: number; y: number }>(from: { x: number; y: number }, candidates: T[], direction: Direction): T | undefined {
  const vector = VECTORS[direction];
  let best: T | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const dx = candidate.x - from.x;
    const dy = candidate.y - from.y;
    const ahead = dx * vector.x + dy * vector.y;
    const sideways = Math.abs(dx * vector.y - dy * vector.x);
    if (ahead <= 0.5 || sideways > ahead * 2.5) continue;
    const score = ahead + 2 * sideways;
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

/**
 * The key of the node the focus moves to from `focused` among `nodes`, along edges only with
 * `alongEdges`; the first move starts from the node nearest the middle of the view. Undefined when
 * nothing lies in that direction.
 */
export function nextFocus(cy: Core, nodes: NodeSingular[], focused: string | undefined, direction: Direction, alongEdges: boolean): string | undefined {
  if (nodes.length === 0) return undefined;
  const current = focused !== undefined ? nodes.find((node) => node.data('key') === focused) : undefined;
  if (!current) {
    const middle = { x: cy.width() / 2, y: cy.height() / 2 };
    return nodes.reduce((best, node) => (distance(node.renderedPosition(), middle) < distance(best.renderedPosition(), middle) ? node : best)).data('key');
  }
  let candidates = nodes.filter((node) => node !== current);
  if (alongEdges) {
    const neighbours = new Set(current.neighborhood('node').map((node) => node.id()));
    candidates = candidates.filter((node) => neighbours.has(node.id()));
  }
  const next = nearestInDirection(
    current.renderedPosition(),
    candidates.map((node) => ({ node, ...node.renderedPosition() })),
    direction,
  );
  return next?.node.data('key');
}

function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
