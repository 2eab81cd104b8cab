/**
 * The import formats: graphology JSON, GEXF (Gephi 0.9, Gephi Lite), GraphML (Gephi, yEd) and CSV
 * (an edge list and a node table), read from real files in test/fixtures. In Node the XML readers use
 * @xmldom/xmldom's DOMParser, as a caller of the model in Node would install it.
 */
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { write } from 'graphology-gexf';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatOf, GraphLoadError, graphTitle, parseGraph, readGraph, type GraphData } from '../../src/model';
import { fixtureText } from './fixtures';

beforeAll(() => {
  (globalThis as { DOMParser?: unknown }).DOMParser = DOMParser;
});

async function refusalOf(run: () => Promise<unknown>): Promise<GraphLoadError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphLoadError);
    return error as GraphLoadError;
  }
  throw new Error('expected a refusal');
}

describe('choosing a format', () => {
  test('by the extension first, then the media type, then the text', () => {
    expect(formatOf({ name: '/data/graph.gexf', text: '{}' })).toBe('gexf');
    expect(formatOf({ name: 'https://example.org/net.GraphML?v=2#top', text: '' })).toBe('graphml');
    expect(formatOf({ name: 'links.tsv', text: '' })).toBe('csv');
    expect(formatOf({ name: '/api/graph', contentType: 'application/gexf+xml; charset=utf-8', text: '' })).toBe('gexf');
    expect(formatOf({ name: '/api/graph', contentType: 'text/csv', text: '{"nodes": []}' })).toBe('csv');
    expect(formatOf({ name: '/api/graph', contentType: 'application/octet-stream', text: fixtureText('gephi-0.9.gexf') })).toBe('gexf');
    expect(formatOf({ contentType: 'text/plain', text: fixtureText('yed.graphml') })).toBe('graphml');
    expect(formatOf({ name: 'notes.txt', text: fixtureText('links.csv') })).toBe('csv');
    expect(formatOf({ text: '\uFEFF  {"nodes": []}' })).toBe('json');
    expect(formatOf({ text: 'just some words' })).toBeUndefined();
  });
});

describe('GEXF', () => {
  test('as Gephi 0.9 writes it (1.2draft): labels, viz colours, sizes and positions, attributes, weights', async () => {
    const { graph, format, warnings } = await readGraph(fixtureText('gephi-0.9.gexf'));
    expect(format).toBe('gexf');
    expect(warnings).toEqual([]);
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(6);
    expect(graph.type).toBe('directed');
    expect(graph.getNodeAttributes('0')).toMatchObject({ label: 'Russia', color: 'rgb(37,99,235)', size: 30, x: -240.5, y: -120.25, country: 'RU', modularity_class: 0 });
    // GEXF's y axis points up, as Gephi draws it: Russia, above Assad in Gephi, stays above him.
    expect(graph.getNodeAttribute('0', 'y')).toBeLessThan(graph.getNodeAttribute('2', 'y') as number);
    expect(graph.getEdgeAttributes('0')).toMatchObject({ label: 'has agreed to supply', weight: 3, kind: 'supply' });
    expect(graph.getEdgeAttribute('4', 'color')).toBe('rgb(100,116,139)');
    expect(graph.extremities('0')).toEqual(['2', '3']);
    expect(graph.getAttribute('description')).toBe('Arms routes named in the reporting');
  });

  test('as Gephi Lite and graphology-gexf write it (1.3): hex colours, sizes, the title, a mixed graph', async () => {
    const { graph } = await readGraph(fixtureText('gephi-lite-1.3.gexf'));
    expect(graphTitle(graph.getAttributes())).toBe('Supply chain, as Gephi Lite saves it');
    expect(graph.getNodeAttributes('assad')).toMatchObject({ label: 'Bashar al-Assad', color: '#ea580c', size: 14, x: 0, y: -0 });
    expect(graph.getNodeAttribute('wagner', 'y')).toBe(-180);
    expect(graph.getEdgeAttributes('supply')).toMatchObject({ label: 'has agreed to supply', color: '#dc2626', size: 4 });
    expect(graph.isUndirected('item')).toBe(true);
    expect(graph.isDirected('supply')).toBe(true);
  });

  test('with thousands of nodes', async () => {
    const big = new Graph();
    for (let i = 0; i < 5000; i++) big.addNode(`n${i}`, { label: `Node ${i}`, x: i % 100, y: Math.floor(i / 100), size: 1 + (i % 7), color: '#336699' });
    for (let i = 1; i < 5000; i++) big.addEdge(`n${i - 1}`, `n${i}`, { weight: i % 3 });
    const { graph } = await readGraph(write(big));
    expect(graph.order).toBe(5000);
    expect(graph.size).toBe(4999);
    expect(graph.getNodeAttributes('n4321')).toMatchObject({ label: 'Node 4321', x: 21, y: -43, color: 'rgb(51,102,153)' });
    // xmldom in Node is far slower than a browser's parser (see the browser test), and the machine may be busy.
  }, 60_000);

  test('a broken file is refused with the line of each bad node or edge', async () => {
    const text = fixtureText('gephi-0.9.gexf')
      .replace('<edge id="2" source="1" target="3"', '<edge id="e3" source="1"')
      .replace('<edge id="5" source="0" target="1"', '<edge id="5" source="0" target="ghost"')
      .replace('<node id="5" label="Iran">', '<node id="4" label="Iran">');
    const error = await refusalOf(() => readGraph(text));
    const lineOf = (fragment: string) => text.split('\n').findIndex((line) => line.includes(fragment)) + 1;
    expect(error.problems).toEqual([
      { where: `GEXF line ${lineOf('label="Iran"')}`, message: `node "4" is already defined on line ${lineOf('label="Pantsir (SA-22)"')}` },
      { where: `GEXF line ${lineOf('<edge id="e3"')}`, message: 'edge "e3" has no target' },
      { where: `GEXF line ${lineOf('<edge id="4"')}`, message: 'edge "4": source "5" is not a node' },
      { where: `GEXF line ${lineOf('target="ghost"')}`, message: 'edge "5": target "ghost" is not a node' },
    ]);
    expect(error.message).toMatch(/^The GEXF file has 4 problems: GEXF line \d+: node "4" is already defined/);
  });

  test('text that is not well-formed XML is refused with what the parser says (and the line, where it names one)', async () => {
    const error = await refusalOf(() => readGraph('<?xml version="1.0"?>\n<gexf>\n  <graph>\n    <nodes><node id="a"/></nodes>\n</gexf', {}));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]!.where).toMatch(/^GEXF( line \d+)?$/);
    expect(error.problems[0]!.message).toMatch(/^is not well-formed XML: end tag name: gexf is not complete/);
  });

  test('the sync parser, which reads JSON only, says how to read GEXF', () => {
    expect(() => parseGraph(fixtureText('gephi-0.9.gexf'))).toThrow(/This is GEXF \(Gephi, Gephi Lite\), not JSON: read it with loadGraph\(\)/);
  });
});

describe('GraphML', () => {
  test('as Gephi writes it: r, g, b into a colour, x and y into a position, the edge label', async () => {
    const { graph, format } = await readGraph(fixtureText('gephi.graphml'));
    expect(format).toBe('graphml');
    expect(graph.getNodeAttributes('assad')).toEqual({ label: 'Bashar al-Assad', type: 'person', size: 20, color: '#ea580c', x: -150, y: -80 });
    expect(graph.getEdgeAttributes('0')).toEqual({ label: 'has agreed to supply', weight: 3 });
  });

  test('as yEd writes it: centre, size, fill and label from its shapes, the label and colour of its edges', async () => {
    const { graph } = await readGraph(fixtureText('yed.graphml'));
    expect(graph.getNodeAttributes('n0')).toEqual({ label: 'Bashar al-Assad', description: 'Leader of Syria', x: 160, y: 70, size: 120, color: '#EA580C' });
    expect(graph.getNodeAttributes('n2')).toMatchObject({ label: 'Wagner Group', x: 310, y: 240 });
    expect(graph.getEdgeAttributes('e0')).toEqual({ label: 'has agreed to supply', color: '#DC2626', size: 3 });
    expect(graph.getEdgeAttributes('e2')).toMatchObject({ description: 'Entrusted with the delivery', color: '#EA580C' });
    expect(graph.directedSize).toBe(3);
  });

  test('an edge to a missing node is refused with its line', async () => {
    const text = fixtureText('gephi.graphml').replace('<edge id="1" source="assad" target="wagner">', '<edge id="1" source="assad" target="putin">');
    const error = await refusalOf(() => readGraph(text));
    const line = text.split('\n').findIndex((row) => row.includes('target="putin"')) + 1;
    expect(error.problems).toEqual([{ where: `GraphML line ${line}`, message: 'edge "1": target "putin" is not a node' }]);
  });
});

describe('CSV', () => {
  test('an edge list and a node table in Kumu and Flourish columns', async () => {
    const { graph, format, warnings } = await readGraph({ edges: fixtureText('links.csv'), nodes: fixtureText('points.csv') });
    expect(format).toBe('csv');
    expect(warnings).toEqual([]);
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(6);
    expect(graph.getNodeAttributes('Bashar al-Assad')).toEqual({
      label: 'Bashar al-Assad',
      type: 'Person',
      description: 'President of Syria, who has agreed to supply the system, according to the sources',
      color: '#ea580c',
      x: 0,
      y: 0,
    });
    const supply = graph.findEdge((_, attributes) => attributes.relation === 'supplies')!;
    expect(graph.getEdgeAttributes(supply)).toEqual({ relation: 'supplies', label: 'has agreed to supply', weight: 3, Date: 'August 2023' });
    expect(supply).toBe('e1');
    const allied = graph.filterEdges((_, attributes) => attributes.relation === 'allied with');
    expect(allied.every((edge) => graph.isUndirected(edge))).toBe(true);
    expect(graph.isDirected(supply)).toBe(true);
  });

  test('an edge list alone, as Gephi writes one: Source, Target, a Type that is the direction, Id, Label, Weight', async () => {
    const text = 'Source;Target;Type;Id;Label;Weight\nassad;hezbollah;Directed;s1;has agreed to supply;3\niran;hezbollah;Undirected;a1;allied with;1.5\n';
    const { graph } = await readGraph(text);
    expect(graph.nodes()).toEqual(['assad', 'hezbollah', 'iran']);
    expect(graph.getEdgeAttributes('s1')).toEqual({ label: 'has agreed to supply', weight: 3 });
    expect(graph.isUndirected('a1')).toBe(true);
  });

  test('a Type column of connection kinds is the relation, as in Kumu', async () => {
    const { graph } = await readGraph('From,To,Type\nA,B,funds\nB,C,advises\n');
    expect(graph.getEdgeAttribute('e2', 'relation')).toBe('advises');
  });

  test('an end missing from the node table is added, with a notice; a byte-order mark is ignored', async () => {
    const { graph, warnings } = await readGraph({ edges: '\uFEFFfrom,to\nA,B\nA,Z\n', nodes: 'id,name\nA,Alpha\nB,Beta\n' });
    expect(graph.nodes()).toEqual(['A', 'B', 'Z']);
    expect(warnings).toEqual([{ where: 'CSV line 3', message: 'target "Z" is not in the node table; added as a node' }]);
  });

  test('rows without a source or target, and tables without the columns, are refused with their lines', async () => {
    const missing = await refusalOf(() => readGraph('From,To,Relation\nA,B,funds\n\nC,,funds\n,D,funds\n'));
    expect(missing.problems).toEqual([
      { where: 'CSV line 4', message: 'the edge has no target (column "To")' },
      { where: 'CSV line 5', message: 'the edge has no source (column "From")' },
    ]);
    const columns = await refusalOf(() => readGraph({ edges: 'Person,Company\nA,B\n' }));
    expect(columns.problems).toEqual([{ where: 'CSV line 1', message: 'has no source and no target column: name them From and To (or Source and Target)' }]);
    const quote = await refusalOf(() => readGraph('From,To\nA,"B\nC,D\n'));
    expect(quote.problems[0]).toEqual({ where: 'CSV line 2', message: 'a quoted field is not closed' });
  });

  test('a number that is not one is ignored with a notice', async () => {
    const { graph, warnings } = await readGraph({ edges: 'from,to,weight\nA,B,heavy\n', nodes: 'id,x,y\nA,1,2\nB,3,north\n' });
    expect(graph.getEdgeAttributes('e1')).toEqual({});
    expect(graph.getNodeAttributes('B')).toEqual({ x: 3 });
    expect(warnings.map((warning) => `${warning.where}: ${warning.message}`)).toEqual(['CSV line 3: y "north" is not a number; ignored', 'CSV line 2: weight "heavy" is not a number; ignored']);
  });
});

describe('optional article fields in an unexpected shape', () => {
  test('are read as well as they can be, or ignored, with a warning each; the structure still refuses', async () => {
    const data = {
      nodes: [{ key: 'a', attributes: { aliases: 'Alpha' } }, { key: 'b' }],
      edges: [
        { key: 'e1', source: 'a', target: 'b', attributes: { evidence: 'a quote', certainty: 'probable', attribution: 7 } },
        { key: 'e2', source: 'a', target: 'b', attributes: { evidence: ['one quote', { quote: 'two', sentence: 'p9s9' }, 5] } },
      ],
    };
    const { graph, warnings } = await readGraph(data as GraphData);
    expect(graph.getEdgeAttributes('e1')).toEqual({ evidence: [{ quote: 'a quote' }] });
    expect(graph.getEdgeAttribute('e2', 'evidence')).toEqual([{ quote: 'one quote' }, { quote: 'two' }]);
    expect(graph.getNodeAttribute('a', 'aliases')).toEqual(['Alpha']);
    expect(warnings.map((warning) => `${warning.where}: ${warning.message}`)).toEqual([
      'node 1 ("a"): aliases must be a list of strings, got a string ("Alpha"); only its strings are kept',
      'edge 1 ("e1"): certainty must be one of stated, reported, possible, uncertain, got a string ("probable"); ignored',
      'edge 1 ("e1"): attribution must be an attribution key, got a number (7); ignored',
      'edge 1 ("e1"): evidence must be a list, got a string ("a quote"); read as a quote without a sentence',
      'edge 2 ("e2"): evidence 1 must be an object with "sentence" and "quote", got a string ("one quote"); read as a quote without a sentence',
      'edge 2 ("e2"): evidence 2: sentence "p9s9" is not in the source text; read as a quote without a sentence',
      'edge 2 ("e2"): evidence 3 must be an object with "sentence" and "quote", got a number (5); ignored',
    ]);
    // The caller's data is left as it was.
    expect(data.edges[0]!.attributes.evidence).toBe('a quote');
    await expect(readGraph({ nodes: [{ key: 'a' }], edges: [{ source: 'a', target: 'nowhere', attributes: { evidence: 'x' } }] } as unknown as GraphData)).rejects.toThrow(/target "nowhere" is not a node/);
  });
});
