/**
 * Making an article graph step by step: entities, relationships and quotes made from selected words,
 * new vocabulary, keys, places, a changed text that keeps its quotes, undo and redo, problems placed
 * next to what they concern, hedges and mentions found in the article's own words.
 */
import { describe, expect, it } from 'vitest';
import dataset from '../../graph-data/article-graph.json';
import {
  addAlias,
  addEntity,
  addEvidence,
  addRelationship,
  emptyArticleGraph,
  placeNode,
  removeEntity,
  setArticle,
  updateRelationship,
} from '../../src/model/authoring';
import { hedgesIn, likelyCertainty } from '../../src/model/hedges';
import { record, redo, startHistory, undo } from '../../src/model/history';
import { entitiesNamed, findMentions } from '../../src/model/mentions';
import { placeProblems } from '../../src/model/problems';
import { quotesFor, snapToWords } from '../../src/model/quotes';
import type { SerializedArticleGraph } from '../../src/model/types';
import { validateSerializedGraph } from '../../src/model/validate';
import { embedSnippet } from '../../src/components/ag-editor/embed-snippet';

const TEXT = 'The mayor of Riverton, Ana Ortiz, has agreed to sell the old harbour to Baltic Freight, according to two council members.\n\nIt remains uncertain whether the sale will go ahead.';

function draft(): SerializedArticleGraph {
  return setArticle(emptyArticleGraph(), { title: 'Harbour sale', outlet: 'The Riverton Post', published: '2025-03-04' }, TEXT);
}

describe('an article graph made by hand', () => {
  it('reads the text into sentences and stays valid at every step', () => {
    let graph = draft();
    expect(graph.attributes.source!.paragraphs.map((p) => p.sentences.map((s) => s.id))).toEqual([['p1s1'], ['p2s1']]);
    expect(graph.attributes.title).toBe('Harbour sale');
    expect(validateSerializedGraph(graph)).toEqual([]);
    const ortiz = addEntity(graph, { label: 'Ana Ortiz', type: { key: 'person' }, aliases: ['Ana Ortiz', 'The mayor of Riverton'], description: 'Mayor of Riverton.' });
    graph = ortiz.graph;
    const freight = addEntity(graph, { label: 'Baltic Freight', type: { label: 'Companies' }, aliases: ['Baltic Freight'] });
    graph = freight.graph;
    expect([ortiz.key, freight.key]).toEqual(['ana-ortiz', 'baltic-freight']);
    expect(graph.attributes.vocabulary!.entityTypes!.companies).toEqual({ label: 'Companies', definition: '' });
    const [quote] = quotesFor([{ sentence: 'p1s1', start: 0, end: 80 }], new Map([['p1s1', graph.attributes.source!.paragraphs[0].sentences[0].text]]));
    const sale = addRelationship(graph, {
      source: ortiz.key,
      target: freight.key,
      relation: { label: 'sells to' },
      evidence: [{ ...quote, primary: true }],
      attribution: { label: 'two council members' },
      certainty: 'reported',
      hedge: 'according to two council members',
    });
    graph = sale.graph;
    expect(sale.key).toBe('e1');
    expect(graph.edges[0]).toEqual({
      key: 'e1',
      source: 'ana-ortiz',
      target: 'baltic-freight',
      attributes: {
        relation: 'sells-to',
        evidence: [{ sentence: 'p1s1', quote: 'The mayor of Riverton, Ana Ortiz, has agreed to sell the old harbour to Baltic Freight', primary: true }],
        attribution: 'two-council-members',
        certainty: 'reported',
        hedge: 'according to two council members',
      },
    });
    expect(graph.attributes.vocabulary!.relations!['sells-to']).toEqual({ label: 'sells to', definition: '', directed: true });
    graph = addEvidence(graph, 'e1', [{ sentence: 'p2s1', quote: 'whether the sale will go ahead' }, { sentence: 'p1s1', quote: quote.quote }]);
    expect(graph.edges[0].attributes!.evidence).toHaveLength(2);
    expect(validateSerializedGraph(graph)).toEqual([]);
  });

  it('makes undirected edges for undirected relations, and the article attribution on first use', () => {
    let graph = draft();
    graph = addEntity(graph, { label: 'Ana Ortiz', type: { key: 'person' } }).graph;
    graph = addEntity(graph, { label: 'Riverton', type: { key: 'place' } }).graph;
    const { graph: next } = addRelationship(graph, {
      source: 'ana-ortiz',
      target: 'riverton',
      relation: { key: 'allied-with' },
      evidence: [{ sentence: 'p1s1', quote: 'The mayor of Riverton' }],
      attribution: { key: 'article' },
    });
    expect(next.edges[0].undirected).toBe(true);
    expect(next.attributes.vocabulary!.attributions!.article).toEqual({ label: 'The Riverton Post (the article)' });
    const changed = updateRelationship(next, 'e1', { source: 'ana-ortiz', target: 'riverton', relation: { key: 'leads' }, evidence: next.edges[0].attributes!.evidence! });
    expect(changed.edges[0].undirected).toBeUndefined();
    expect(changed.edges[0].attributes!.attribution).toBeUndefined();
  });

  it('takes an entity as a claimant, and removes an entity with its relationships', () => {
    let graph = draft();
    graph = addEntity(graph, { label: 'Ana Ortiz', type: { key: 'person' } }).graph;
    graph = addEntity(graph, { label: 'Riverton', type: { key: 'place' } }).graph;
    graph = addRelationship(graph, { source: 'ana-ortiz', target: 'riverton', relation: { key: 'leads' }, evidence: [{ sentence: 'p1s1', quote: 'The mayor of Riverton' }], attribution: { node: 'riverton' } }).graph;
    expect(graph.attributes.vocabulary!.attributions!.riverton).toEqual({ label: 'Riverton', node: 'riverton' });
    const without = removeEntity(graph, 'riverton');
    expect(without.nodes.map((n) => n.key)).toEqual(['ana-ortiz']);
    expect(without.edges).toEqual([]);
    expect(without.attributes.vocabulary!.attributions!.riverton).toEqual({ label: 'Riverton' });
    expect(graph.edges).toHaveLength(1);
  });

  it('gives each entity a key of its own and a place clear of the others', () => {
    let graph = draft();
    for (let i = 0; i < 12; i++) graph = addEntity(graph, { label: 'Ana Ortiz', type: { key: 'person' } }).graph;
    expect(new Set(graph.nodes.map((n) => n.key)).size).toBe(12);
    expect(graph.nodes[1].key).toBe('ana-ortiz-2');
    const points = graph.nodes.map((n) => n.attributes!);
    for (const a of points) for (const b of points) if (a !== b) expect(Math.hypot(a.x! - b.x!, a.y! - b.y!)).toBeGreaterThanOrEqual(140);
    // A graph whose entities have no places leaves them to a layout.
    expect(placeNode({ ...graph, nodes: [{ key: 'x' }] })).toBeUndefined();
  });

  it('adds another name once, and refuses relationships between entities that are not there', () => {
    let graph = addEntity(draft(), { label: 'Ana Ortiz', type: { key: 'person' }, aliases: ['Ana Ortiz'] }).graph;
    graph = addAlias(addAlias(graph, 'ana-ortiz', 'The mayor of Riverton'), 'ana-ortiz', 'The mayor of Riverton');
    expect(graph.nodes[0].attributes!.aliases).toEqual(['Ana Ortiz', 'The mayor of Riverton']);
    expect(() => addRelationship(graph, { source: 'ana-ortiz', target: 'ghost', relation: { key: 'leads' }, evidence: [] })).toThrow(/no entity "ghost"/);
  });

  it('moves quotes with their words when the text changes, and says which are lost', () => {
    let graph = draft();
    graph = addEntity(graph, { label: 'Ana Ortiz', type: { key: 'person' } }).graph;
    graph = addEntity(graph, { label: 'Riverton', type: { key: 'place' } }).graph;
    graph = addRelationship(graph, { source: 'ana-ortiz', target: 'riverton', relation: { key: 'leads' }, evidence: [{ sentence: 'p2s1', quote: 'It remains uncertain' }] }).graph;
    const moved = setArticle(graph, { title: 'Harbour sale' }, `A new first paragraph.\n\n${TEXT}`);
    expect(moved.edges[0].attributes!.evidence).toEqual([{ sentence: 'p3s1', quote: 'It remains uncertain' }]);
    expect(validateSerializedGraph(moved)).toEqual([]);
    const lost = setArticle(graph, { title: 'Harbour sale' }, 'Only this sentence is left.');
    const problems = validateSerializedGraph(lost);
    expect(problems).toHaveLength(1);
    expect(placeProblems(lost, problems).edges.get('e1')![0].message).toMatch(/sentence "p2s1" is not in the source text/);
  });
});

describe('the dataset, opened and saved by the editor', () => {
  it('is left as it was when nothing is changed', () => {
    const graph = structuredClone(dataset) as unknown as SerializedArticleGraph;
    const same = setArticle(graph, graph.attributes.source!, undefined);
    expect(same).toEqual(dataset);
  });

  it('keeps every quote in place when its own text is read again', () => {
    const graph = structuredClone(dataset) as unknown as SerializedArticleGraph;
    const text = graph.attributes.source!.paragraphs.map((p) => p.sentences.map((s) => s.text).join(' ')).join('\n\n');
    expect(setArticle(graph, graph.attributes.source!, text)).toEqual(dataset);
  });
});

describe('selected words', () => {
  it('widen to whole words and lose the spaces around them', () => {
    const text = 'Syrian President Bashar al-Assad has agreed';
    const snap = (start: number, end: number) => {
      const range = snapToWords(text, start, end);
      return text.slice(range.start, range.end);
    };
    expect(snap(9, 21)).toBe('President Bashar');
    expect(snap(16, 33)).toBe(' Bashar al-Assad '.trim());
    expect(snap(16, 17)).toBe('');
  });

  it('give one quote per sentence, verbatim', () => {
    const sentences = new Map([
      ['p1s1', 'Alpha beta gamma.'],
      ['p1s2', 'Delta epsilon.'],
    ]);
    expect(quotesFor([{ sentence: 'p1s1', start: 7, end: 17 }, { sentence: 'p1s2', start: 0, end: 3 }], sentences)).toEqual([
      { sentence: 'p1s1', quote: 'beta gamma.' },
      { sentence: 'p1s2', quote: 'Delta' },
    ]);
  });
});

describe('mentions', () => {
  const entities = [
    { key: 'wagner', names: ['Wagner Group', 'Wagner'] },
    { key: 'iran', names: ['Iran'] },
  ];

  it('finds every name as whole words, the longest first', () => {
    const text = "Wagner Group and Iran's allies met; Wagner left Iranian sites and Iran-backed groups.";
    expect(findMentions(text, entities).map((m) => text.slice(m.start, m.end))).toEqual(['Wagner Group', 'Iran', 'Wagner', 'Iran']);
    expect(entitiesNamed(text, entities)).toEqual(['wagner', 'iran']);
  });

  it('finds the two entities of the dataset sentence that states their relationship', () => {
    const named = dataset.nodes.map((node) => ({ key: node.key, names: [node.attributes.label, ...(node.attributes.aliases ?? [])] }));
    const text = dataset.attributes.source.paragraphs[1].sentences[0].text;
    expect(entitiesNamed('has been entrusted to the Russian mercenary organization, Wagner Group', named)).toEqual(['wagner']);
    expect(entitiesNamed(text, named)).toEqual(expect.arrayContaining(['wagner', 'pantsir', 'syria']));
  });
});

describe('hedges', () => {
  const sentences = new Map(dataset.attributes.source.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text] as const)));

  it("offers the dataset's hedges, in the article's words, with the certainty the dataset gives them", () => {
    let exact = 0;
    for (const edge of dataset.edges) {
      const { hedge, certainty, evidence } = edge.attributes as { hedge?: string; certainty?: string; evidence: Array<{ sentence: string }> };
      if (!hedge) continue;
      const offered = evidence.flatMap((item) => hedgesIn(sentences.get(item.sentence)!));
      const match = offered.find((h) => h.words === hedge) ?? offered.find((h) => hedge.includes(h.words) || h.words.includes(hedge));
      expect(match, `${edge.key}: "${hedge}"`).toBeDefined();
      expect(match!.certainty, `${edge.key}: "${hedge}"`).toBe(certainty);
      if (match!.words === hedge) exact++;
    }
    expect(exact).toBeGreaterThanOrEqual(18);
  });

  it('are verbatim and in reading order', () => {
    const text = 'It remains uncertain whether, according to officials, the deal may close; the minister believes it will.';
    const found = hedgesIn(text);
    for (const hedge of found) expect(text.slice(hedge.start, hedge.start + hedge.words.length)).toBe(hedge.words);
    expect(found.map((h) => h.words)).toEqual(['It remains uncertain', 'according to officials', 'may', 'believes']);
    expect(likelyCertainty(found)).toBe('uncertain');
    expect(likelyCertainty(hedgesIn('The minister resigned.'))).toBe('stated');
  });
});

describe('undo and redo', () => {
  it('step back and forward, and a new step drops what was undone', () => {
    let history = startHistory(0);
    history = record(history, 1, 'one');
    history = record(history, 2, 'two');
    history = undo(history);
    expect(history.present).toEqual({ state: 1, label: 'one' });
    history = redo(history);
    expect(history.present.state).toBe(2);
    history = record(undo(history), 3, 'three');
    expect(history.future).toEqual([]);
    expect(redo(history)).toBe(history);
    expect(undo(undo(undo(history)))).toEqual(undo(undo(history)));
    expect(record(startHistory(0), 1, 'x', 1).past).toHaveLength(1);
  });
});

describe('the embed snippet', () => {
  it('loads the viewer and points it at the exported file, escaped', () => {
    expect(embedSnippet('harbour-sale-2025-03-04.json', '/js/article-graph.js')).toBe(
      '<script type="module" src="/js/article-graph.js"></script>\n<article-graph src="harbour-sale-2025-03-04.json"></article-graph>',
    );
    expect(embedSnippet('a".json', 'x')).toContain('src="a&quot;.json"');
  });
});
