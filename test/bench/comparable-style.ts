/**
 * Bare Cytoscape drawing a picture comparable to the component's, as a developer would write it
 * for an article graph: labels with halos under the nodes, a shape and a colour for each entity
 * type, curved edges with arrowheads in the colour of their relation, and the headline relation
 * labelled. It reads the dataset's own vocabulary where there is one (the article graph); the
 * synthetic graphs, which have none, get a fixed palette. Nothing of the component is imported:
 * this is the yardstick the component's first picture is held to.
 */
import type { ElementDefinition, StylesheetJson } from 'cytoscape';

interface Serialized {
  attributes?: { headline?: unknown; vocabulary?: { entityTypes?: Record<string, { color?: string; shape?: string }>; relations?: Record<string, { color?: string; family?: string; headline?: boolean; label?: string }>; families?: Record<string, { color?: string }> } };
  nodes: Array<{ key: string | number; attributes?: Record<string, unknown> }>;
  edges: Array<{ key?: string | number; source: string | number; target: string | number; attributes?: Record<string, unknown> }>;
}

const SHAPES = ['ellipse', 'round-rectangle', 'diamond', 'hexagon', 'triangle', 'pentagon', 'tag', 'octagon'];
const COLOURS = ['#c2410c', '#1d4ed8', '#0f766e', '#b91c1c', '#be185d', '#6d28d9', '#475569', '#15803d'];
/** The relation the synthetic graphs are about, labelled like the article's headline. */
const SYNTHETIC_HEADLINE = 'supplies';

/** Node and edge definitions with the given positions; the edge's label is its relation's. */
export function comparableElements(graph: Serialized): ElementDefinition[] {
  const relations = graph.attributes?.vocabulary?.relations ?? {};
  const elements: ElementDefinition[] = [];
  for (const node of graph.nodes) {
    const a = node.attributes ?? {};
    elements.push({ group: 'nodes', data: { id: String(node.key), label: a.label ?? String(node.key), type: a.type }, position: { x: a.x as number, y: a.y as number } });
  }
  graph.edges.forEach((edge, index) => {
    const a = edge.attributes ?? {};
    const relation = String(a.relation ?? '');
    const label = typeof a.label === 'string' ? a.label : (relations[relation]?.label ?? relation);
    elements.push({ group: 'edges', data: { id: `edge-${edge.key ?? index}`, key: String(edge.key ?? index), source: String(edge.source), target: String(edge.target), relation, label } });
  });
  return elements;
}

export function comparableStylesheet(graph: Serialized): StylesheetJson {
  const vocabulary = graph.attributes?.vocabulary;
  const types = [...new Set(graph.nodes.map((node) => String(node.attributes?.type ?? '')))];
  const relations = [...new Set(graph.edges.map((edge) => String(edge.attributes?.relation ?? '')))];
  const headline = Array.isArray(graph.attributes?.headline) ? (graph.attributes.headline as string[]) : undefined;
  const style: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 44,
        height: 44,
        'font-size': 21,
        'font-weight': 600,
        color: '#1f2937',
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '170px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 3,
        'border-width': 2,
        'border-color': '#ffffff',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'line-color': '#9ca3af',
        'target-arrow-color': '#9ca3af',
        opacity: 0.8,
        'font-size': 17,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
      },
    },
  ];
  types.forEach((type, i) => {
    const own = vocabulary?.entityTypes?.[type];
    style.push({ selector: `node[type = "${type}"]`, style: { shape: (own?.shape ?? SHAPES[i % SHAPES.length]) as never, 'background-color': own?.color ?? COLOURS[i % COLOURS.length] } });
  });
  relations.forEach((relation, i) => {
    const own = vocabulary?.relations?.[relation];
    const colour = own?.color ?? (own?.family ? vocabulary?.families?.[own.family]?.color : undefined) ?? COLOURS[(i + 3) % COLOURS.length];
    const labelled = headline ? false : vocabulary ? own?.headline === true : relation === SYNTHETIC_HEADLINE;
    style.push({ selector: `edge[relation = "${relation}"]`, style: { 'line-color': colour, 'target-arrow-color': colour, ...(labelled ? { label: 'data(label)', width: 4 } : {}) } });
  });
  // The article graph names the edges of its headline claim.
  for (const key of headline ?? []) style.push({ selector: `edge[key = "${key}"]`, style: { label: 'data(label)', width: 4, opacity: 1 } });
  return style;
}
