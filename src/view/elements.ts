/**
 * graphology -> Cytoscape element definitions. A pure conversion: the data graph is never written
 * to, and only what the stylesheet needs is copied into element data.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ArticleGraph } from '../model/types';
import { entityTypeKey, headlineOf, nodeLabel, relationDefinition, relationKey, UNSPECIFIED_RELATION, vocabularyOf } from '../model';
import { arrowOf, conventionsOf } from './conventions';
import { drawnPositions, hasPositions, type Position } from './positions';
import { PAUSE_EVERY, runAtOnce } from '../model/slices';

export { hasPositions };

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

/** The prefixes that keep node and edge ids apart (see `nodeElementId`). */
const NODE_ID = 'node:';
const EDGE_ID = 'edge:';

/**
 * A node's Cytoscape id. Cytoscape keeps nodes and edges in one id space and refuses an empty or
 * blank id; graphology keeps two, and any string is a key. So ids are made from keys one to one:
 * a node's id is its key, unless the key is blank or starts like a prefixed id, in which case it is
 * `node:` and the key; an edge's id is always `edge:` and its key. No two elements share an id, and
 * none is blank. `data.key` always holds the key.
 */
export function nodeElementId(key: string): string {
  return key.trim() === '' || key.startsWith(NODE_ID) || key.startsWith(EDGE_ID) ? `${NODE_ID}${key}` : key;
}

/** An edge's Cytoscape id: `edge:` and its key (see `nodeElementId`). */
export function edgeElementId(key: string): string {
  return `${EDGE_ID}${key}`;
}

/** The graph key of an element id made by `nodeElementId` or `edgeElementId`. */
export function keyOfElementId(kind: 'node' | 'edge', id: string): string {
  return kind === 'edge' || id.startsWith(NODE_ID) ? id.slice(NODE_ID.length) : id;
}

export interface ElementOptions {
  /** Ignore positions carried by the nodes (a layout will place them). */
  ignorePositions?: boolean;
  /** Turn the graph's own positions a quarter turn clockwise (for a box much taller than the graph; see `turnFor`). */
  turn?: boolean;
}

/** A position turned a quarter turn clockwise, as `turn` draws it. */
export function turned(position: Position): Position {
  return { x: -position.y, y: position.x };
}

/**
 * Whether a graph drawn where its nodes stand reads better turned a quarter turn in a box: when
 * the box is clearly taller than wide and the graph clearly wider than tall (a landscape layout on
 * a phone held upright), turned it fills the box instead of its middle third.
 */
export function turnFor(graph: ArticleGraph, box: { width: number; height: number }): boolean {
  if (!(box.width > 0) || box.height < box.width * 1.25) return false;
  const positions = drawnPositions(graph);
  if (!positions) return false;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of positions.values()) [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  return x2 - x1 > (y2 - y1) * 1.1;
}

/** Where the node `key` is drawn when the graph is drawn where its nodes stand (turned with `turn`); undefined when it has no positions. */
export function positionFor(graph: ArticleGraph, turn: boolean): (key: string) => Position | undefined {
  const positions = drawnPositions(graph);
  return (key) => {
    const position = positions?.get(key);
    return position && turn ? turned(position) : position;
  };
}

export function toElements(graph: ArticleGraph, options: ElementOptions = {}): ElementDefinition[] {
  return runAtOnce(convertingToElements(graph, options));
}

/** `toElements` as work that may pause between elements (see model/slices.ts): a large graph is converted a slice per task. */
export function* convertingToElements(graph: ArticleGraph, options: ElementOptions = {}): Generator<void, ElementDefinition[]> {
  const vocabulary = vocabularyOf(graph);
  const conventions = conventionsOf(graph, vocabulary);
  const positions = options.ignorePositions ? undefined : drawnPositions(graph);
  const headline = headlineOf(graph);
  const itemNamedOn = headlineItems(graph, headline.edges);
  const elements: ElementDefinition[] = [];
  for (const { node: key, attributes } of graph.nodeEntries()) {
    if (elements.length % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const data: NodeData = { id: nodeElementId(key), key, label: displayLabel(nodeLabel(graph, key)), type: entityTypeKey(attributes), ...conventions.node(attributes) };
    const element: ElementDefinition = { group: 'nodes', data };
    if (headline.nodes.has(key)) element.classes = ['headline'];
    const position = positions?.get(key);
    if (position) element.position = options.turn ? turned(position) : position;
    elements.push(element);
  }
  for (const { edge: key, attributes, source, target, undirected } of graph.edgeEntries()) {
    if (elements.length % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const relation = relationKey(attributes);
    const definition = relationDefinition(vocabulary, relation);
    // An edge with neither a label nor a relation has no words to show ("related" on every edge says nothing).
    const given = typeof attributes.label === 'string' || typeof attributes.label === 'number' ? String(attributes.label).trim() : '';
    const own = given !== '' ? given : relation === UNSPECIFIED_RELATION && attributes.relation === undefined ? '' : definition.label;
    const item = itemNamedOn.get(key);
    // The claim's item is named under the relation, on the first line of the claim that concerns it.
    const label = item === undefined ? displayLabel(own) : `${displayLabel(own)}\n${displayLabel(item)}`;
    const data: EdgeData = {
      id: edgeElementId(key),
      key,
      source: nodeElementId(source),
      target: nodeElementId(target),
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
  }
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
