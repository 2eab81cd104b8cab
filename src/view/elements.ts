/**
 * graphology -> Cytoscape element definitions. A pure conversion: the data graph is never written
 * to, and only what the stylesheet needs is copied into element data.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ArticleGraph } from '../model/types';
import { entityTypeKey, headlineOf, nodeLabel, relationDefinition, relationKey, UNSPECIFIED_RELATION, vocabularyOf } from '../model';
import { arrowOf, conventionsOf } from './conventions';

export { edgeLabelsFor } from './conventions';

/** Display labels are cut here; the full label stays in the data graph and the details panel. */
export const MAX_LABEL_LENGTH = 48;

export interface NodeData {
  id: string;
  key: string;
  label: string;
  type: string;
  /** The node's own colour and size, by convention (see conventions.ts). */
  color?: string;
  size?: number;
}

export interface EdgeData {
  id: string;
  key: string;
  source: string;
  target: string;
  relation: string;
  label: string;
  certainty: string;
  /** The edge's own colour and width, by convention (see conventions.ts). */
  color?: string;
  width?: number;
}

export function displayLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_LABEL_LENGTH ? `${flat.slice(0, MAX_LABEL_LENGTH - 1)}…` : flat;
}

/**
 * Cytoscape keeps nodes and edges in one id space; graphology does not. Node ids are the node keys;
 * an edge whose key is also a node key gets a suffix, and `data.key` always holds the original.
 */
export function edgeElementId(graph: ArticleGraph, key: string): string {
  let id = key;
  while (graph.hasNode(id)) id = `${id}#edge`;
  return id;
}

export interface ElementOptions {
  /** Ignore positions carried by the nodes (a layout will place them). */
  ignorePositions?: boolean;
  /** Turn the graph's own positions a quarter turn clockwise (for a box much taller than the graph; see `turnFor`). */
  turn?: boolean;
}

/** A position turned a quarter turn clockwise, as `turn` draws it. */
export function turned(position: { x: number; y: number }): { x: number; y: number } {
  return { x: -position.y, y: position.x };
}

/**
 * Whether a graph drawn where its nodes stand reads better turned a quarter turn in a box: when
 * the box is clearly taller than wide and the graph clearly wider than tall (a landscape layout on
 * a phone held upright), turned it fills the box instead of its middle third.
 */
export function turnFor(graph: ArticleGraph, box: { width: number; height: number }): boolean {
  if (!hasPositions(graph) || !(box.width > 0) || box.height < box.width * 1.25) return false;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  graph.forEachNode((_, { x, y }) => {
    x1 = Math.min(x1, x as number);
    x2 = Math.max(x2, x as number);
    y1 = Math.min(y1, y as number);
    y2 = Math.max(y2, y as number);
  });
  return x2 - x1 > (y2 - y1) * 1.1;
}

export function hasPositions(graph: ArticleGraph): boolean {
  if (graph.order === 0) return false;
  return graph.everyNode((_, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
}

export function toElements(graph: ArticleGraph, options: ElementOptions = {}): ElementDefinition[] {
  const vocabulary = vocabularyOf(graph);
  const conventions = conventionsOf(graph, vocabulary);
  const withPositions = !options.ignorePositions && hasPositions(graph);
  const headline = headlineOf(graph);
  const itemNamedOn = headlineItems(graph, headline.edges);
  const elements: ElementDefinition[] = [];
  graph.forEachNode((key, attributes) => {
    const data: NodeData = { id: key, key, label: displayLabel(nodeLabel(graph, key)), type: entityTypeKey(attributes), ...conventions.node(attributes) };
    const element: ElementDefinition = { group: 'nodes', data };
    if (headline.nodes.has(key)) element.classes = ['headline'];
    if (withPositions) {
      const position = { x: attributes.x as number, y: attributes.y as number };
      element.position = options.turn ? turned(position) : position;
    }
    elements.push(element);
  });
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    const relation = relationKey(attributes);
    const definition = relationDefinition(vocabulary, relation);
    // An edge with neither a label nor a relation has no words to show ("related" on every edge says nothing).
    const given = typeof attributes.label === 'string' || typeof attributes.label === 'number' ? String(attributes.label).trim() : '';
    const own = given !== '' ? given : relation === UNSPECIFIED_RELATION && attributes.relation === undefined ? '' : definition.label;
    const item = itemNamedOn.get(key);
    // The claim's item is named under the relation, on the first line of the claim that concerns it.
    const label = item === undefined ? displayLabel(own) : `${displayLabel(own)}\n${displayLabel(item)}`;
    const data: EdgeData = {
      id: edgeElementId(graph, key),
      key,
      source,
      target,
      relation,
      label,
      certainty: typeof attributes.certainty === 'string' ? attributes.certainty : 'stated',
      ...conventions.edge(attributes),
    };
    // The vocabulary's relation says whether it has a direction; else the edge's own `type` may.
    const arrow = Object.hasOwn(vocabulary.relations, relation) ? definition.directed : (arrowOf(attributes) ?? definition.directed);
    const classes = [undirected || !arrow ? 'undirected' : 'directed'];
    if (source === target) classes.push('loop');
    if (headline.edges.has(key)) classes.push('headline');
    elements.push({ group: 'edges', data, classes });
  });
  return elements;
}

/**
 * The headline edges that name an item on their label: for each item the claim concerns (and that
 * is not one of the edge's own ends), the first headline edge that concerns it.
 */
function headlineItems(graph: ArticleGraph, edges: ReadonlySet<string>): Map<string, string> {
  const named = new Map<string, string>();
  const items = new Set<string>();
  for (const edge of edges) {
    const item = graph.getEdgeAttribute(edge, 'item');
    if (typeof item !== 'string' || !graph.hasNode(item) || items.has(item) || graph.extremities(edge).includes(item)) continue;
    items.add(item);
    named.set(edge, nodeLabel(graph, item));
  }
  return named;
}
