/**
 * The curated article dataset, checked against the article itself: every quote verbatim, every
 * relation and type from the vocabulary, nothing unconnected, and nothing said more surely, or by
 * anyone else, than the article says it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import dataset from '../../graph-data/article-graph.json';
import { edgesForSentence, parseGraph, statementsOf, validateSerializedGraph } from '../../src/model';
import type { Certainty, Evidence, SerializedArticleGraph } from '../../src/model';

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
      const via = edge.attributes!.via;
      if (via !== undefined) expect(attributions, `via of ${edge.key}`).toContain(via);
    }
    for (const [key, attribution] of Object.entries(vocabulary.attributions!)) {
      if (attribution.node) expect(nodes.map((n) => n.key), `node of attribution ${key}`).toContain(attribution.node);
    }
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

/**
 * How the article hedges, read sentence by sentence. Each entry is one place where the article makes a
 * claim less than a plain statement: the words that do it (`cues`), the words of the claim they govern
 * (`claims`), the strongest certainty a claim under them may have, and who they say makes it.
 *
 * An edge's evidence is under an entry when it quotes the entry's sentence with one of its claim words,
 * unless the edge is the claimant's own report of it (US intelligence assesses Assad: the report is
 * stated, the agreement it reports is not).
 */
interface Hedge {
  sentence: string;
  /** The article's words that weaken the claim; an edge's `hedge` is one of them. */
  cues: string[];
  /** Words of the claim the cues govern. */
  claims: string[];
  atMost: Certainty;
  /** Who the cues say makes the claim: a key of the vocabulary's attributions; the article when absent. */
  attribution?: string;
  /** Whom the claim reaches the article through, and the words that say so. */
  via?: { attribution: string; sentence: string; words: string };
  /** The doubt is on one part of a claim (the `claims` words): edges carry it as a qualification. */
  part?: boolean;
  /** A description that uses one of these words draws on the claim ... */
  claimWords: string[];
  /** ... and must then say how surely, or who says so: one word of each group. */
  credit: string[][];
}

const HEDGES: Hedge[] = [
  {
    sentence: 'p1s1',
    cues: ['intelligence suggesting'],
    claims: ['has agreed to supply'],
    atMost: 'reported',
    attribution: 'us-intelligence',
    via: { attribution: 'two-sources', sentence: 'p1s2', words: 'The information comes from two individuals familiar with the intelligence' },
    claimWords: ['agreed', 'agreement'],
    credit: [['suggest'], ['two individuals', 'sources']],
  },
  {
    sentence: 'p2s1',
    cues: ['According to the sources'],
    claims: ['has been entrusted'],
    atMost: 'reported',
    attribution: 'two-sources',
    claimWords: ['entrusted'],
    credit: [['according to', 'the sources']],
  },
  {
    sentence: 'p2s2',
    cues: ['It remains uncertain'],
    claims: ['whether the system has already been delivered or is still pending'],
    atMost: 'uncertain',
    part: true,
    claimWords: ['delivered', 'pending'],
    credit: [['uncertain']],
  },
  {
    sentence: 'p2s3',
    cues: ['These sources have stated'],
    claims: ['originally provided'],
    atMost: 'reported',
    attribution: 'two-sources',
    claimWords: ['originally'],
    credit: [['sources', 'according to']],
  },
  {
    sentence: 'p3s2',
    cues: ['information obtained regarding'],
    claims: ['discussions among'],
    atMost: 'reported',
    attribution: 'us-intelligence',
    claimWords: ['discussions'],
    credit: [['information obtained', 'assessment']],
  },
  {
    sentence: 'p4s1',
    cues: ['suggested the possibility of', 'Previous reports from The Wall Street Journal'],
    claims: ['Wagner providing'],
    atMost: 'possible',
    attribution: 'wsj',
    claimWords: ['providing'],
    credit: [['possibility']],
  },
  {
    sentence: 'p6s1',
    cues: ['have also noted'],
    claims: ['an increase in collaboration'],
    atMost: 'reported',
    attribution: 'western-intelligence',
    claimWords: ['collaboration'],
    credit: [['noted']],
  },
  {
    sentence: 'p6s1',
    cues: ['fueling concerns about'],
    claims: ['Hezbollah obtaining'],
    atMost: 'possible',
    claimWords: ['obtaining'],
    credit: [['concerns']],
  },
  {
    sentence: 'p7s1',
    cues: ['fears are mounting about the possibility of'],
    claims: ['Hezbollah opening a new front'],
    atMost: 'possible',
    claimWords: ['new front'],
    credit: [['fears', 'possibility']],
  },
  {
    sentence: 'p9s1',
    cues: ['remains uncertain'],
    claims: ["Russia's influence over the decision"],
    atMost: 'uncertain',
    claimWords: ['influence'],
    credit: [['uncertain']],
  },
  {
    sentence: 'p9s2',
    cues: ['as reported by CNN'],
    claims: ['attempts by the Kremlin to absorb', 'the US has not observed'],
    atMost: 'reported',
    attribution: 'cnn',
    claimWords: ['absorb', 'observed', 'ownership'],
    credit: [['CNN', 'reported']],
  },
  {
    sentence: 'p10s1',
    cues: ['believes'],
    claims: ['are carefully calculating', 'its proxies'],
    atMost: 'reported',
    attribution: 'us-intelligence',
    claimWords: ['calculating', 'avoid', 'proxies', 'proxy'],
    credit: [['believe']],
  },
  {
    sentence: 'p10s2',
    cues: ['concerns persist regarding', 'potential'],
    claims: ["Hezbollah's potential escalation"],
    atMost: 'possible',
    claimWords: ['escalation'],
    credit: [['concerns']],
  },
];

/** Words of the article that look like hedges but weaken no claim. */
const NOT_HEDGES = [
  { sentence: 'p3s1', words: 'indicating the seriousness of the situation', why: "the article's reading of the monitoring, which it states" },
  { sentence: 'p9s2', words: 'any decisive shift indicating complete ownership', why: 'what the US has not observed: the content of the claim, not a doubt about it' },
];

/** Words that may weaken or attribute a claim: every occurrence in the article must be read above. */
const CUE_WORDS = /\b(suggest\w*|believ\w*|uncertain\w*|possib\w*|could|may|might|perhaps|likely|report\w*|according to|stated|noted|concern\w*|fear\w*|indicat\w*|potential\w*|alleged\w*|apparent\w*|comes from|claim\w*|said|says)\b/gi;

const STRENGTH: Record<Certainty, number> = { uncertain: 0, possible: 1, reported: 2, stated: 3 };

function sentenceText(id: string): string {
  const text = sentences.get(id);
  if (text === undefined) throw new Error(`no sentence ${id}`);
  return text;
}

/** The node that stands for a claimant, if any. */
function claimantNode(attribution: string | undefined): string | undefined {
  return attribution === undefined ? undefined : vocabulary.attributions![attribution]?.node;
}

/** The entries a piece of an edge's evidence is under. */
function hedgesOver(edge: (typeof edges)[number], item: Evidence): Hedge[] {
  return HEDGES.filter(
    (hedge) =>
      hedge.sentence === item.sentence &&
      hedge.claims.some((claim) => item.quote.includes(claim)) &&
      edge.source !== claimantNode(hedge.attribution) &&
      edge.source !== claimantNode(hedge.via?.attribution),
  );
}

/** How surely a piece of evidence states its claim: the weakest hedge over it, else plainly. */
function wordingOf(edge: (typeof edges)[number], item: Evidence): Certainty {
  const over = hedgesOver(edge, item).filter((hedge) => !hedge.part);
  return over.reduce<Certainty>((weakest, hedge) => (STRENGTH[hedge.atMost] < STRENGTH[weakest] ? hedge.atMost : weakest), 'stated');
}

/** The evidence that states the claim itself, not only a doubt about part of it. */
function statingEvidence(edge: (typeof edges)[number]): Evidence[] {
  return edge.attributes!.evidence!.filter((item) => !hedgesOver(edge, item).some((hedge) => hedge.part));
}

describe('the dataset says as surely as the article, and no more', () => {
  it('reads every word of the article that may hedge a claim', () => {
    for (const [id, text] of sentences) {
      const read = [
        ...HEDGES.filter((hedge) => hedge.sentence === id).flatMap((hedge) => hedge.cues),
        ...HEDGES.filter((hedge) => hedge.via?.sentence === id).map((hedge) => hedge.via!.words),
        ...NOT_HEDGES.filter((entry) => entry.sentence === id).map((entry) => entry.words),
      ].map((words) => {
        const at = text.indexOf(words);
        expect(at, `"${words}" is in ${id}`).toBeGreaterThanOrEqual(0);
        return [at, at + words.length] as const;
      });
      for (const match of text.matchAll(CUE_WORDS)) {
        const inside = read.some(([start, end]) => match.index >= start && match.index + match[0].length <= end);
        expect(inside, `"${match[0]}" in ${id} is read as a hedge or not`).toBe(true);
      }
    }
    for (const hedge of HEDGES) {
      for (const claim of hedge.claims) expect(sentenceText(hedge.sentence), `claim of a hedge in ${hedge.sentence}`).toContain(claim);
    }
  });

  it('gives no claim a certainty stronger than its wording, nor weaker', () => {
    for (const edge of edges) {
      const { certainty } = edge.attributes!;
      const wordings = statingEvidence(edge).map((item) => STRENGTH[wordingOf(edge, item)]);
      expect(wordings.length, `${edge.key} has evidence that states it`).toBeGreaterThan(0);
      expect(STRENGTH[certainty!], `${edge.key} is no surer than its most plainly worded evidence`).toBeLessThanOrEqual(Math.max(...wordings));
      expect(STRENGTH[certainty!], `${edge.key} is as sure as its least plainly worded evidence`).toBeGreaterThanOrEqual(Math.min(...wordings));
    }
  });

  it('sets a hedge exactly where the article hedges, in its words', () => {
    for (const edge of edges) {
      const { certainty, hedge } = edge.attributes!;
      const over = edge.attributes!.evidence!.flatMap((item) => hedgesOver(edge, item));
      if (certainty === 'stated') {
        expect(hedge, `${edge.key} is stated, without a hedge`).toBeUndefined();
        continue;
      }
      expect(hedge, `${edge.key} is ${certainty}: the article's words say so`).toBeDefined();
      expect(over.flatMap((entry) => entry.cues), `hedge of ${edge.key}`).toContain(hedge);
      const cited = edge.attributes!.evidence!.map((item) => sentenceText(item.sentence));
      expect(cited.some((text) => text.includes(hedge!)), `hedge of ${edge.key} is in a sentence it cites`).toBe(true);
    }
  });

  it('attributes a hedged claim to whom the article attributes it, through whom it says', () => {
    for (const edge of edges) {
      const { attribution, via, certainty } = edge.attributes!;
      if (certainty === 'stated') {
        expect(attribution, `${edge.key} is stated by the article`).toBe('article');
        expect(via, `${edge.key}`).toBeUndefined();
        continue;
      }
      const over = statingEvidence(edge).flatMap((item) => hedgesOver(edge, item));
      expect(over.map((hedge) => hedge.attribution ?? 'article'), `claimant of ${edge.key}`).toContain(attribution);
      for (const chain of over.flatMap((hedge) => (hedge.via ? [hedge.via.attribution] : []))) {
        expect([attribution, via], `${edge.key} reaches the article through ${chain}`).toContain(chain);
      }
      if (via !== undefined) expect(over.map((hedge) => hedge.via?.attribution), `via of ${edge.key}`).toContain(via);
    }
  });

  it('puts a doubt about part of a claim on that part, with the words that raise it', () => {
    const doubts = HEDGES.filter((hedge) => hedge.part);
    for (const edge of edges) {
      const qualifications = edge.attributes!.qualifications ?? [];
      for (const item of edge.attributes!.evidence!) {
        for (const hedge of doubts.filter((entry) => hedgesOver(edge, item).includes(entry))) {
          expect(qualifications, `${edge.key} carries the doubt of ${hedge.sentence}`).toContainEqual({
            part: hedge.claims[0],
            certainty: hedge.atMost,
            hedge: expect.toSatisfy((words: string) => hedge.cues.includes(words)),
            sentence: hedge.sentence,
          });
        }
      }
      for (const doubt of qualifications) {
        expect(edge.attributes!.evidence!.map((item) => item.sentence), `${edge.key} cites the sentence of its doubt`).toContain(doubt.sentence);
        expect(
          doubts.some((hedge) => hedge.sentence === doubt.sentence && hedge.claims[0] === doubt.part && hedge.cues.includes(doubt.hedge) && hedge.atMost === doubt.certainty),
          `the doubt on ${edge.key} is one the article raises`,
        ).toBe(true);
      }
    }
  });
});

/** Words a description may use to join the article's words (and to say that the outlet published it). */
const JOINING_WORDS = new Set(
  'a an and are as at be been by for from has have he him his in is it its of on one or than that the their them they this to via was were what when where which who whom whose with according published'.split(' '),
);

function words(text: string): string[] {
  return text.toLowerCase().replace(/['’]s\b/g, '').match(/[a-z0-9]+/g) ?? [];
}

/** 'supplies' and 'supply', 'targeted' and 'targeting' share a stem. */
function stem(word: string): string {
  return word.replace(/(ies|ing|ed|es|s|y|e)$/, '');
}

describe('the descriptions use only what the article says', () => {
  it('cites the sentences each description is drawn from', () => {
    for (const node of nodes) {
      const cited = node.attributes!.descriptionSentences ?? [];
      expect(cited.length, `${node.key} cites its sentences`).toBeGreaterThan(0);
      for (const id of cited) expect(sentences.has(id), `${node.key} cites ${id}`).toBe(true);
    }
  });

  it('takes every word from those sentences, the names of the entity, or the outlet', () => {
    for (const node of nodes) {
      const { description, descriptionSentences = [], label, aliases = [] } = node.attributes!;
      const known = new Set(
        [...descriptionSentences.map(sentenceText), String(label), ...aliases, source.outlet ?? '', source.section ?? ''].flatMap(words).map(stem),
      );
      const foreign = words(description!).filter((word) => !JOINING_WORDS.has(word) && !known.has(stem(word)));
      expect(foreign, `words of the description of ${node.key} that its sentences do not give`).toEqual([]);
    }
  });

  it('says who says so, or how surely, wherever it draws on a hedged claim', () => {
    for (const node of nodes) {
      const { description, descriptionSentences = [] } = node.attributes!;
      const text = description!.toLowerCase();
      for (const hedge of HEDGES.filter((entry) => descriptionSentences.includes(entry.sentence))) {
        if (!hedge.claimWords.some((word) => text.includes(word.toLowerCase()))) continue;
        for (const group of hedge.credit) {
          expect(
            group.some((word) => text.includes(word.toLowerCase())),
            `the description of ${node.key} draws on ${hedge.sentence} and says one of ${group.join(', ')}`,
          ).toBe(true);
        }
      }
    }
  });
});

describe('the names of the entities are the article names', () => {
  const body = source.paragraphs.flatMap((paragraph) => paragraph.sentences.map((sentence) => sentence.text)).join(' ');
  const occurrences = (name: string) => [...body.matchAll(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'))].map((match) => match.index);

  it('uses every alias where the article names that entity', () => {
    for (const node of nodes) {
      const quotes = edges
        .filter((edge) => edge.source === node.key || edge.target === node.key || edge.attributes!.item === node.key)
        .flatMap((edge) => edge.attributes!.evidence!.map((item) => item.quote));
      const texts = [...quotes, ...(node.attributes!.descriptionSentences ?? []).map(sentenceText), source.outlet ?? ''];
      for (const alias of node.attributes!.aliases ?? []) {
        expect(texts.some((text) => text.includes(alias)), `"${alias}" names ${node.key} in a quote or cited sentence`).toBe(true);
      }
    }
  });

  it('takes no new thing for another name: a name the article brings in with "a" or "an" is a first mention', () => {
    for (const node of nodes) {
      const aliases = node.attributes!.aliases ?? [];
      const first = Math.min(...aliases.flatMap(occurrences));
      for (const alias of aliases) {
        for (const at of occurrences(alias)) {
          const before = body.slice(Math.max(0, at - 20), at);
          const indefinite = /^an? /i.test(alias) || /\ban? $/i.test(before);
          const naming = /known as an? $/i.test(before);
          if (indefinite && !naming) expect(at, `"${alias}" brings in something new, not ${node.key} again`).toBe(first);
        }
      }
    }
  });
});

describe('the claim a sentence is about comes first', () => {
  const graph = parseGraph(data);

  it('marks the claim of every sentence that is evidence', () => {
    const cited = new Set(edges.flatMap((edge) => edge.attributes!.evidence!.map((item) => item.sentence)));
    for (const id of cited) {
      const primary = edges.filter((edge) => edge.attributes!.evidence!.some((item) => item.sentence === id && item.primary));
      expect(primary.length, `${id} marks the claim it is about`).toBeGreaterThan(0);
    }
  });

  it("lists Assad's agreement to supply Hezbollah first for the lead sentence, and for Assad and Hezbollah", () => {
    expect(edgesForSentence(graph, 'p1s1')[0]).toBe('e2');
    expect(statementsOf(graph, 'assad')[0].text).toBe('Bashar al-Assad has agreed to supply Hezbollah');
    expect(statementsOf(graph, 'hezbollah')[0].text).toBe('Bashar al-Assad has agreed to supply Hezbollah');
    expect(statementsOf(graph, 'wagner')[0].text).toBe('Wagner Group has been entrusted with the delivery to Hezbollah');
    expect(edgesForSentence(graph, 'p2s2')[0]).toBe('e72');
    expect(edgesForSentence(graph, 'p10s1').slice(0, 6).sort()).toEqual(['e58', 'e59', 'e60', 'e61', 'e62', 'e63']);
  });
});
