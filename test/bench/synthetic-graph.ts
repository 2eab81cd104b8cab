/**
 * Seeded synthetic graphs in graphology's serialization format, for the benchmark and the
 * performance tests: communities of nodes laid out as blobs, most edges inside a community.
 * The same seed always gives the same graph, so every contender draws exactly the same thing.
 */
import type { SerializedArticleGraph } from '../../src/model/types';

export interface SyntheticGraphOptions {
  nodes: number;
  edges: number;
  seed?: number;
  /** Give every node numeric `x` and `y` (graphology's convention for a drawn position). */
  positions?: boolean;
}

const TYPES = ['person', 'organization', 'country', 'weapon', 'event'];
const RELATIONS = ['supplies', 'allied-with', 'located-in', 'member-of', 'opposes'];

/** mulberry32: a small, fast, well-mixed 32-bit generator. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticGraph({ nodes, edges, seed = 7, positions = true }: SyntheticGraphOptions): SerializedArticleGraph {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const communities = Math.max(1, Math.round(Math.sqrt(nodes) / 2));
  const spread = Math.sqrt(nodes) * 40;
  const centres = Array.from({ length: communities }, () => ({ x: (random() - 0.5) * spread, y: (random() - 0.5) * spread }));
  const members: number[][] = centres.map(() => []);
  const community: number[] = [];
  const serialized: SerializedArticleGraph = {
    attributes: { title: `Synthetic graph, ${nodes} nodes and ${edges} edges (seed ${seed})` },
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    nodes: [],
    edges: [],
  } as SerializedArticleGraph;
  for (let i = 0; i < nodes; i++) {
    const c = Math.floor(random() * communities);
    community.push(c);
    members[c]!.push(i);
    const attributes: Record<string, unknown> = { label: `Entity ${i}`, type: pick(TYPES) };
    if (positions) {
      // Box-Muller: a round blob around the community's centre.
      const radius = Math.sqrt(-2 * Math.log(1 - random())) * spread / communities ** 0.5 / 4;
      const angle = random() * 2 * Math.PI;
      attributes.x = Math.round(centres[c]!.x + radius * Math.cos(angle));
      attributes.y = Math.round(centres[c]!.y + radius * Math.sin(angle));
    }
    serialized.nodes.push({ key: `n${i}`, attributes } as SerializedArticleGraph['nodes'][number]);
  }
  for (let i = 0; i < edges && nodes > 1; i++) {
    const source = Math.floor(random() * nodes);
    const own = members[community[source]!]!;
    let target = random() < 0.85 && own.length > 1 ? pick(own) : Math.floor(random() * nodes);
    if (target === source) target = (source + 1) % nodes;
    serialized.edges.push({
      key: `e${i}`,
      source: `n${source}`,
      target: `n${target}`,
      attributes: { relation: pick(RELATIONS) },
    } as SerializedArticleGraph['edges'][number]);
  }
  return serialized;
}
