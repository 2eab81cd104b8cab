/**
 * GraphML, as Gephi and yEd write it: read by graphology-graphml, after the checks that name the line
 * of a bad node or edge. Gephi's `r`/`g`/`b` keys become `color` (graphology-graphml does that), its
 * `x`/`y` keys positions (turned the screen's way up, as for GEXF); "Edge Label" is an edge's `label`.
 * yEd keeps a node's look in its own elements (`y:ShapeNode` with its geometry, fill and label; edges
 * with a line style and label): they give `x`, `y`, `color`, `size` and `label`, in yEd's screen
 * coordinates.
 */
import Graph from 'graphology';
import createParserFunction from 'graphology-graphml/common/parser.js';
import { refusal } from '../load-error';
import type { GraphData } from '../types';
import type { FormatReading } from './index';
import { attribute, keyFromPlace, openGraphDocument } from './xml';

const YED = 'http://www.yworks.com/xml/graphml';

/** The first element named `name` in yEd's namespace below `element`. */
function yed(element: Element, name: string): Element | undefined {
  return element.getElementsByTagNameNS(YED, name)[0];
}

/** What yEd says of a node: centre, size, fill and label. */
function yedNode(element: Element): Record<string, unknown> {
  const look: Record<string, unknown> = {};
  const geometry = yed(element, 'Geometry');
  if (geometry) {
    const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(attribute(geometry, name)));
    if ([x, y, width, height].every(Number.isFinite)) {
      look.x = x! + width! / 2;
      look.y = y! + height! / 2;
      look.size = Math.max(width!, height!);
    }
  }
  const fill = yed(element, 'Fill');
  if (fill && attribute(fill, 'color') && attribute(fill, 'hasColor') !== 'false') look.color = attribute(fill, 'color')!.slice(0, 7);
  const label = yed(element, 'NodeLabel')?.textContent?.trim();
  if (label) look.label = label;
  return look;
}

/** What yEd says of an edge: its line's colour and width, and its label. */
function yedEdge(element: Element): Record<string, unknown> {
  const look: Record<string, unknown> = {};
  const line = yed(element, 'LineStyle');
  if (line && attribute(line, 'color')) look.color = attribute(line, 'color')!.slice(0, 7);
  const width = Number(line && attribute(line, 'width'));
  if (Number.isFinite(width) && width > 0) look.size = width;
  const label = yed(element, 'EdgeLabel')?.textContent?.trim();
  if (label) look.label = label;
  return look;
}

export function readGraphml(text: string): FormatReading {
  const { document, nodes, edges } = openGraphDocument(text, 'GraphML');

  // yEd's graphics keys have no attr.name: graphology-graphml files their text under "null".
  const graphicsKeys = Array.from(document.getElementsByTagName('key')).filter((key) => key.hasAttribute('yfiles.type'));
  const fromYed = graphicsKeys.length > 0 || document.getElementsByTagNameNS(YED, '*').length > 0;
  // graphology-graphml knows keys for graphs, nodes and edges only: those for ports and the file are
  // left out, and one for all is given to each of the three.
  for (const key of Array.from(document.getElementsByTagName('key'))) {
    const kind = key.getAttribute('for') ?? 'node';
    if (kind === 'all') {
      key.setAttribute('for', 'node');
      for (const other of ['edge', 'graph']) {
        const copy = key.cloneNode(true) as Element;
        copy.setAttribute('for', other);
        key.parentNode?.insertBefore(copy, key);
      }
    } else if (!['graph', 'node', 'edge'].includes(kind)) key.parentNode?.removeChild(key);
  }
  const parse = createParserFunction(undefined, document.constructor);
  let graph: Graph;
  try {
    graph = parse(Graph, document);
  } catch (error) {
    throw refusal('The GraphML file', [{ where: 'GraphML', message: String((error as Error).message).replace(/^graphology-graphml\/parser:\s*/, '') }]);
  }
  const data = graph.export() as GraphData & Required<Pick<GraphData, 'nodes' | 'edges'>>;
  const byId = new Map<string, Element>();
  for (const element of Array.from(nodes)) byId.set(attribute(element, 'id')!, element);
  const tidy = (attributes: Record<string, unknown> | undefined) => {
    const tidied = { ...attributes };
    if (fromYed) {
      delete tidied.null;
      delete tidied[''];
    }
    return tidied;
  };
  for (const node of data.nodes) {
    const attributes = tidy(node.attributes);
    const element = byId.get(String(node.key));
    if (fromYed && element) Object.assign(attributes, yedNode(element), attributes.label !== undefined ? { label: attributes.label } : {});
    // Gephi's x/y keys are in Gephi's coordinates, y pointing up.
    else if (typeof attributes.y === 'number') attributes.y = -attributes.y;
    node.attributes = attributes;
  }
  const taken = new Set(Array.from(edges, (element) => attribute(element, 'id')).filter((id) => id !== undefined));
  data.edges.forEach((edge, i) => {
    const element = edges[i];
    const attributes = tidy(edge.attributes);
    if (typeof attributes['Edge Label'] === 'string' && attributes.label === undefined) {
      attributes.label = attributes['Edge Label'];
      delete attributes['Edge Label'];
    }
    if (fromYed && element) Object.assign(attributes, yedEdge(element), attributes.label !== undefined ? { label: attributes.label } : {});
    edge.attributes = attributes;
    if (element && attribute(element, 'id') === undefined) {
      edge.key = keyFromPlace(i, taken);
    }
  });
  return { data, warnings: [] };
}
