/**
 * What the editor's live preview needs, loaded as a chunk of its own once the editor is on screen:
 * `<article-graph>` (with Cytoscape and graphology), and the colours it gives each entity type, so
 * that the mentions in the text are highlighted in the colours of the picture.
 */
import Graph from 'graphology';
import '../../define';
import type { SerializedArticleGraph } from '../../model/types';
import { encodingOf } from '../../view/encoding';

/** The colour of each entity type of a graph, as `<article-graph>` draws it. */
export function typeColours(graph: SerializedArticleGraph): Map<string, string> {
  const data = new Graph({ type: 'mixed', multi: true });
  data.replaceAttributes(structuredClone(graph.attributes ?? {}));
  for (const node of graph.nodes) if (!data.hasNode(String(node.key))) data.addNode(String(node.key), { ...node.attributes });
  return new Map(encodingOf(data).types.map((type) => [type.key, type.color]));
}
