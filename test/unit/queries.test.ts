import Graph from 'graphology';
import { beforeEach, describe, expect, test } from 'vitest';
import {
  attributionOf,
  edgesForSentence,
  filterElements,
  neighbourhood,
  parseGraph,
  relationsInUse,
  searchNodes,
  sentencesFor,
  statementOf,
  statementsConcerning,
  statementsOf,
  storySteps,
  typesInUse,
  type ArticleGraph,
} from '../../src/model';
import { fixtureText } from './fixtures';

/** The small-article fixture: 2 paragraphs, 4 sentences, 6 nodes, 4 edges (e4 has no evidence). */
function smallArticle(): ArticleGraph {
  return parseGraph(fixtureText('small-article.json'));
}

/** A directed graph from `[source, target, key]` triples, plus the listed isolated nodes. */
function graphOf(edges: Array<[string, string, string]>, isolated: string[] = []): ArticleGraph {
  const graph: ArticleGraph = new Graph();
  for (const [source, target, key] of edges) {
    graph.mergeNode(source);
    graph.mergeNode(target);
    graph.addDirectedEdgeWithKey(key, source, target);
  }
  for (const node of isolated) graph.addNode(node);
  return graph;
}

describe('neighbourhood', () => {
  // a -> b -> c -> d, e -> b, d - g undirected, f alone.
  let graph: ArticleGraph;
  beforeEach(() => {
    graph = graphOf([['a', 'b', 'ab'], ['b', 'c', 'bc'], ['c', 'd', 'cd'], ['e', 'b', 'eb']], ['f']);
    graph.addNode('g');
    graph.addUndirectedEdgeWithKey('dg', 'd', 'g');
  });

  test('depth 0 is the node alone', () => {
    expect(neighbourhood(graph, 'b', 0)).toEqual(new Set(['b']));
  });

  test('depth 1 follows edges in both directions, and is the default', () => {
    expect(neighbourhood(graph, 'b', 1)).toEqual(new Set(['a', 'b', 'c', 'e']));
    expect(neighbourhood(graph, 'b')).toEqual(new Set(['a', 'b', 'c', 'e']));
    expect(neighbourhood(graph, 'c', 1)).toEqual(new Set(['b', 'c', 'd']));
  });

  test('depth 2 reaches the neighbours of neighbours', () => {
    expect(neighbourhood(graph, 'b', 2)).toEqual(new Set(['a', 'b', 'c', 'd', 'e']));
    expect(neighbourhood(graph, 'a', 2)).toEqual(new Set(['a', 'b', 'c', 'e']));
  });

  test('undirected edges are followed too', () => {
    expect(neighbourhood(graph, 'c', 2)).toEqual(new Set(['a', 'b', 'c', 'd', 'e', 'g']));
    expect(neighbourhood(graph, 'g', 1)).toEqual(new Set(['d', 'g']));
  });

  test('an isolated node has only itself, however deep', () => {
    expect(neighbourhood(graph, 'f', 5)).toEqual(new Set(['f']));
  });
});

describe('filterElements', () => {
  // iran -supplies-> hezbollah, assad -allied-with-> hezbollah, assad -supplies-> wagner, lonely -> iran (no relation).
  let graph: ArticleGraph;
  beforeEach(() => {
    graph = new Graph();
    graph.addNode('assad', { type: 'person' });
    graph.addNode('hezbollah', { type: 'group' });
    graph.addNode('iran', { type: 'state' });
    graph.addNode('wagner', { type: 'group' });
    graph.addNode('lonely');
    graph.addEdgeWithKey('e1', 'iran', 'hezbollah', { relation: 'supplies' });
    graph.addEdgeWithKey('e2', 'assad', 'hezbollah', { relation: 'allied-with' });
    graph.addEdgeWithKey('e3', 'assad', 'wagner', { relation: 'supplies' });
    graph.addEdgeWithKey('e4', 'lonely', 'iran');
  });

  test('an empty filter keeps everything', () => {
    expect(filterElements(graph, {})).toEqual({
      nodes: new Set(['assad', 'hezbollah', 'iran', 'wagner', 'lonely']),
      edges: new Set(['e1', 'e2', 'e3', 'e4']),
    });
  });

  test('hidden relations hide their edges but keep every node', () => {
    expect(filterElements(graph, { hiddenRelations: new Set(['supplies']) })).toEqual({
      nodes: new Set(['assad', 'hezbollah', 'iran', 'wagner', 'lonely']),
      edges: new Set(['e2', 'e4']),
    });
  });

  test('an edge without a relation is hidden as "related"', () => {
    expect(filterElements(graph, { hiddenRelations: new Set(['related']) }).edges).toEqual(new Set(['e1', 'e2', 'e3']));
  });

  test('hidden types hide their nodes, and the edges of those nodes disappear', () => {
    expect(filterElements(graph, { hiddenTypes: new Set(['group']) })).toEqual({
      nodes: new Set(['assad', 'iran', 'lonely']),
      edges: new Set(['e4']),
    });
  });

  test('a node without a type is hidden as "entity"', () => {
    expect(filterElements(graph, { hiddenTypes: new Set(['entity']) })).toEqual({
      nodes: new Set(['assad', 'hezbollah', 'iran', 'wagner']),
      edges: new Set(['e1', 'e2', 'e3']),
    });
  });

  test('onlyNodes keeps those nodes and the edges between them', () => {
    expect(filterElements(graph, { onlyNodes: new Set(['assad', 'hezbollah', 'iran']) })).toEqual({
      nodes: new Set(['assad', 'hezbollah', 'iran']),
      edges: new Set(['e1', 'e2']),
    });
  });

  test('the conditions combine', () => {
    const filter = { onlyNodes: new Set(['assad', 'hezbollah', 'iran', 'wagner']), hiddenRelations: new Set(['allied-with']), hiddenTypes: new Set(['state']) };
    expect(filterElements(graph, filter)).toEqual({
      nodes: new Set(['assad', 'hezbollah', 'wagner']),
      edges: new Set(['e3']),
    });
  });
});

describe('evidence and sentences', () => {
  let graph: ArticleGraph;
  beforeEach(() => {
    graph = smallArticle();
  });

  test('edgesForSentence lists the edges that cite a sentence', () => {
    expect(edgesForSentence(graph, 'p1s1')).toEqual(['e1']);
    expect(edgesForSentence(graph, 'p1s2')).toEqual(['e2']);
    expect(edgesForSentence(graph, 'p2s1')).toEqual(['e2']);
    expect(edgesForSentence(graph, 'p2s2')).toEqual(['e3']);
    expect(edgesForSentence(graph, 'p9s9')).toEqual([]);
  });

  test('edgesForSentence finds every edge citing one sentence', () => {
    graph.setEdgeAttribute('e4', 'evidence', [{ sentence: 'p2s2', quote: 'traders in Port Ade' }]);
    expect(edgesForSentence(graph, 'p2s2')).toEqual(['e3', 'e4']);
  });

  test('edgesForSentence puts the claim the sentence is about first, then longer quotes, then graph order', () => {
    // e3 quotes "the rebels may also be buying fuel from traders", the longest.
    graph.setEdgeAttribute('e4', 'evidence', [{ sentence: 'p2s2', quote: 'traders in Port Ade' }]);
    graph.addDirectedEdgeWithKey('e5', 'traders', 'rebels', { evidence: [{ sentence: 'p2s2', quote: 'Analysts believe the rebels' }] });
    graph.addDirectedEdgeWithKey('e6', 'traders', 'lira', { evidence: [{ sentence: 'p2s2', quote: 'traders in Port Ade' }] });
    expect(edgesForSentence(graph, 'p2s2')).toEqual(['e3', 'e5', 'e4', 'e6']);
    graph.setEdgeAttribute('e6', 'evidence', [{ sentence: 'p2s2', quote: 'traders in Port Ade', primary: true }]);
    expect(edgesForSentence(graph, 'p2s2')).toEqual(['e6', 'e3', 'e5', 'e4']);
  });

  test('sentencesFor an edge is in reading order, whatever the order of its evidence', () => {
    expect(sentencesFor(graph, { kind: 'edge', key: 'e2' })).toEqual(['p1s2', 'p2s1']);
    expect(sentencesFor(graph, { kind: 'edge', key: 'e4' })).toEqual([]);
  });

  test('sentencesFor a node gathers the sentences of all its edges, once each, in reading order', () => {
    expect(sentencesFor(graph, { kind: 'node', key: 'rebels' })).toEqual(['p1s1', 'p1s2', 'p2s1', 'p2s2']);
    expect(sentencesFor(graph, { kind: 'node', key: 'norland' })).toEqual(['p1s2', 'p2s1']);
    expect(sentencesFor(graph, { kind: 'node', key: 'traders' })).toEqual(['p2s2']);
    expect(sentencesFor(graph, { kind: 'node', key: 'ministry' })).toEqual([]);
  });
});

describe('statements', () => {
  let graph: ArticleGraph;
  beforeEach(() => {
    graph = smallArticle();
  });

  test('an edge reads as subject, the vocabulary label, object', () => {
    expect(statementOf(graph, 'e2')).toEqual({
      edge: 'e2',
      subject: 'Norland',
      verb: 'supplies',
      object: 'Northern rebels',
      directed: true,
      text: 'Norland supplies Northern rebels',
    });
    expect(statementOf(graph, 'e1').text).toBe('Northern rebels crossed Lira river');
  });

  test("an edge's own label overrides the relation's", () => {
    expect(statementOf(graph, 'e3')).toMatchObject({ verb: 'may sell fuel to', text: 'traders in Port Ade may sell fuel to Northern rebels' });
  });

  test('a relation missing from the vocabulary is named from its key', () => {
    expect(statementOf(graph, 'e4')).toMatchObject({ verb: 'based in', directed: true, text: 'traders in Port Ade based in Port Ade' });
  });

  test('without a relation, the verb is "related"; without a label, a node is named by its key', () => {
    const plain = graphOf([['alpha', 'beta', 'x']]);
    expect(statementOf(plain, 'x').text).toBe('alpha related beta');
  });

  test('undirected edges and undirected relations are not directed', () => {
    graph.setAttribute('vocabulary', { relations: { 'allied-with': { label: 'is allied with', definition: '', directed: false } } });
    graph.addUndirectedEdgeWithKey('u1', 'norland', 'lira', { relation: 'supplies' });
    graph.addDirectedEdgeWithKey('a1', 'norland', 'traders', { relation: 'allied-with' });
    expect(statementOf(graph, 'u1')).toMatchObject({ directed: false, verb: 'supplies' });
    expect(statementOf(graph, 'a1')).toMatchObject({ directed: false, text: 'Norland is allied with traders in Port Ade' });
  });

  test('numeric and boolean labels are written as text; an empty label falls back to the key', () => {
    const loose = parseGraph({
      nodes: [{ key: 'book', attributes: { label: 1984 } }, { key: 'flag', attributes: { label: false } }, { key: 'blank', attributes: { label: '' } }],
      edges: [{ key: 'e', source: 'book', target: 'flag', attributes: { relation: 'cites' } }, { key: 'f', source: 'blank', target: 'book', attributes: { label: '' } }],
    });
    expect(statementOf(loose, 'e').text).toBe('1984 cites false');
    expect(statementOf(loose, 'f').text).toBe('blank related 1984');
  });

  test("without evidence, statementsOf puts a node's outgoing edges first", () => {
    const chain = graphOf([['x', 'a', 'in1'], ['a', 'y', 'out1'], ['z', 'a', 'in2'], ['a', 'z', 'out2']]);
    const edges = statementsOf(chain, 'a').map((statement) => statement.edge);
    expect(edges.slice(0, 2).sort()).toEqual(['out1', 'out2']);
    expect(edges.slice(2).sort()).toEqual(['in1', 'in2']);
  });

  test('statementsOf the rebels of the fixture', () => {
    expect(statementsOf(graph, 'rebels').map((statement) => statement.text)).toEqual([
      'Northern rebels crossed Lira river',
      'Norland supplies Northern rebels',
      'traders in Port Ade may sell fuel to Northern rebels',
    ]);
    expect(statementsOf(graph, 'ministry')).toEqual([]);
  });

  test('statementsOf follows the article: first sentence cited, the primary claim of a sentence first, edges without evidence last', () => {
    // e2 is first cited in p1s2, e1 in p1s1: the order of evidence and of keys does not matter.
    graph.addDirectedEdgeWithKey('e0', 'rebels', 'port-ade', { relation: 'crosses' });
    graph.addDirectedEdgeWithKey('e5', 'norland', 'rebels', { evidence: [{ sentence: 'p2s2', quote: 'the rebels' }, { sentence: 'p1s1', quote: 'Northern rebels', primary: true }] });
    expect(statementsOf(graph, 'rebels').map((statement) => statement.edge)).toEqual(['e5', 'e1', 'e2', 'e3', 'e0']);
  });

  test('statementsConcerning lists the claims whose item a node is, in reading order', () => {
    graph.addNode('rifles', { label: 'rifles' });
    graph.mergeEdgeAttributes('e3', { item: 'rifles' });
    graph.mergeEdgeAttributes('e2', { item: 'rifles' });
    graph.addDirectedEdgeWithKey('r1', 'norland', 'rifles', { item: 'rifles' });
    expect(statementsConcerning(graph, 'rifles').map((statement) => statement.edge)).toEqual(['e2', 'e3']);
    expect(statementsConcerning(graph, 'rebels')).toEqual([]);
  });
});

describe('attributionOf', () => {
  let graph: ArticleGraph;
  beforeEach(() => {
    graph = smallArticle();
  });

  test('names the claimant from the vocabulary', () => {
    expect(attributionOf(graph, 'e2')).toEqual({
      claimant: { key: 'ministry', label: 'Ministry of Defence', phrase: 'The Ministry of Defence says', node: 'ministry' },
      text: 'Ministry of Defence',
    });
  });

  test('adds whom the claim comes through', () => {
    graph.setEdgeAttribute('e2', 'via', 'officials');
    expect(attributionOf(graph, 'e2')).toMatchObject({
      claimant: { key: 'ministry' },
      via: { key: 'officials', label: 'Officials', phrase: 'officials said' },
      text: 'Ministry of Defence, via Officials',
    });
  });

  test('an unknown key is named by itself; no attribution is undefined; via the claimant itself is no chain', () => {
    graph.mergeEdgeAttributes('e1', { attribution: 'a-diplomat', via: 'officials' });
    expect(attributionOf(graph, 'e1')).toMatchObject({ claimant: { key: 'a-diplomat', label: 'a-diplomat' }, via: { key: 'officials' } });
    graph.mergeEdgeAttributes('e1', { via: 'a-spokesman' });
    expect(attributionOf(graph, 'e1')!.text).toBe('a-diplomat, via a-spokesman');
    graph.mergeEdgeAttributes('e2', { via: 'ministry' });
    expect(attributionOf(graph, 'e2')!.via).toBeUndefined();
    graph.removeEdgeAttribute('e3', 'attribution');
    expect(attributionOf(graph, 'e3')).toBeUndefined();
  });
});

describe('searchNodes', () => {
  let graph: ArticleGraph;
  beforeEach(() => {
    graph = parseGraph({
      nodes: [
        { key: 'assad', attributes: { label: 'Bashar al-Assad', aliases: ['Assad', 'the Syrian president'] } },
        { key: 'hezbollah', attributes: { label: 'Hezbollah', aliases: ['Hizballah'] } },
        { key: 'fighters', attributes: { label: 'Lebanese Hezbollah fighters' } },
        { key: 'wagner', attributes: { label: 'Wagner Group', aliases: ['Wagner', 'PMC Wagner'] } },
        { key: 'sao-paulo', attributes: { label: 'São Paulo' } },
        { key: 'tehran', attributes: { label: 'Tehran' } },
        { key: 'book', attributes: { label: 1984 } },
        { key: 'hamas' },
      ],
      edges: [],
    });
  });

  const keys = (query: string, limit?: number) => searchNodes(graph, query, limit).map((hit) => hit.key);

  test('a prefix of the label ranks before a match inside a label', () => {
    expect(searchNodes(graph, 'hez')).toEqual([
      { key: 'hezbollah', label: 'Hezbollah', matched: 'Hezbollah' },
      { key: 'fighters', label: 'Lebanese Hezbollah fighters', matched: 'Lebanese Hezbollah fighters' },
    ]);
  });

  test('case does not matter', () => {
    expect(keys('HEZBOLLAH')).toEqual(['hezbollah', 'fighters']);
    expect(keys('tEhRaN')).toEqual(['tehran']);
  });

  test('diacritics do not matter, in the label or in the query', () => {
    expect(searchNodes(graph, 'sao paulo')).toEqual([{ key: 'sao-paulo', label: 'São Paulo', matched: 'São Paulo' }]);
    expect(keys('Tehrān')).toEqual(['tehran']);
  });

  test('an alias matches and is named as the match', () => {
    expect(searchNodes(graph, 'hizb')).toEqual([{ key: 'hezbollah', label: 'Hezbollah', matched: 'Hizballah' }]);
    expect(searchNodes(graph, 'assad')).toEqual([{ key: 'assad', label: 'Bashar al-Assad', matched: 'Assad' }]);
  });

  test('the label beats an alias that matches as well', () => {
    expect(searchNodes(graph, 'wagner')).toEqual([{ key: 'wagner', label: 'Wagner Group', matched: 'Wagner Group' }]);
    expect(searchNodes(graph, 'pmc')).toEqual([{ key: 'wagner', label: 'Wagner Group', matched: 'PMC Wagner' }]);
  });

  test('every word of a multi-word query must match, in any order', () => {
    expect(searchNodes(graph, 'syrian president')).toEqual([{ key: 'assad', label: 'Bashar al-Assad', matched: 'the Syrian president' }]);
    expect(keys('  president   syrian ')).toEqual(['assad']);
    expect(keys('hezbollah lebanese')).toEqual(['fighters']);
    expect(keys('syrian hezbollah')).toEqual([]);
  });

  test('numeric labels and key-only nodes are searchable', () => {
    expect(searchNodes(graph, '198')).toEqual([{ key: 'book', label: '1984', matched: '1984' }]);
    expect(searchNodes(graph, 'ham')).toEqual([{ key: 'hamas', label: 'hamas', matched: 'hamas' }]);
  });

  test('ranking: prefix, then label over alias, then shorter name, then alphabetical', () => {
    expect(keys('a')).toEqual(['assad', 'hamas', 'tehran', 'hezbollah', 'sao-paulo', 'wagner', 'fighters']);
  });

  test('limit cuts the ranked list', () => {
    expect(keys('a', 3)).toEqual(['assad', 'hamas', 'tehran']);
    expect(keys('a', 0)).toEqual([]);
  });

  test('the default limit is 8', () => {
    for (let i = 0; i < 10; i++) graph.addNode(`extra-${i}`, { label: `Extra ${i}` });
    expect(searchNodes(graph, 'extra')).toHaveLength(8);
  });

  test('an empty query, or one of spaces, finds nothing', () => {
    expect(searchNodes(graph, '')).toEqual([]);
    expect(searchNodes(graph, '   ')).toEqual([]);
  });

  test('a query nothing matches finds nothing', () => {
    expect(searchNodes(graph, 'kremlin')).toEqual([]);
  });
});

describe('relationsInUse and typesInUse', () => {
  test('count the fixture, most used first, ties in key order', () => {
    const graph = smallArticle();
    expect(relationsInUse(graph)).toEqual([
      { key: 'supplies', count: 2 },
      { key: 'based-in', count: 1 },
      { key: 'crosses', count: 1 },
    ]);
    expect(typesInUse(graph)).toEqual([
      { key: 'group', count: 2 },
      { key: 'place', count: 2 },
      { key: 'organisation', count: 1 },
      { key: 'state', count: 1 },
    ]);
  });

  test('edges without a relation count as "related", nodes without a type as "entity"', () => {
    const graph = graphOf([['a', 'b', 'ab'], ['b', 'c', 'bc']]);
    graph.setEdgeAttribute('bc', 'relation', '');
    graph.mergeNode('c', { type: 'place' });
    expect(relationsInUse(graph)).toEqual([{ key: 'related', count: 2 }]);
    expect(typesInUse(graph)).toEqual([
      { key: 'entity', count: 2 },
      { key: 'place', count: 1 },
    ]);
  });

  test('an empty graph uses nothing', () => {
    const graph: ArticleGraph = new Graph();
    expect(relationsInUse(graph)).toEqual([]);
    expect(typesInUse(graph)).toEqual([]);
  });
});

describe('storySteps', () => {
  test('the fixture is told in two steps', () => {
    const steps = storySteps(smallArticle());
    expect(steps.map((step) => step.paragraph.id)).toEqual(['p1', 'p2']);

    // p1 cites e1 (p1s1) and e2 (p1s2; e2 also cites p2s1 but is stated at its first paragraph).
    expect(steps[0].newEdges).toEqual(['e1', 'e2']);
    expect(steps[0].newNodes).toEqual(['rebels', 'lira', 'norland']);
    expect(steps[0].shown).toEqual({ nodes: new Set(['rebels', 'lira', 'norland']), edges: new Set(['e1', 'e2']) });

    expect(steps[1].newEdges).toEqual(['e3']);
    expect(steps[1].newNodes).toEqual(['traders']);
    expect(steps[1].shown).toEqual({ nodes: new Set(['rebels', 'lira', 'norland', 'traders']), edges: new Set(['e1', 'e2', 'e3']) });
  });

  test('an edge without evidence, and its nodes, never appear', () => {
    const steps = storySteps(smallArticle());
    const last = steps[steps.length - 1].shown;
    expect(last.edges.has('e4')).toBe(false);
    expect(last.nodes.has('port-ade')).toBe(false);
    expect(last.nodes.has('ministry')).toBe(false);
  });

  test('each step has its own sets: a later step does not change an earlier one', () => {
    const steps = storySteps(smallArticle());
    expect(steps[0].shown.edges.size).toBe(2);
    expect(steps[0].shown.nodes).not.toBe(steps[1].shown.nodes);
  });

  test('a node already shown is not new again', () => {
    const graph = smallArticle();
    graph.setEdgeAttribute('e4', 'evidence', [{ sentence: 'p2s2', quote: 'traders in Port Ade' }]);
    const steps = storySteps(graph);
    expect(steps[1].newEdges).toEqual(['e3', 'e4']);
    expect(steps[1].newNodes).toEqual(['traders', 'port-ade']);
  });

  test('a paragraph that states nothing new is still a step', () => {
    const graph = smallArticle();
    graph.setEdgeAttribute('e3', 'evidence', [{ sentence: 'p1s1', quote: 'Northern rebels' }]);
    graph.setEdgeAttribute('e2', 'evidence', [{ sentence: 'p1s2', quote: 'rifles' }]);
    const steps = storySteps(graph);
    expect(steps[1]).toMatchObject({ newEdges: [], newNodes: [] });
    expect(steps[1].shown.edges).toEqual(new Set(['e1', 'e2', 'e3']));
  });

  test('evidence citing a sentence outside the text is ignored', () => {
    const graph = smallArticle();
    graph.setEdgeAttribute('e4', 'evidence', [{ sentence: 'p7s1', quote: 'elsewhere' }]);
    expect(storySteps(graph).flatMap((step) => step.newEdges)).toEqual(['e1', 'e2', 'e3']);
  });

  test('a graph without a source text has no story', () => {
    expect(storySteps(graphOf([['a', 'b', 'ab']]))).toEqual([]);
  });
});
