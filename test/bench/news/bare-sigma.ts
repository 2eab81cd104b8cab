/**
 * The news page's sigma.js embed, as a developer would add one: the page loads sigma (with
 * graphology) and this script at once, fetches the article graph and draws it in its box: nodes
 * coloured and sized by type, labels, edges coloured by relation with arrowheads.
 */
import Graph from 'graphology';
import Sigma from 'sigma';

const container = document.getElementById('bare-graph')!;
const data = await (await fetch(container.dataset.src!)).json();
const vocabulary = data.attributes?.vocabulary ?? {};
const graph = new Graph({ type: 'mixed', multi: true });
for (const node of data.nodes) {
  const a = node.attributes ?? {};
  graph.addNode(node.key, { x: a.x, y: -a.y, label: a.label, size: 9, color: vocabulary.entityTypes?.[a.type]?.color ?? '#6b7280' });
}
for (const edge of data.edges) {
  const a = edge.attributes ?? {};
  const relation = vocabulary.relations?.[a.relation] ?? {};
  const colour = relation.color ?? vocabulary.families?.[relation.family]?.color ?? '#9ca3af';
  graph.addEdgeWithKey(edge.key, edge.source, edge.target, { color: colour, size: relation.headline ? 4 : 1.5, type: 'arrow', label: relation.headline ? relation.label : undefined });
}
const sigma = new Sigma(graph, container, { renderEdgeLabels: true, defaultEdgeType: 'arrow', labelSize: 13, labelWeight: '600' });
(window as Window & { benchSigma?: unknown }).benchSigma = sigma;
