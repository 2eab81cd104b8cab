/**
 * GEXF, as Gephi 0.9, Gephi Lite and graphology-gexf write it (1.2draft and 1.3, the `viz` namespace
 * of either): read by graphology-gexf, after the checks that name the line of a bad node or edge.
 * Its `viz:color`, `viz:size`, `viz:position` and `viz:thickness` become the `color`, `size`, `x`,
 * `y` attributes graphology and sigma.js use; positions turn upside down, since GEXF's y axis points
 * up (as Gephi draws it) and the screen's down.
 */
import Graph from 'graphology';
import createParserFunction from 'graphology-gexf/common/parser.js';
import { refusal } from '../load-error';
import type { GraphData } from '../types';
import type { FormatReading } from './index';
import { attribute, childElements, keyFromPlace, openGraphDocument } from './xml';

/** The `viz` elements of one node or edge (its own children only, not those of nodes nested in it). */
function vizOf(element: Element): Record<string, unknown> {
  const viz: Record<string, unknown> = {};
  for (const child of childElements(element)) {
    const namespace = child.namespaceURI ?? '';
    if (!/viz/i.test(namespace) && child.prefix !== 'viz') continue;
    const number = (name: string) => {
      const value = Number(attribute(child, name));
      return Number.isFinite(value) ? value : undefined;
    };
    switch (child.localName) {
      case 'color': {
        const hex = attribute(child, 'hex');
        const [r, g, b, a] = ['r', 'g', 'b', 'a'].map(number);
        if (hex) viz.color = hex.startsWith('#') ? hex : `#${hex}`;
        else if (r !== undefined && g !== undefined && b !== undefined) viz.color = a === undefined ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${a})`;
        break;
      }
      case 'size':
        if (number('value') !== undefined) viz.size = number('value');
        break;
      case 'thickness':
        if (number('value') !== undefined) viz.thickness = number('value');
        break;
      case 'position':
        if (number('x') !== undefined) viz.x = number('x');
        if (number('y') !== undefined) viz.y = -number('y')!;
        break;
      case 'shape':
        if (attribute(child, 'value')) viz.shape = attribute(child, 'value');
        break;
    }
  }
  return viz;
}

export function readGexf(text: string): FormatReading {
  const { document, nodes, edges } = openGraphDocument(text, 'GEXF');

  const parse = createParserFunction(undefined, document.constructor);
  let graph: Graph;
  try {
    graph = parse(Graph, document, { allowUndeclaredAttributes: true });
  } catch (error) {
    throw refusal('The GEXF file', [{ where: 'GEXF', message: String((error as Error).message).replace(/^graphology-gexf\/parser:\s*/, '') }]);
  }
  const data = graph.export() as GraphData & Required<Pick<GraphData, 'nodes' | 'edges'>>;
  const byId = new Map<string, Element>();
  for (const element of Array.from(nodes)) byId.set(attribute(element, 'id')!, element);
  for (const node of data.nodes) {
    const element = byId.get(String(node.key));
    const attributes = { ...node.attributes };
    // graphology-gexf finds `viz:` tags by their prefix anywhere below; the namespace decides here,
    // and positions are turned the screen's way up.
    delete attributes.x;
    delete attributes.y;
    delete attributes.z;
    node.attributes = { ...attributes, ...(element ? vizOf(element) : {}) };
  }
  const taken = new Set(Array.from(edges, (element) => attribute(element, 'id')).filter((id) => id !== undefined));
  data.edges.forEach((edge, i) => {
    const element = edges[i];
    if (!element) return;
    const attributes: Record<string, unknown> = { ...edge.attributes };
    const viz = vizOf(element);
    if (viz.thickness !== undefined && attributes.size === undefined) viz.size = viz.thickness;
    edge.attributes = { ...attributes, ...viz };
    if (attribute(element, 'id') === undefined) {
      edge.key = keyFromPlace(i, taken);
    }
  });
  return { data, warnings: [] };
}
