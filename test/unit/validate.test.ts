import { describe, expect, test } from 'vitest';
import { describeProblem, validateSerializedGraph, type ValidationLimits } from '../../src/model';
import { fixtureData } from './fixtures';

/** Every problem as 'where: message', in the order the validator reports them. */
function problemsOf(data: unknown, limits?: ValidationLimits): string[] {
  return validateSerializedGraph(data, limits).map(describeProblem);
}

/** A sentence the evidence tests can quote. */
const source = {
  title: 'Test article',
  paragraphs: [{ id: 'p1', sentences: [{ id: 'p1s1', text: 'Alpha sends rifles to Beta.' }] }],
};

const twoNodes = [{ key: 'a' }, { key: 'b' }];

/** A graph a -> b whose one edge carries the given attributes, over the source above. */
function edgeWith(attributes: unknown): unknown {
  return { attributes: { source }, nodes: twoNodes, edges: [{ key: 'e1', source: 'a', target: 'b', attributes }] };
}

describe('validateSerializedGraph: the whole value', () => {
  test.each([
    ['a list', [], 'got a list'],
    ['a string', 'graph.json', 'got a string ("graph.json")'],
    ['a number', 42, 'got a number (42)'],
    ['null', null, 'got null'],
    ['a boolean', true, 'got boolean (true)'],
  ])('refuses %s', (_, data, got) => {
    expect(problemsOf(data)).toEqual([`graph: expected an object with "nodes" and "edges" lists, ${got}`]);
  });

  test('an object with neither nodes nor edges is not a graph', () => {
    const message = 'graph: has neither "nodes" nor "edges": this is not a graphology graph';
    expect(problemsOf({})).toEqual([message]);
    expect(problemsOf({ title: 'An article', vertices: [] })).toEqual([message]);
  });

  test('nodes and edges must be lists, and both are reported', () => {
    expect(problemsOf({ nodes: { a: {} }, edges: [] })).toEqual(['graph: "nodes" must be a list, got an object']);
    expect(problemsOf({ nodes: [], edges: 'e1' })).toEqual(['graph: "edges" must be a list, got a string ("e1")']);
    expect(problemsOf({ nodes: 3, edges: {} })).toEqual([
      'graph: "nodes" must be a list, got a number (3)',
      'graph: "edges" must be a list, got an object',
    ]);
    // null stands for an absent list, as graphology's import reads it.
    expect(problemsOf({ nodes: [], edges: null })).toEqual([]);
  });

  test('graph attributes must be an object', () => {
    expect(problemsOf({ attributes: ['title'], nodes: [], edges: [] })).toEqual(['graph: attributes must be an object, got a list']);
  });

  test('options are checked', () => {
    expect(problemsOf({ options: 'directed', nodes: [], edges: [] })).toEqual(['options: expected an object, got a string ("directed")']);
    expect(problemsOf({ options: { type: 'tree', multi: 'no', allowSelfLoops: 1 }, nodes: [], edges: [] })).toEqual([
      'options: type must be one of mixed, directed, undirected, got a string ("tree")',
      'options: multi must be true or false, got a string ("no")',
      'options: allowSelfLoops must be true or false, got a number (1)',
    ]);
  });
});

describe('validateSerializedGraph: nodes', () => {
  test('a node must be an object', () => {
    expect(problemsOf({ nodes: ['a', 3, null], edges: [] })).toEqual([
      'node 1: expected an object, got a string ("a")',
      'node 2: expected an object, got a number (3)',
      'node 3: expected an object, got null',
    ]);
  });

  test('a node must have a key', () => {
    expect(problemsOf({ nodes: [{ key: 'a' }, { attributes: { label: 'B' } }, { key: null }], edges: [] })).toEqual([
      'node 2: has no key',
      'node 3: has no key',
    ]);
  });

  test.each([
    ['a boolean', true, 'boolean (true)'],
    ['an object', { id: 'a' }, 'an object'],
    ['a list', ['a'], 'a list'],
    ['an infinite number', Infinity, 'a number (Infinity)'],
  ])('a key cannot be %s', (_, key, got) => {
    expect(problemsOf({ nodes: [{ key }], edges: [] })).toEqual([`node 1: key must be a string or a number, got ${got}`]);
  });

  test('a duplicate key names the node that used it first', () => {
    expect(problemsOf({ nodes: [{ key: 'a' }, { key: 'b' }, { key: 'a' }], edges: [] })).toEqual([
      'node 3 ("a"): key "a" is already used by node 1',
    ]);
  });

  test('the number 1 and the string "1" are the same key', () => {
    expect(problemsOf({ nodes: [{ key: 1 }, { key: '1' }], edges: [] })).toEqual(['node 2 ("1"): key "1" is already used by node 1']);
  });

  test('x and y must be finite numbers', () => {
    const nodes = [
      { key: 'a', attributes: { x: '12px', y: 3 } },
      { key: 'b', attributes: { x: 0, y: Infinity } },
      { key: 'c', attributes: { x: Number.NaN, y: true } },
    ];
    expect(problemsOf({ nodes, edges: [] })).toEqual([
      'node 1 ("a"): x must be a finite number, got a string ("12px")',
      'node 2 ("b"): y must be a finite number, got a number (Infinity)',
      'node 3 ("c"): x must be a finite number, got a number (NaN)',
      'node 3 ("c"): y must be a finite number, got boolean (true)',
    ]);
  });

  test('aliases must be a list of strings', () => {
    const nodes = [
      { key: 'assad', attributes: { aliases: 'Assad' } },
      { key: 'hezbollah', attributes: { aliases: ['Hizballah', 3] } },
    ];
    expect(problemsOf({ nodes, edges: [] })).toEqual([
      'node 1 ("assad"): aliases must be a list of strings, got a string ("Assad")',
      'node 2 ("hezbollah"): aliases must be a list of strings, got a list',
    ]);
  });

  test('attributes cannot be null', () => {
    expect(problemsOf({ nodes: [{ key: 'a', attributes: null }], edges: [] })).toEqual(['node 1 ("a"): attributes must be an object, got null']);
  });

  test('a long key is shortened in the place', () => {
    const key = 'k'.repeat(80);
    expect(problemsOf({ nodes: [{ key }, { key }], edges: [] })).toEqual([
      `node 2 ("${'k'.repeat(59)}…"): key "${key}" is already used by node 1`,
    ]);
  });
});

describe('validateSerializedGraph: edges', () => {
  test('an edge must be an object', () => {
    expect(problemsOf({ nodes: twoNodes, edges: ['a->b'] })).toEqual(['edge 1: expected an object, got a string ("a->b")']);
  });

  test('a duplicate edge key names the edge that used it first', () => {
    const edges = [
      { key: 'e1', source: 'a', target: 'b' },
      { key: 'e2', source: 'b', target: 'a' },
      { key: 'e1', source: 'a', target: 'a' },
    ];
    expect(problemsOf({ nodes: twoNodes, edges })).toEqual(['edge 3 ("e1"): key "e1" is already used by edge 1']);
  });

  test('an edge key must be a string or a number', () => {
    expect(problemsOf({ nodes: twoNodes, edges: [{ key: false, source: 'a', target: 'b' }] })).toEqual([
      'edge 1: key must be a string or a number, got boolean (false)',
    ]);
  });

  test('an edge needs a source and a target', () => {
    const edges = [
      { key: 'e1', target: 'a' },
      { key: 'e2', source: 'a', target: '' },
      { key: 'e3' },
    ];
    expect(problemsOf({ nodes: twoNodes, edges })).toEqual([
      'edge 1 ("e1"): has no source',
      'edge 2 ("e2"): has no target',
      'edge 3 ("e3"): has no source',
      'edge 3 ("e3"): has no target',
    ]);
  });

  test('a source or target must be a node key', () => {
    expect(problemsOf({ nodes: twoNodes, edges: [{ key: 'e1', source: { key: 'a' }, target: 'b' }] })).toEqual([
      'edge 1 ("e1"): source must be a node key (a string or a number), got an object',
    ]);
  });

  test('an edge cannot point at a missing node', () => {
    const edges = [
      { key: 'e1', source: 'a', target: 'b' },
      { key: 'e2', source: 'nobody', target: 'b' },
      { key: 'e3', source: 'a', target: 'ghost' },
    ];
    expect(problemsOf({ nodes: twoNodes, edges })).toEqual([
      'edge 2 ("e2"): source "nobody" is not a node',
      'edge 3 ("e3"): target "ghost" is not a node',
    ]);
  });

  test('an undirected edge is refused by a directed graph', () => {
    const data = { options: { type: 'directed' }, nodes: twoNodes, edges: [{ key: 'e1', source: 'a', target: 'b', undirected: true }] };
    expect(problemsOf(data)).toEqual(['edge 1 ("e1"): is undirected, but the graph is directed (options.type)']);
  });

  test('an edge marked directed is refused by an undirected graph', () => {
    const data = { options: { type: 'undirected' }, nodes: twoNodes, edges: [{ key: 'e1', source: 'a', target: 'b', undirected: false }] };
    expect(problemsOf(data)).toEqual(['edge 1 ("e1"): is directed (undirected: false), but the graph is undirected (options.type)']);
  });

  test('undirected must be a boolean', () => {
    expect(problemsOf({ nodes: twoNodes, edges: [{ key: 'e1', source: 'a', target: 'b', undirected: 'yes' }] })).toEqual([
      'edge 1 ("e1"): undirected must be true or false, got a string ("yes")',
    ]);
  });

  test('a self loop is refused when allowSelfLoops is false', () => {
    const data = { options: { allowSelfLoops: false }, nodes: twoNodes, edges: [{ key: 'loop', source: 'a', target: 'a' }] };
    expect(problemsOf(data)).toEqual(['edge 1 ("loop"): is a self loop on "a", but options.allowSelfLoops is false']);
  });

  test('parallel edges are refused when multi is false', () => {
    const edges = [
      { key: 'e1', source: 'a', target: 'b' },
      { key: 'e2', source: 'b', target: 'a' },
      { key: 'e3', source: 'a', target: 'b' },
    ];
    expect(problemsOf({ options: { multi: false }, nodes: twoNodes, edges })).toEqual([
      'edge 3 ("e3"): repeats an edge from "a" to "b", but options.multi is false',
    ]);
  });

  test('in an undirected simple graph, b-a repeats a-b', () => {
    const edges = [
      { key: 'e1', source: 'a', target: 'b' },
      { key: 'e2', source: 'b', target: 'a' },
    ];
    expect(problemsOf({ options: { type: 'undirected', multi: false }, nodes: twoNodes, edges })).toEqual([
      'edge 2 ("e2"): repeats an edge from "b" to "a", but options.multi is false',
    ]);
  });

  test('attributes cannot be null', () => {
    expect(problemsOf(edgeWith(null))).toEqual(['edge 1 ("e1"): attributes must be an object, got null']);
  });

  test('certainty must be one of the list', () => {
    expect(problemsOf(edgeWith({ certainty: 'sure' }))).toEqual([
      'edge 1 ("e1"): certainty must be one of stated, reported, possible, uncertain, got a string ("sure")',
    ]);
  });
});

describe('validateSerializedGraph: evidence', () => {
  test('a valid quote from a known sentence passes', () => {
    expect(problemsOf(edgeWith({ evidence: [{ sentence: 'p1s1', quote: 'sends rifles' }] }))).toEqual([]);
  });

  test('evidence must be a list', () => {
    expect(problemsOf(edgeWith({ evidence: { sentence: 'p1s1', quote: 'sends rifles' } }))).toEqual([
      'edge 1 ("e1"): evidence must be a list, got an object',
    ]);
  });

  test('each entry must be an object', () => {
    expect(problemsOf(edgeWith({ evidence: ['p1s1'] }))).toEqual([
      'edge 1 ("e1"): evidence 1 must be an object with "sentence" and "quote", got a string ("p1s1")',
    ]);
  });

  test('an entry needs a quote', () => {
    expect(problemsOf(edgeWith({ evidence: [{ sentence: 'p1s1', quote: 'Alpha' }, { sentence: 'p1s1' }, { sentence: 'p1s1', quote: '' }] }))).toEqual([
      'edge 1 ("e1"): evidence 2 has no quote',
      'edge 1 ("e1"): evidence 3 has no quote',
    ]);
  });

  test('an entry must cite a sentence of the source text', () => {
    expect(problemsOf(edgeWith({ evidence: [{ sentence: 'p9s9', quote: 'Alpha' }] }))).toEqual([
      'edge 1 ("e1"): evidence 1: sentence "p9s9" is not in the source text',
    ]);
  });

  test('a sentence id must be a string', () => {
    expect(problemsOf(edgeWith({ evidence: [{ sentence: 1, quote: 'Alpha' }] }))).toEqual([
      'edge 1 ("e1"): evidence 1: sentence must be a sentence id, got a number (1)',
    ]);
  });

  test('the quote must be in its sentence, verbatim', () => {
    expect(problemsOf(edgeWith({ evidence: [{ sentence: 'p1s1', quote: 'sends tanks' }, { sentence: 'p1s1', quote: 'alpha sends' }] }))).toEqual([
      'edge 1 ("e1"): evidence 1: the quote "sends tanks" is not in sentence p1s1',
      'edge 1 ("e1"): evidence 2: the quote "alpha sends" is not in sentence p1s1',
    ]);
  });

  test('without a source text, no sentence can be cited', () => {
    const data = { nodes: twoNodes, edges: [{ key: 'e1', source: 'a', target: 'b', attributes: { evidence: [{ sentence: 'p1s1', quote: 'Alpha' }] } }] };
    expect(problemsOf(data)).toEqual(['edge 1 ("e1"): evidence 1: sentence "p1s1" is not in the source text']);
  });
});

describe('validateSerializedGraph: attribution chains, qualifications and primary claims', () => {
  test('via names an attribution by its key', () => {
    expect(problemsOf(edgeWith({ attribution: 'ministry', via: 'officials' }))).toEqual([]);
    expect(problemsOf(edgeWith({ attribution: 'ministry', via: ['officials'] }))).toEqual([
      'edge 1 ("e1"): via must be an attribution key, got a list',
    ]);
  });

  test('primary marks an evidence entry with true or false', () => {
    expect(problemsOf(edgeWith({ evidence: [{ sentence: 'p1s1', quote: 'sends rifles', primary: true }] }))).toEqual([]);
    expect(problemsOf(edgeWith({ evidence: [{ sentence: 'p1s1', quote: 'sends rifles', primary: 'yes' }] }))).toEqual([
      'edge 1 ("e1"): evidence 1: primary must be true or false, got a string ("yes")',
    ]);
  });

  test('a qualification quotes its part and hedge from the sentence it cites, with a known certainty', () => {
    const doubt = { part: 'rifles', certainty: 'uncertain', hedge: 'sends', sentence: 'p1s1' };
    expect(problemsOf(edgeWith({ certainty: 'reported', qualifications: [doubt] }))).toEqual([]);
    expect(
      problemsOf(
        edgeWith({
          qualifications: [
            { ...doubt, part: 'tanks', certainty: 'unsure' },
            { ...doubt, sentence: 'p9s9' },
            { part: '', certainty: 'possible', sentence: 3 },
            'rifles',
          ],
        }),
      ),
    ).toEqual([
      'edge 1 ("e1"): qualification 1: certainty must be one of stated, reported, possible, uncertain, got a string ("unsure")',
      'edge 1 ("e1"): qualification 1: the part "tanks" is not in sentence p1s1',
      'edge 1 ("e1"): qualification 2: sentence "p9s9" is not in the source text',
      'edge 1 ("e1"): qualification 3: sentence must be a sentence id, got a number (3)',
      'edge 1 ("e1"): qualification 3 has no part',
      'edge 1 ("e1"): qualification 3 has no hedge',
      'edge 1 ("e1"): qualification 4 must be an object with "part", "certainty", "hedge" and "sentence", got a string ("rifles")',
    ]);
    expect(problemsOf(edgeWith({ qualifications: doubt }))).toEqual(['edge 1 ("e1"): qualifications must be a list, got an object']);
  });

  test('a description cites sentences of the source text', () => {
    const withDescription = (descriptionSentences: unknown) => ({
      attributes: { source },
      nodes: [{ key: 'a', attributes: { description: 'Sends rifles.', descriptionSentences } }],
      edges: [],
    });
    expect(problemsOf(withDescription(['p1s1']))).toEqual([]);
    expect(problemsOf(withDescription(['p1s1', 'p2s1', 7]))).toEqual([
      'node 1 ("a"): descriptionSentences: sentence "p2s1" is not in the source text',
      'node 1 ("a"): descriptionSentences: a sentence id must be a string, got a number (7)',
    ]);
    expect(problemsOf(withDescription('p1s1'))).toEqual([
      'node 1 ("a"): descriptionSentences must be a list of sentence ids, got a string ("p1s1")',
    ]);
  });
});

describe('validateSerializedGraph: source text', () => {
  const withSource = (value: unknown) => ({ attributes: { source: value }, nodes: [], edges: [] });

  test('the source must be an object', () => {
    expect(problemsOf(withSource('Alpha sends rifles to Beta.'))).toEqual([
      'source: expected an object with "title" and "paragraphs", got a string ("Alpha sends rifles to Beta.")',
    ]);
  });

  test('paragraphs must be a list', () => {
    expect(problemsOf(withSource({ title: 'T', paragraphs: 'p1' }))).toEqual(['source: paragraphs must be a list, got a string ("p1")']);
  });

  test('a missing title is named as missing', () => {
    expect(problemsOf(withSource({ paragraphs: [] }))).toEqual(['source: title must be a string, got nothing']);
  });

  test('paragraphs and sentences must be well formed, with unique ids', () => {
    const paragraphs = [
      { id: 'p1', sentences: [{ id: 'p1s1', text: 'One.' }, { id: 'p1s1', text: 'Two.' }, { id: 'p1s3' }] },
      { id: 'p1', sentences: [] },
      { id: 'p3' },
    ];
    expect(problemsOf(withSource({ title: 'T', paragraphs }))).toEqual([
      'source paragraph 1, sentence 2: id "p1s1" is used twice',
      'source paragraph 1, sentence 3: expected an object with a string "id" and "text"',
      'source paragraph 2: id "p1" is used twice',
      'source paragraph 3: expected an object with an "id" and a "sentences" list',
    ]);
  });
});

describe('validateSerializedGraph: size limits', () => {
  const limits = { maxNodes: 2, maxEdges: 1 };

  test('too many nodes names the limit', () => {
    expect(problemsOf({ nodes: [{ key: 'a' }, { key: 'b' }, { key: 'c' }], edges: [] }, limits)).toEqual(['graph: has 3 nodes; the limit is 2']);
  });

  test('too many edges names the limit', () => {
    const edges = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'a' },
    ];
    expect(problemsOf({ nodes: twoNodes, edges }, limits)).toEqual(['graph: has 2 edges; the limit is 1']);
  });

  test('large numbers are grouped, and nothing else is checked past a limit', () => {
    const nodes = Array.from({ length: 1001 }, () => ({ key: 'same' }));
    expect(problemsOf({ nodes, edges: [] }, { maxNodes: 1000, maxEdges: 10 })).toEqual(['graph: has 1,001 nodes; the limit is 1,000']);
  });

  test('the default limits accept a graph of ordinary size', () => {
    const nodes = Array.from({ length: 500 }, (_, i) => ({ key: `n${i}` }));
    expect(problemsOf({ nodes, edges: [] })).toEqual([]);
  });
});

describe('validateSerializedGraph: every problem is reported', () => {
  test('problems in nodes, edges and evidence all appear, in order', () => {
    const data = {
      attributes: { source },
      nodes: [{ key: 'a', attributes: { x: '12px' } }, { key: 'b' }, { key: 'a' }],
      edges: [
        { key: 'e1', source: 'a', target: 'ghost' },
        { key: 'e2', source: 'a', target: 'b', attributes: { certainty: 'sure', evidence: [{ sentence: 'p1s1', quote: 'tanks' }] } },
      ],
    };
    expect(problemsOf(data)).toEqual([
      'node 1 ("a"): x must be a finite number, got a string ("12px")',
      'node 3 ("a"): key "a" is already used by node 1',
      'edge 1 ("e1"): target "ghost" is not a node',
      'edge 2 ("e2"): certainty must be one of stated, reported, possible, uncertain, got a string ("sure")',
      'edge 2 ("e2"): evidence 1: the quote "tanks" is not in sentence p1s1',
    ]);
  });

  test('the bad-edges fixture lists each broken edge', () => {
    expect(validateSerializedGraph(fixtureData('bad-edges.json'))).toEqual([
      { where: 'edge 2 ("e2")', message: 'target "ghost" is not a node' },
      { where: 'edge 3 ("e3")', message: 'has no source' },
      { where: 'edge 4 ("e1")', message: 'key "e1" is already used by edge 1' },
      { where: 'edge 5 ("e5")', message: 'evidence 1: the quote "Alpha sends tanks to Beta" is not in sentence p1s1' },
      { where: 'edge 6 ("e6")', message: 'certainty must be one of stated, reported, possible, uncertain, got a string ("sure")' },
      { where: 'edge 7 ("e7")', message: 'evidence 1: sentence "p9s9" is not in the source text' },
    ]);
  });
});

describe('validateSerializedGraph: valid but unusual inputs', () => {
  test.each<[string, unknown]>([
    ['an empty graph', { nodes: [], edges: [] }],
    ['only nodes', { nodes: [{ key: 'a' }] }],
    ['only edges, and none of them', { edges: [] }],
    ['no attributes at all', { nodes: twoNodes, edges: [{ source: 'a', target: 'b' }] }],
    ['null options and attributes', { options: null, attributes: null, nodes: [], edges: [] }],
    ['an undirected graph', { options: { type: 'undirected' }, nodes: twoNodes, edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'a', undirected: true }] }],
    ['multi-edges', { options: { multi: true }, nodes: twoNodes, edges: [{ source: 'a', target: 'b' }, { source: 'a', target: 'b' }] }],
    ['a directed and an undirected edge on one pair of a simple graph', { options: { multi: false }, nodes: twoNodes, edges: [{ source: 'a', target: 'b' }, { source: 'a', target: 'b', undirected: true }] }],
    ['self loops', { nodes: twoNodes, edges: [{ source: 'a', target: 'a' }, { source: 'b', target: 'b', undirected: true }] }],
    ['numeric keys', { nodes: [{ key: 1 }, { key: 2 }], edges: [{ key: 10, source: 1, target: '2' }] }],
    ['numeric and boolean labels', { nodes: [{ key: 'a', attributes: { label: 1984 } }, { key: 'b', attributes: { label: false } }], edges: [] }],
    ['isolated nodes', { nodes: [{ key: 'a' }, { key: 'b' }, { key: 'lonely' }], edges: [{ source: 'a', target: 'b' }] }],
    ['unknown relation and type keys', { nodes: [{ key: 'a', attributes: { type: 'spaceship' } }, { key: 'b' }], edges: [{ source: 'a', target: 'b', attributes: { relation: 'teleports-to' } }] }],
    ['null x, y, aliases, certainty and evidence', { nodes: [{ key: 'a', attributes: { x: null, y: null, aliases: null } }], edges: [{ source: 'a', target: 'a', attributes: { certainty: null, evidence: null } }] }],
    ['extra fields everywhere', { custom: 1, attributes: { colour: 'red' }, nodes: [{ key: 'a', attributes: { weight: 3 }, extra: true }], edges: [] }],
    ['a null edge key, read as no key', { nodes: twoNodes, edges: [{ key: null, source: 'a', target: 'b' }, { key: null, source: 'b', target: 'a' }] }],
  ])('%s', (_, data) => {
    expect(problemsOf(data)).toEqual([]);
  });

  test('the small-article fixture is valid', () => {
    expect(problemsOf(fixtureData('small-article.json'))).toEqual([]);
  });
});
