/**
 * Graphs that pass validation but are odd where the renderer and the templates are concerned: keys
 * Cytoscape would not take or that collide once they are ids, text fields holding numbers, objects
 * or lists, and positions that are all one point or at the far ends of what a number holds.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import cytoscape from 'cytoscape';
import dataset from '../../graph-data/article-graph.json';
import { readGraph, parseGraph } from '../../src/model/load';
import { TEXT_FIELDS } from '../../src/model/fields';
import { graphTitle } from '../../src/model/title';
import { attributionDefinition, entityTypeDefinition, familyDefinition, relationDefinition, vocabularyOf } from '../../src/model/vocabulary';
import { nodeLabel, paragraphsOf, statementOf } from '../../src/model/queries';
import { edgeElementId, keyOfElementId, nodeElementId, toElements } from '../../src/view/elements';
import { encodingOf } from '../../src/view/encoding';
import { drawnPositions, hasPositions } from '../../src/view/positions';
import { captionText, legendSections } from '../../src/export/overlay';
import type { ArticleGraph, SerializedArticleGraph } from '../../src/model/types';
import { LIGHT_TOKENS } from '../../src/view/stylesheet';

const SEED = 20231102;

/** Builds the elements in a headless Cytoscape, as the element does, and returns it. */
function drawn(graph: ArticleGraph) {
  const elements = toElements(graph);
  const cy = cytoscape({ headless: true, styleEnabled: false });
  cy.add(elements.filter((element) => element.group === 'nodes'));
  cy.add(elements.filter((element) => element.group !== 'nodes'));
  return { cy, elements };
}

describe('keys as element ids', () => {
  it('draws a node key of only spaces and an empty edge key, each under its own id', () => {
    const graph = parseGraph({ nodes: [{ key: '   ' }, { key: 'b' }], edges: [{ key: '', source: '   ', target: 'b' }] });
    const { cy } = drawn(graph);
    expect(cy.nodes()).toHaveLength(2);
    expect(cy.edges()).toHaveLength(1);
    const edge = cy.getElementById(edgeElementId(''));
    expect(edge.source().data('key')).toBe('   ');
    expect(edge.target().data('key')).toBe('b');
  });

  it('keeps a node "a" and edges "a" and "a#edge" apart, each drawn between its own ends', () => {
    const graph = parseGraph({
      nodes: [{ key: 'a' }, { key: 'b' }, { key: 'c' }],
      edges: [
        { key: 'a', source: 'a', target: 'b' },
        { key: 'a#edge', source: 'b', target: 'c' },
        { key: 'node:a', source: 'c', target: 'a' },
      ],
    });
    const { cy } = drawn(graph);
    expect(cy.edges()).toHaveLength(3);
    expect(cy.getElementById(edgeElementId('a')).target().data('key')).toBe('b');
    expect(cy.getElementById(edgeElementId('a#edge')).source().data('key')).toBe('b');
    expect(cy.getElementById(edgeElementId('a#edge')).target().data('key')).toBe('c');
    expect(cy.getElementById(nodeElementId('a')).data('key')).toBe('a');
  });

  it('gives every key its own id, never blank, whatever the keys (property)', () => {
    // Keys made to collide: prefixes the ids use, blanks, and the old suffix.
    const key = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      fc.constantFrom('', ' ', '\t', '\u00a0', 'node:', 'edge:', 'node:a', 'edge:a', 'a', 'a#edge', '#', '.', ':', '\\', '"'),
    );
    fc.assert(
      fc.property(fc.uniqueArray(key, { minLength: 1, maxLength: 8 }), fc.array(key, { maxLength: 8 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }), (nodeKeys, edgeKeys, ends) => {
        // An empty node key is refused as no key at all, and built-in names as dangerous.
        const nodes = nodeKeys.filter((k) => !['', '__proto__', 'constructor', 'toString'].includes(k)).map((k) => ({ key: k }));
        fc.pre(nodes.length > 0);
        const edges = [...new Set(edgeKeys)].slice(0, ends.length).map((k, i) => ({ key: k, source: nodes[ends[i]![0] % nodes.length]!.key, target: nodes[ends[i]![1] % nodes.length]!.key }));
        const graph = parseGraph({ nodes, edges });
        const { cy, elements } = drawn(graph);
        const ids = elements.map((element) => element.data.id as string);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id.trim()).not.toBe('');
        graph.forEachNode((node) => expect(keyOfElementId('node', nodeElementId(node))).toBe(node));
        expect(cy.nodes()).toHaveLength(graph.order);
        expect(cy.edges()).toHaveLength(graph.size);
        graph.forEachEdge((edge, _a, source, target) => {
          const drawnEdge = cy.getElementById(edgeElementId(edge));
          expect(drawnEdge.data('key')).toBe(edge);
          // What the overview hands out (element ids) reads back as the key.
          expect(keyOfElementId('edge', drawnEdge.id())).toBe(edge);
          expect(drawnEdge.source().data('key')).toBe(source);
          expect(drawnEdge.target().data('key')).toBe(target);
        });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

/** Every place a text field can be, as a path into a serialized graph with one node and one edge. */
const FIELD_PATHS: string[][] = [
  ...TEXT_FIELDS.graph.map((field) => ['attributes', field]),
  ...TEXT_FIELDS.source.map((field) => ['attributes', 'source', field]),
  ['attributes', 'source', 'title'],
  ...TEXT_FIELDS.node.map((field) => ['nodes', '0', 'attributes', field]),
  ...TEXT_FIELDS.edge.map((field) => ['edges', '0', 'attributes', field]),
  ...TEXT_FIELDS.relation.map((field) => ['attributes', 'vocabulary', 'relations', 'supplies', field]),
  ...TEXT_FIELDS.entityType.map((field) => ['attributes', 'vocabulary', 'entityTypes', 'person', field]),
  ...TEXT_FIELDS.attribution.map((field) => ['attributes', 'vocabulary', 'attributions', 'officials', field]),
  ...TEXT_FIELDS.family.map((field) => ['attributes', 'vocabulary', 'families', 'material', field]),
];

function base(): SerializedArticleGraph {
  return {
    attributes: {
      title: 'T',
      source: { title: 'Article', paragraphs: [{ id: 'p1', sentences: [{ id: 'p1s1', text: 'A supplies B.' }] }] },
      vocabulary: {
        relations: { supplies: { label: 'supplies', definition: '', family: 'material', directed: true } },
        entityTypes: { person: { label: 'Person', definition: '' } },
        attributions: { officials: { label: 'Officials' } },
        families: { material: { label: 'Material' } },
      },
      headline: ['e1'],
    },
    nodes: [{ key: 'a', attributes: { label: 'A', type: 'person', x: 0, y: 0 } }, { key: 'b', attributes: { x: 100, y: 0 } }],
    edges: [{ key: 'e1', source: 'a', target: 'b', attributes: { relation: 'supplies', attribution: 'officials' } }],
  } as unknown as SerializedArticleGraph;
}

function setAt(data: unknown, path: string[], value: unknown): void {
  let at = data as Record<string, unknown>;
  for (const step of path.slice(0, -1)) at = at[step] as Record<string, unknown>;
  at[path[path.length - 1]!] = value;
}

function getAt(graph: ArticleGraph, path: string[]): unknown {
  const [head, index, ...rest] = path;
  let at: unknown = head === 'nodes' ? graph.getNodeAttributes(graph.nodes()[Number(index)]!) : head === 'edges' ? graph.getEdgeAttributes(graph.edges()[Number(index)]!) : graph.getAttributes();
  for (const step of head === 'attributes' ? [index!, ...rest] : rest.slice(1)) at = (at as Record<string, unknown> | undefined)?.[step];
  return at;
}

/** Everything that turns a graph's text into what is drawn or written. */
function useEverywhere(graph: ArticleGraph): void {
  const vocabulary = vocabularyOf(graph);
  graphTitle(graph.getAttributes());
  toElements(graph);
  const encoding = encodingOf(graph);
  graph.forEachNode((node) => expect(typeof nodeLabel(graph, node)).toBe('string'));
  graph.forEachEdge((edge) => statementOf(graph, edge));
  paragraphsOf(graph);
  for (const key of Object.keys(vocabulary.relations)) expect(typeof relationDefinition(vocabulary, key).label).toBe('string');
  for (const key of Object.keys(vocabulary.entityTypes)) expect(typeof entityTypeDefinition(vocabulary, key).label).toBe('string');
  for (const key of Object.keys(vocabulary.families)) expect(typeof familyDefinition(vocabulary, key).label).toBe('string');
  for (const key of Object.keys(vocabulary.attributions)) expect(typeof attributionDefinition(vocabulary, key).label).toBe('string');
  const shown = { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
  captionText(graph, shown);
  legendSections(graph, shown, encoding, LIGHT_TOKENS);
}

describe('text fields holding something else', () => {
  it('reads a vocabulary label 5 as "5", and leaves out object labels, source.url and source.published with a warning', async () => {
    const data = base() as unknown as Record<string, any>;
    data.attributes.vocabulary.relations.supplies.label = 5;
    data.attributes.vocabulary.entityTypes.person.label = { en: 'Person' };
    data.attributes.source.url = { href: 'https://example.org' };
    data.attributes.source.published = { year: 2023 };
    const { graph, warnings } = await readGraph(data);
    const vocabulary = vocabularyOf(graph);
    expect(relationDefinition(vocabulary, 'supplies').label).toBe('5');
    expect(entityTypeDefinition(vocabulary, 'person').label).toBe('person');
    expect(graph.getAttribute('source')!.url).toBeUndefined();
    expect(graph.getAttribute('source')!.published).toBeUndefined();
    expect(warnings.map((w) => `${w.where}: ${w.message}`)).toEqual([
      'vocabulary entity type "person": label must be text, got an object; ignored',
      'source: published must be text, got an object; ignored',
      'source: url must be text, got an object; ignored',
    ]);
    useEverywhere(graph);
  });

  it('makes every text field text or nothing, whatever JSON it holds, and nothing downstream throws (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELD_PATHS), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        const data = base();
        setAt(data, path, value);
        const graph = parseGraph(data);
        const read = getAt(graph, path);
        expect(read === undefined || read === null || typeof read === 'string', `${path.join('.')} = ${JSON.stringify(value)}`).toBe(true);
        useEverywhere(graph);
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('reads the real dataset with any one text field replaced (property)', () => {
    const texts = (dataset as unknown as SerializedArticleGraph).nodes!.length;
    fc.assert(
      fc.property(fc.nat(texts - 1), fc.constantFrom(...TEXT_FIELDS.node), fc.oneof(fc.integer(), fc.boolean(), fc.object(), fc.array(fc.string())), (index, field, value) => {
        const data = structuredClone(dataset) as unknown as SerializedArticleGraph;
        (data.nodes![index]!.attributes as Record<string, unknown>)[field] = value;
        useEverywhere(parseGraph(data));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe('positions no drawing can use as they are', () => {
  const at = (points: Array<[number, number]>) => parseGraph({ nodes: points.map(([x, y], i) => ({ key: `n${i}`, attributes: { x, y } })), edges: [] });

  it('lays out a graph whose nodes all stand at one point instead of drawing them on top of each other', () => {
    const graph = at(Array.from({ length: 20_000 }, () => [5, 5] as [number, number]));
    expect(hasPositions(graph)).toBe(false);
    expect(drawnPositions(graph)).toBeUndefined();
  });

  it('spreads the nodes that share a position round it, and leaves the others where they stand', () => {
    const positions = drawnPositions(at([[0, 0], [0, 0], [0, 0], [400, 300]]))!;
    const drawnAt = [...positions.values()];
    expect(new Set(drawnAt.map(({ x, y }) => `${x},${y}`)).size).toBe(4);
    expect(positions.get('n3')).toEqual({ x: 400, y: 300 });
    expect(positions.get('n0')).toEqual({ x: 0, y: 0 });
  });

  it('brings nodes at ±1e308 to finite, distinct, legible positions near the origin', () => {
    const positions = drawnPositions(at([[-1e308, -1e308], [1e308, 1e308], [1e308, -1e308]]))!;
    for (const { x, y } of positions.values()) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.abs(x)).toBeLessThan(1e4);
    }
    const [a, b] = [positions.get('n0')!, positions.get('n1')!];
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(40);
  });

  it('lays out nodes too close together for any scale to bring apart (0 and 5e-324)', () => {
    const graph = at([[-0, 0], [5e-324, 5e-324]]);
    expect(hasPositions(graph)).toBe(false);
    const small = drawnPositions(at([[0, 0], [1e-300, 1e-300]]))!;
    expect(Math.hypot(small.get('n1')!.x - small.get('n0')!.x, small.get('n1')!.y - small.get('n0')!.y)).toBeGreaterThan(40);
  });

  it('draws a graph of ordinary size where it stands', () => {
    const graph = parseGraph(dataset);
    const positions = drawnPositions(graph)!;
    graph.forEachNode((key, { x, y }) => expect(positions.get(key)).toEqual({ x, y }));
  });
});
