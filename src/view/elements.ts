/**
 * graphology -> Cytoscape element definitions. A pure conversion: the data graph is never written
 * to, and only what the stylesheet needs is copied into element data.
 */
import type { ElementDefinition } from 'cytoscape';
import type { ArticleGraph } from '../model/types';
import { entityTypeKey, nodeLabel, relationDefinition, relationKey, UNSPECIFIED_RELATION, vocabularyOf } from '../model';
import { arrowOf, conventionsOf } from './conventions';

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
}

export function hasPositions(graph: ArticleGraph): boolean {
  if (graph.order === 0) return false;
  return graph.everyNode((_, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
}

export function toElements(graph: ArticleGraph, options: ElementOptions = {}): ElementDefinition[] {
  const vocabulary = vocabularyOf(graph);
  const conventions = conventionsOf(graph, vocabulary);
  const withPositions = !options.ignorePositions && hasPositions(graph);
  const elements: ElementDefinition[] = [];
  graph.forEachNode((key, attributes) => {
    const data: NodeData = { id: key, key, label: displayLabel(nodeLabel(graph, key)), type: entityTypeKey(attributes), ...conventions.node(attributes) };
    const element: ElementDefinition = { group: 'nodes', data };
    if (withPositions) element.position = { x: attributes.x as number, y: attributes.y as number };
    elements.push(element);
  });
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    const relation = relationKey(attributes);
    const definition = relationDefinition(vocabulary, relation);
    // An edge with neither a label nor a relation has no words to show ("related" on every edge says nothing).
    const own = typeof attributes.label === 'string' || typeof attributes.label === 'number' ? String(attributes.label).trim() : '';
    const label = own !== '' ? own : relation === UNSPECIFIED_RELATION && attributes.relation === undefined ? '' : definition.label;
    const data: EdgeData = {
      id: edgeElementId(graph, key),
      key,
      source,
      target,
      relation,
      label: displayLabel(label),
      certainty: typeof attributes.certainty === 'string' ? attributes.certainty : 'stated',
      ...conventions.edge(attributes),
    };
    // The vocabulary's relation says whether it has a direction; else the edge's own `type` may.
    const arrow = Object.hasOwn(vocabulary.relations, relation) ? definition.directed : (arrowOf(attributes) ?? definition.directed);
    const classes = [undirected || !arrow ? 'undirected' : 'directed'];
    if (source === target) classes.push('loop');
    elements.push({ group: 'edges', data, classes });
  });
  return elements;
}
