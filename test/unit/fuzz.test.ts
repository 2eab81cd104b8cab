/**
 * Property-based tests of the loader and the validator: random JSON and mutations of the real
 * dataset. Whatever comes in, either a graphology graph comes out or a GraphLoadError that says
 * what is wrong and where; nothing else escapes. Seeded and bounded so that CI stays fast.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Graph from 'graphology';
import dataset from '../../graph-data/article-graph.json';
import { GraphLoadError, parseGraph } from '../../src/model/load';
import { describeProblem, readSerializedGraph, validateSerializedGraph } from '../../src/model/validate';

const SEED = 20231102;

/** Parses and checks the outcome; returns 'graph' or 'refused' so properties can count them. */
function outcomeOf(input: unknown): 'graph' | 'refused' {
  let graph: Graph;
  try {
    graph = parseGraph(input);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphLoadError);
    const refusal = error as GraphLoadError;
    expect(refusal.message.length).toBeGreaterThan(0);
    for (const problem of refusal.problems) {
      expect(problem.where.length).toBeGreaterThan(0);
      expect(problem.message.length).toBeGreaterThan(0);
    }
    return 'refused';
  }
  expect(graph).toBeInstanceOf(Graph);
  const nodes = (input as { nodes?: unknown[] }).nodes ?? [];
  if (typeof input !== 'string') expect(graph.order).toBe(nodes.length);
  return 'graph';
}

// ---- Mutations of the real dataset ------------------------------------------------------------

type Json = unknown;
type Mutation = (data: Record<string, Json>, pick: (n: number) => number) => void;

const wrongValues: Json[] = [null, 0, -1, NaN, Infinity, '', 'ghost', true, [], {}, [1, 2], { key: 'x' }, '__proto__', '<b>x</b>', 'a'.repeat(5000)];

function listOf(data: Record<string, Json>, name: 'nodes' | 'edges'): Json[] {
  const list = data[name];
  return Array.isArray(list) ? list : [];
}

function recordAt(list: Json[], index: number): Record<string, Json> | undefined {
  const item = list[index];
  return typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as Record<string, Json>) : undefined;
}

const mutations: Record<string, Mutation> = {
  deleteNodeField(data, pick) {
    const nodes = listOf(data, 'nodes');
    const node = recordAt(nodes, pick(nodes.length));
    if (node) delete node[['key', 'attributes'][pick(2)]];
  },
  deleteEdgeField(data, pick) {
    const edges = listOf(data, 'edges');
    const edge = recordAt(edges, pick(edges.length));
    if (edge) delete edge[['key', 'source', 'target', 'attributes', 'undirected'][pick(5)]];
  },
  replaceNodeField(data, pick) {
    const nodes = listOf(data, 'nodes');
    const node = recordAt(nodes, pick(nodes.length));
    if (node) node[['key', 'attributes'][pick(2)]] = wrongValues[pick(wrongValues.length)];
  },
  replaceEdgeField(data, pick) {
    const edges = listOf(data, 'edges');
    const edge = recordAt(edges, pick(edges.length));
    if (edge) edge[['key', 'source', 'target', 'attributes', 'undirected'][pick(5)]] = wrongValues[pick(wrongValues.length)];
  },
  replaceAttribute(data, pick) {
    const list = listOf(data, pick(2) === 0 ? 'nodes' : 'edges');
    const attributes = recordAt(list, pick(list.length))?.attributes;
    if (typeof attributes !== 'object' || attributes === null) return;
    const names = ['x', 'y', 'label', 'type', 'aliases', 'relation', 'evidence', 'certainty', 'attribution', '__proto__', 'constructor'];
    (attributes as Record<string, Json>)[names[pick(names.length)]] = wrongValues[pick(wrongValues.length)];
  },
  mutateEvidence(data, pick) {
    const edges = listOf(data, 'edges');
    const evidence = (recordAt(edges, pick(edges.length))?.attributes as { evidence?: Json[] } | undefined)?.evidence;
    if (!Array.isArray(evidence) || evidence.length === 0) return;
    const item = recordAt(evidence, pick(evidence.length));
    if (item) item[['sentence', 'quote'][pick(2)]] = wrongValues[pick(wrongValues.length)];
    else evidence[pick(evidence.length)] = wrongValues[pick(wrongValues.length)];
  },
  duplicateNode(data, pick) {
    const nodes = listOf(data, 'nodes');
    const node = nodes[pick(nodes.length)];
    if (node !== undefined) nodes.push(structuredClone(node));
  },
  duplicateEdge(data, pick) {
    const edges = listOf(data, 'edges');
    const edge = edges[pick(edges.length)];
    if (edge !== undefined) edges.push(structuredClone(edge));
  },
  removeNode(data, pick) {
    const nodes = listOf(data, 'nodes');
    nodes.splice(pick(nodes.length), 1);
  },
  replaceTopLevel(data, pick) {
    data[['nodes', 'edges', 'attributes', 'options'][pick(4)]] = wrongValues[pick(wrongValues.length)];
  },
  replaceOption(data, pick) {
    data.options = { ...(data.options as object), [['type', 'multi', 'allowSelfLoops'][pick(3)]]: wrongValues[pick(wrongValues.length)] };
  },
  mutateSource(data, pick) {
    const source = (data.attributes as { source?: Record<string, Json> } | undefined)?.source;
    if (!source) return;
    const paragraphs = source.paragraphs;
    if (Array.isArray(paragraphs) && pick(2) === 0) paragraphs[pick(paragraphs.length)] = wrongValues[pick(wrongValues.length)];
    else source[['title', 'paragraphs'][pick(2)]] = wrongValues[pick(wrongValues.length)];
  },
};

const mutationNames = Object.keys(mutations);

const mutatedDataset = fc
  .array(fc.tuple(fc.constantFrom(...mutationNames), fc.array(fc.nat(), { minLength: 8, maxLength: 8 })), { minLength: 1, maxLength: 4 })
  .map((steps) => {
    const data = structuredClone(dataset) as unknown as Record<string, Json>;
    for (const [name, choices] of steps) {
      let next = 0;
      const pick = (n: number) => (n <= 0 ? 0 : choices[next++ % choices.length] % n);
      mutations[name](data, pick);
    }
    return data;
  });

// ---- Small random graphs, mostly well formed -------------------------------------------------

const nodeKey = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'b', 'c', '<img src=x>'), weight: 4 },
  { arbitrary: fc.integer({ min: 0, max: 3 }), weight: 2 },
  { arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString'), weight: 1 },
);
const smallGraph = fc.record(
  {
    options: fc.record({ type: fc.constantFrom('mixed', 'directed', 'undirected'), multi: fc.boolean(), allowSelfLoops: fc.boolean() }, { requiredKeys: [] }),
    nodes: fc.uniqueArray(fc.record({ key: nodeKey, attributes: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }) }, { requiredKeys: ['key'] }), {
      maxLength: 8,
      selector: (node) => String(node.key),
    }),
    edges: fc.array(fc.record({ key: fc.option(fc.string({ maxLength: 3 }), { nil: undefined }), source: nodeKey, target: nodeKey, undirected: fc.boolean() }, { requiredKeys: ['source', 'target'] }), { maxLength: 6 }),
  },
  { requiredKeys: ['nodes', 'edges'] },
);

describe('the loader under random and hostile input', () => {
  it('refuses arbitrary JSON values with a GraphLoadError or builds a graph of the right order', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void outcomeOf(value)), { seed: SEED, numRuns: 600 });
  });

  it('never throws anything but a GraphLoadError for arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => void outcomeOf(text)), { seed: SEED, numRuns: 400 });
  });

  it('copes with mutations of the real dataset: deleted fields, wrong types, duplicate keys', () => {
    let refused = 0;
    fc.assert(
      fc.property(mutatedDataset, (data) => {
        if (outcomeOf(data) === 'refused') refused++;
      }),
      { seed: SEED, numRuns: 1200 },
    );
    // The mutations must actually break things, or the property says little.
    expect(refused).toBeGreaterThan(300);
    // 1,200 copies of the whole dataset read and mended: seconds on a machine busy with the browser tests.
  }, 60_000);

  it('builds small random graphs and refuses prototype-named node keys, polluting nothing', () => {
    let built = 0;
    fc.assert(
      fc.property(smallGraph, (data) => {
        if (outcomeOf(data) === 'graph') built++;
      }),
      { seed: SEED, numRuns: 600 },
    );
    expect(built).toBeGreaterThan(50);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).key).toBeUndefined();
  });

  it('has the validator agree with the loader: a graph is built exactly when its structure has no problem', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedDataset, smallGraph), (data) => {
        const { problems, warnings } = readSerializedGraph(structuredClone(data));
        const built = outcomeOf(data) === 'graph';
        expect(built).toBe(problems.length === 0);
        // Every problem and every warning is one the strict validator names, in its words.
        const strict = validateSerializedGraph(data).map(describeProblem);
        for (const problem of problems) expect(strict).toContain(describeProblem(problem));
        for (const warning of warnings) expect(strict.some((line) => describeProblem(warning).startsWith(`${line}; `))).toBe(true);
        expect(problems.length + warnings.length).toBe(strict.length);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});

describe('keys that are built-in JavaScript names', () => {
  it('refuses a node keyed __proto__, constructor or toString, saying which node', () => {
    for (const key of ['__proto__', 'constructor', 'toString']) {
      const data = { nodes: [{ key: 'a' }, { key }], edges: [{ source: 'a', target: key }] };
      expect(() => parseGraph(data)).toThrow(GraphLoadError);
      const problems = validateSerializedGraph(data);
      expect(problems).toEqual([{ where: `node 2 ("${key}")`, message: expect.stringContaining('built-in JavaScript name') }]);
    }
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('accepts such names as edge keys, attribute names and relation or type keys', () => {
    const text = `{
      "attributes": { "vocabulary": { "relations": { "supplies": { "label": "supplies", "definition": "", "directed": true } } } },
      "nodes": [
        { "key": "a", "attributes": { "__proto__": { "polluted": 1 }, "constructor": "x", "type": "toString" } },
        { "key": "b", "attributes": { "type": "__proto__" } }
      ],
      "edges": [
        { "key": "__proto__", "source": "a", "target": "b", "attributes": { "relation": "constructor" } },
        { "key": "toString", "source": "b", "target": "a", "attributes": { "relation": "__proto__" } }
      ]
    }`;
    const graph = parseGraph(text);
    expect(graph.order).toBe(2);
    expect(graph.edges().sort()).toEqual(['__proto__', 'toString']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
