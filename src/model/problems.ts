/**
 * Validation problems sorted by what they concern, so that each is shown next to its entity or
 * relationship: `validateSerializedGraph` names a node or an edge by its position ("node 2", counted
 * from 1) and its key.
 */
import type { Problem } from './validate';
import type { SerializedArticleGraph } from './types';

export interface PlacedProblems {
  /** By entity key. */
  nodes: Map<string, Problem[]>;
  /** By relationship key. */
  edges: Map<string, Problem[]>;
  /** About the graph as a whole, its options or its source text. */
  other: Problem[];
}

const PLACE = /^(node|edge) (\d+)\b/;

export function placeProblems(graph: SerializedArticleGraph, problems: readonly Problem[]): PlacedProblems {
  const placed: PlacedProblems = { nodes: new Map(), edges: new Map(), other: [] };
  for (const problem of problems) {
    const match = PLACE.exec(problem.where);
    const list = match?.[1] === 'node' ? graph.nodes : match?.[1] === 'edge' ? graph.edges : undefined;
    const item = list?.[Number(match?.[2]) - 1];
    if (!match || !item || item.key === undefined) {
      placed.other.push(problem);
      continue;
    }
    const byKey = match[1] === 'node' ? placed.nodes : placed.edges;
    const key = String(item.key);
    byKey.set(key, [...(byKey.get(key) ?? []), problem]);
  }
  return placed;
}
