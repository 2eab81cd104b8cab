/**
 * JSON export: the graphology serialization of what is shown. Filters and focus decide which nodes
 * and edges go in; every attribute of those (evidence, attribution, certainty, …) and the graph's own
 * attributes (the source text and the vocabulary) are kept, so the file loads back as the same view.
 */
import type { ElementSet } from '../model/queries';
import type { ArticleGraph, SerializedArticleGraph } from '../model/types';
import type { ExportSource } from './png';

export interface JsonExportOptions {
  /** Positions as drawn, by node key; written as `x` and `y`, so the file reopens with the same layout. */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
}

/** Deep copy via structured cloning, so the export never shares objects with the live graph. */
const copy = <T>(value: T): T => structuredClone(value);

export function serializeShown(graph: ArticleGraph, shown: ElementSet, options: JsonExportOptions = {}): SerializedArticleGraph {
  const full = graph.export();
  const nodes = full.nodes
    .filter((node) => shown.nodes.has(node.key))
    .map((node) => {
      const position = options.positions?.get(node.key);
      const attributes = copy(node.attributes ?? {});
      if (position && Number.isFinite(position.x) && Number.isFinite(position.y)) {
        attributes.x = Math.round(position.x * 100) / 100;
        attributes.y = Math.round(position.y * 100) / 100;
      }
      return { key: node.key, attributes };
    });
  const edges = full.edges
    .filter((edge) => edge.key !== undefined && shown.edges.has(edge.key))
    .map((edge) => ({ ...edge, attributes: copy(edge.attributes ?? {}) }));
  return { options: { ...full.options }, attributes: copy(full.attributes), nodes, edges };
}

export function jsonBlob(serialized: SerializedArticleGraph): Blob {
  return new Blob([`${JSON.stringify(serialized, null, 2)}\n`], { type: 'application/json' });
}

/** The serialization of what is shown, with the positions as drawn. */
export function serializeSource({ cy, graph, shown }: ExportSource): SerializedArticleGraph {
  const positions = new Map(cy.nodes().map((node) => [node.data('key') as string, node.position()] as const));
  return serializeShown(graph, shown, { positions });
}

/** The JSON export as a file. */
export async function renderJson(source: ExportSource): Promise<Blob> {
  return jsonBlob(serializeSource(source));
}
