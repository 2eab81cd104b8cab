/**
 * The curated article dataset, checked against the article itself: every quote verbatim, every
 * relation and type from the vocabulary, nothing unconnected.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import dataset from '../../graph-data/article-graph.json';
import { parseGraph, validateSerializedGraph } from '../../src/model';
import type { SerializedArticleGraph } from '../../src/model';

const article = readFileSync(new URL('../../graph-data/article.txt', import.meta.url), 'utf8');
const data = dataset as unknown as SerializedArticleGraph;
const source = data.attributes!.source!;
const vocabulary = data.attributes!.vocabulary!;
const sentences = new Map(source.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text] as const)));
const edges = data.edges;
const nodes = data.nodes;

/** The body paragraphs of article.txt: after the title and metadata lines, before "Related". */
function bodyParagraphs(text: string): string[] {
  const blocks = text.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean);
  return blocks.slice(2).filter((block) => block !== 'Related');
}

describe('the article dataset', () => {
  it('is a valid graph with no problems', () => {
    expect(validateSerializedGraph(data)).toEqual([]);
    const graph = parseGraph(data);
    expect(graph.order).toBe(nodes.length);
    expect(graph.size).toBe(edges.length);
  });

  it('carries the source metadata', () => {
    expect(source.title).toBe(article.split('\n')[0]);
    expect(source.outlet).toBe('ICARO Media Group');
    expect(source.section).toBe('Politics');
    expect(source.published).toBe('2023-11-02T23:18');
  });

  it('holds the article text verbatim, paragraph by paragraph, in sentences with stable ids', () => {
    const body = bodyParagraphs(article);
    expect(source.paragraphs.map((p) => p.sentences.map((s) => s.text).join(' '))).toEqual(body);
    source.paragraphs.forEach((paragraph, p) => {
      expect(paragraph.id).toBe(`p${p + 1}`);
      paragraph.sentences.forEach((sentence, s) => expect(sentence.id).toBe(`p${p + 1}s${s + 1}`));
    });
  });

  it('quotes every piece of evidence verbatim from the sentence it cites', () => {
    for (const edge of edges) {
      const evidence = edge.attributes!.evidence!;
      expect(evidence.length, `edge ${edge.key} has evidence`).toBeGreaterThan(0);
      for (const item of evidence) {
        const text = sentences.get(item.sentence);
        expect(text, `edge ${edge.key} cites ${item.sentence}`).toBeDefined();
        expect(text, `edge ${edge.key}`).toContain(item.quote);
      }
    }
  });

  it('takes hedges, times and aliases from the article verbatim', () => {
    const flat = article.replace(/\s+/g, ' ');
    for (const edge of edges) {
      const { hedge, time } = edge.attributes!;
      if (hedge !== undefined) expect(flat, `hedge of ${edge.key}`).toContain(hedge);
      if (time !== undefined) expect(flat, `time of ${edge.key}`).toContain(time);
    }
    for (const node of nodes) {
      for (const alias of node.attributes!.aliases ?? []) expect(flat, `alias of ${node.key}`).toContain(alias);
    }
  });

  it('uses only relations of its vocabulary, and every relation it defines', () => {
    const defined = Object.keys(vocabulary.relations!);
    const used = new Set(edges.map((edge) => edge.attributes!.relation));
    for (const relation of used) expect(defined, `relation ${relation}`).toContain(relation);
    expect([...used].sort()).toEqual([...defined].sort());
    for (const [key, definition] of Object.entries(vocabulary.relations!)) {
      expect(definition.label, key).toBeTruthy();
      expect(definition.definition, key).toBeTruthy();
      expect(typeof definition.directed, key).toBe('boolean');
    }
  });

  it('puts every relation in a defined family, and uses every family', () => {
    const families = Object.keys(vocabulary.families!);
    const used = new Set(Object.values(vocabulary.relations!).map((definition) => definition.family));
    for (const family of used) expect(families, `family ${family}`).toContain(family);
    expect([...used].sort()).toEqual([...families].sort());
  });

  it('states the four relations of the design card', () => {
    const used = new Set(edges.map((edge) => edge.attributes!.relation));
    for (const relation of ['supplies', 'delivers-via', 'allied-with', 'monitors']) expect(used).toContain(relation);
  });

  it('draws undirected relations as undirected edges and directed ones as directed', () => {
    for (const edge of edges) {
      const directed = vocabulary.relations![edge.attributes!.relation!].directed;
      expect(Boolean(edge.undirected), `edge ${edge.key} (${edge.attributes!.relation})`).toBe(!directed);
    }
  });

  it('gives every node a type from the vocabulary, a label, a description and at least one edge', () => {
    const types = Object.keys(vocabulary.entityTypes!);
    const connected = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
    for (const node of nodes) {
      const attributes = node.attributes!;
      expect(types, `type of ${node.key}`).toContain(attributes.type);
      expect(attributes.label, node.key).toBeTruthy();
      expect(attributes.description, node.key).toBeTruthy();
      expect(connected.has(node.key), `${node.key} has an edge`).toBe(true);
    }
    expect(new Set(nodes.map((node) => node.attributes!.type))).toEqual(new Set(types));
  });

  it('names a defined claimant and a certainty for every claim', () => {
    const attributions = Object.keys(vocabulary.attributions!);
    for (const edge of edges) {
      expect(attributions, `attribution of ${edge.key}`).toContain(edge.attributes!.attribution);
      expect(['stated', 'reported', 'possible', 'uncertain'], `certainty of ${edge.key}`).toContain(edge.attributes!.certainty);
      const item = edge.attributes!.item;
      if (item !== undefined) expect(nodes.map((n) => n.key), `item of ${edge.key}`).toContain(item);
    }
    for (const [key, attribution] of Object.entries(vocabulary.attributions!)) {
      if (attribution.node) expect(nodes.map((n) => n.key), `node of attribution ${key}`).toContain(attribution.node);
    }
  });

  it('records the hedges the article makes', () => {
    const hedges = edges
      .flatMap(({ attributes }) => [attributes!.hedge, ...(attributes!.qualifications ?? []).map((doubt) => `${doubt.hedge} ${doubt.part}`)])
      .filter(Boolean)
      .join('\n');
    expect(hedges).toContain('It remains uncertain whether the system has already been delivered');
    expect(edges.some((edge) => edge.attributes!.certainty === 'uncertain')).toBe(true);
    expect(edges.some((edge) => edge.attributes!.certainty === 'possible')).toBe(true);
  });

  it('places every node by hand, apart from the others', () => {
    for (const node of nodes) {
      expect(Number.isFinite(node.attributes!.x), node.key).toBe(true);
      expect(Number.isFinite(node.attributes!.y), node.key).toBe(true);
    }
    for (const [i, a] of nodes.entries()) {
      for (const b of nodes.slice(i + 1)) {
        const distance = Math.hypot(a.attributes!.x! - b.attributes!.x!, a.attributes!.y! - b.attributes!.y!);
        expect(distance, `${a.key} and ${b.key}`).toBeGreaterThanOrEqual(120);
      }
    }
  });

  it('keys edges once per claim', () => {
    const claims = edges.map((edge) => `${edge.source} ${edge.attributes!.relation} ${edge.target}`);
    expect(new Set(claims).size).toBe(claims.length);
  });
});
