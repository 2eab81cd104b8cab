/**
 * The attribute conventions of graphology, sigma.js and Gephi, honoured in any graph: a node's
 * `color` and `size`, an edge's `color` and width (`size`, else GEXF's `thickness`, else `weight`).
 * The component's own encoding wins where the article fields are present: a node whose type the
 * vocabulary defines keeps its type's colour, an edge whose relation it defines keeps the relation's.
 * Sizes and widths are scaled from the graph's own range into one that suits the labels; a graph
 * whose sizes are all equal keeps the default size.
 *
 * `conventionRules` are the stylesheet rules that draw them: appended after the encoding's rules,
 * before those of the view's state (selection and highlights still show).
 */
import type { StylesheetJson } from 'cytoscape';
import type { ArticleGraph, EdgeAttributes, NodeAttributes, Vocabulary } from '../model/types';
import { entityTypeKey, relationKey } from '../model/vocabulary';

/** Node sizes (width and height, in model units) a graph's `size` values are spread over. */
export const NODE_SIZES = { min: 28, max: 88 } as const;
/** Edge widths a graph's `size`, `thickness` or `weight` values are spread over. */
export const EDGE_WIDTHS = { min: 1, max: 6 } as const;
/** Up to this many edges, every edge shows its label from the start. */
export const SMALL_GRAPH_EDGES = 50;

/**
 * A colour as Cytoscape reads it: `#rgb` or `#rrggbb` (an alpha digit pair is dropped), `rgb()`,
 * `rgba()`, `hsl()`, `hsla()` with commas, or a colour name; undefined for anything else.
 */
export function colourOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const colour = value.trim().toLowerCase();
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(colour)?.[1];
  if (hex) return `#${hex.length === 4 || hex.length === 8 ? hex.slice(0, hex.length === 4 ? 3 : 6) : hex}`;
  const number = String.raw`\s*-?\d+(\.\d+)?%?\s*`;
  if (new RegExp(`^(rgb|hsl)a?\\((${number},){2}${number}(,${number})?\\)$`).test(colour)) return colour.replace(/\s+/g, '');
  return /^[a-z]{3,20}$/.test(colour) && colour !== 'transparent' ? colour : undefined;
}

/** A positive finite number, or undefined. */
function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** An edge's width as the data gives it, by convention. */
function edgeMagnitude(attributes: EdgeAttributes): number | undefined {
  return positive(attributes.size) ?? positive(attributes.thickness) ?? positive(attributes.weight);
}

/** Spreads values from their own range over `range`; undefined when they do not vary. */
function spread(values: number[], range: { min: number; max: number }): ((value: number) => number) | undefined {
  if (values.length === 0) return undefined;
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  if (!(high > low)) return undefined;
  return (value) => Math.round((range.min + ((value - low) / (high - low)) * (range.max - range.min)) * 100) / 100;
}

/** What the conventions add to elements' data: `color` and `size` of nodes, `color` and `width` of edges. */
export interface ConventionData {
  node(attributes: NodeAttributes): { color?: string; size?: number };
  edge(attributes: EdgeAttributes): { color?: string; width?: number };
}

/** The conventions of one graph, its ranges measured once. */
export function conventionsOf(graph: ArticleGraph, vocabulary: Vocabulary): ConventionData {
  const sizes: number[] = [];
  graph.forEachNode((_, attributes) => {
    const size = positive(attributes.size);
    if (size !== undefined) sizes.push(size);
  });
  const widths: number[] = [];
  graph.forEachEdge((_, attributes) => {
    const width = edgeMagnitude(attributes);
    if (width !== undefined) widths.push(width);
  });
  const nodeSize = spread(sizes, NODE_SIZES);
  const edgeWidth = spread(widths, EDGE_WIDTHS);
  return {
    node(attributes) {
      const data: { color?: string; size?: number } = {};
      const colour = Object.hasOwn(vocabulary.entityTypes, entityTypeKey(attributes)) ? undefined : colourOf(attributes.color);
      if (colour) data.color = colour;
      const size = positive(attributes.size);
      if (nodeSize && size !== undefined) data.size = nodeSize(size);
      return data;
    },
    edge(attributes) {
      const data: { color?: string; width?: number } = {};
      const colour = Object.hasOwn(vocabulary.relations, relationKey(attributes)) ? undefined : colourOf(attributes.color);
      if (colour) data.color = colour;
      const width = edgeMagnitude(attributes);
      if (edgeWidth && width !== undefined) data.width = edgeWidth(width);
      return data;
    },
  };
}

/**
 * Whether an edge's `type` asks for an arrow, as sigma.js (`arrow`, `line`) and Gephi (`directed`,
 * `undirected`) write it; undefined when it says nothing of the kind. An undirected edge has none either way.
 */
export function arrowOf(attributes: EdgeAttributes): boolean | undefined {
  const type = typeof attributes.type === 'string' ? attributes.type.trim().toLowerCase() : undefined;
  if (type === 'arrow' || type === 'directed') return true;
  if (type === 'line' || type === 'undirected') return false;
  return undefined;
}

/** Which edge labels a graph shows before anything is selected: all of a small graph's. */
export function edgeLabelsFor(graph: ArticleGraph): 'all' | 'emphasis' {
  return graph.size <= SMALL_GRAPH_EDGES ? 'all' : 'emphasis';
}

/**
 * The stylesheet rules that draw the conventions' data; `scale` enlarges nodes and lines as the
 * stylesheet does its own on a small screen.
 */
export function conventionRules(scale: { node: number; line: number } = { node: 1, line: 1 }): StylesheetJson {
  const scaled = (field: 'size' | 'width', factor: number) =>
    factor === 1 ? `data(${field})` : (element: { data(name: string): unknown }) => Math.round(Number(element.data(field)) * factor * 100) / 100;
  return [
    { selector: 'node[color]', style: { 'background-color': 'data(color)' } },
    { selector: 'node[size]', style: { width: scaled('size', scale.node), height: scaled('size', scale.node) } },
    { selector: 'edge[color]', style: { 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'source-arrow-color': 'data(color)' } },
    { selector: 'edge[width]', style: { width: scaled('width', scale.line) } },
  ] as StylesheetJson;
}
