/**
 * The questions the interface asks of a graph. Pure functions over graphology: no DOM, no view state.
 */
import type { ArticleGraph, AttributionDefinition, Evidence, Paragraph, Qualification } from './types';
import {
  attributionDefinition,
  entityTypeKey,
  relationDefinition,
  relationKey,
  vocabularyOf,
} from './vocabulary';

/** What a person sees as a node's name: its label, else its key. Numbers and booleans become text. */
export function nodeLabel(graph: ArticleGraph, key: string): string {
  const label = graph.getNodeAttribute(key, 'label');
  return label === undefined || label === null || label === '' ? key : String(label);
}

/** Nodes within `depth` hops of `key`, following edges in either direction; includes `key`. */
export function neighbourhood(graph: ArticleGraph, key: string, depth = 1): Set<string> {
  const seen = new Set([key]);
  let frontier = [key];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (!seen.has(neighbour)) {
          seen.add(neighbour);
          next.push(neighbour);
        }
      });
    }
    frontier = next;
  }
  return seen;
}

export interface ElementFilter {
  /** Relation keys whose edges are hidden. */
  hiddenRelations?: ReadonlySet<string>;
  /** Entity type keys whose nodes (and their edges) are hidden. */
  hiddenTypes?: ReadonlySet<string>;
  /** When given, only these nodes (and edges between them) are shown. */
  onlyNodes?: ReadonlySet<string>;
}

export interface ElementSet {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Which nodes and edges survive a filter. Nodes stay visible when all their edges are filtered out. */
export function filterElements(graph: ArticleGraph, filter: ElementFilter): ElementSet {
  const nodes = new Set<string>();
  graph.forEachNode((key, attributes) => {
    if (filter.hiddenTypes?.has(entityTypeKey(attributes))) return;
    if (filter.onlyNodes && !filter.onlyNodes.has(key)) return;
    nodes.add(key);
  });
  const edges = new Set<string>();
  graph.forEachEdge((key, attributes, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (filter.hiddenRelations?.has(relationKey(attributes))) return;
    edges.add(key);
  });
  return { nodes, edges };
}

export function evidenceOf(graph: ArticleGraph, edge: string): Evidence[] {
  const evidence = graph.getEdgeAttribute(edge, 'evidence');
  return Array.isArray(evidence) ? evidence : [];
}

/** Doubts the article raises about parts of an edge's claim. */
export function qualificationsOf(graph: ArticleGraph, edge: string): Qualification[] {
  const qualifications = graph.getEdgeAttribute(edge, 'qualifications');
  return Array.isArray(qualifications) ? qualifications : [];
}

/**
 * How prominently an edge's evidence states it in one sentence, for ordering: a quote marked `primary`
 * (the claim the sentence is about) first, then the quote that covers more of the sentence.
 * Undefined when the edge does not cite the sentence.
 */
function prominenceIn(graph: ArticleGraph, edge: string, sentence: string): number | undefined {
  let best: number | undefined;
  for (const item of evidenceOf(graph, edge)) {
    if (item.sentence !== sentence) continue;
    const length = typeof item.quote === 'string' ? item.quote.length : 0;
    const score = (item.primary === true ? 1_000_000 : 0) + length;
    if (best === undefined || score > best) best = score;
  }
  return best;
}

/**
 * Edges that cite the sentence as evidence, the claim the sentence is about first: those whose quote is
 * marked `primary`, then the others by how much of the sentence their quote covers, then in graph order.
 */
export function edgesForSentence(graph: ArticleGraph, sentence: string): string[] {
  const ranked: Array<{ edge: string; score: number; index: number }> = [];
  graph.forEachEdge((edge) => {
    const score = prominenceIn(graph, edge, sentence);
    if (score !== undefined) ranked.push({ edge, score, index: ranked.length });
  });
  return ranked.sort((a, b) => b.score - a.score || a.index - b.index).map(({ edge }) => edge);
}

/** Sentence ids cited by an edge, or by any edge of a node, in reading order. */
export function sentencesFor(graph: ArticleGraph, element: { kind: 'node' | 'edge'; key: string }): string[] {
  const edges = element.kind === 'edge' ? [element.key] : graph.edges(element.key);
  const ids = new Set(edges.flatMap((edge) => evidenceOf(graph, edge).map((item) => item.sentence)));
  const order = sentenceOrder(graph);
  return [...ids].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
}

function sentenceOrder(graph: ArticleGraph): Map<string, number> {
  const order = new Map<string, number>();
  paragraphsOf(graph).forEach((paragraph) => paragraph.sentences.forEach((s) => order.set(s.id, order.size)));
  return order;
}

export function paragraphsOf(graph: ArticleGraph): Paragraph[] {
  const paragraphs = graph.getAttribute('source')?.paragraphs;
  return Array.isArray(paragraphs) ? paragraphs : [];
}

export interface Statement {
  edge: string;
  subject: string;
  verb: string;
  object: string;
  directed: boolean;
  /** 'Bashar al-Assad supplies Hezbollah'. */
  text: string;
}

/** An edge written as a sentence a person can read. */
export function statementOf(graph: ArticleGraph, edge: string): Statement {
  const attributes = graph.getEdgeAttributes(edge);
  const definition = relationDefinition(vocabularyOf(graph), relationKey(attributes));
  const verb = typeof attributes.label === 'string' && attributes.label !== '' ? attributes.label : definition.label;
  const subject = nodeLabel(graph, graph.source(edge));
  const object = nodeLabel(graph, graph.target(edge));
  const directed = !graph.isUndirected(edge) && definition.directed;
  return { edge, subject, verb, object, directed, text: `${subject} ${verb} ${object}` };
}

/**
 * A node's statements in the order the article makes them: by the first sentence each cites, and within
 * one sentence as `edgesForSentence` ranks them (the claim the sentence is about first). Edges without
 * evidence follow, those where the node is the subject first.
 */
export function statementsOf(graph: ArticleGraph, node: string): Statement[] {
  return inReadingOrder(graph, graph.edges(node), node).map((edge) => statementOf(graph, edge));
}

/**
 * Statements about a node that is not one of their ends: the claims whose `item` it is ("Bashar al-Assad
 * has agreed to supply Hezbollah", concerning the Pantsir), in reading order.
 */
export function statementsConcerning(graph: ArticleGraph, node: string): Statement[] {
  const edges = graph.filterEdges((_, attributes, source, target) => attributes.item === node && source !== node && target !== node);
  return inReadingOrder(graph, edges).map((edge) => statementOf(graph, edge));
}

function inReadingOrder(graph: ArticleGraph, edges: string[], subject?: string): string[] {
  const order = sentenceOrder(graph);
  const ranked = edges.map((edge, index) => {
    let first = Infinity;
    let firstSentence: string | undefined;
    for (const item of evidenceOf(graph, edge)) {
      const at = order.get(item.sentence) ?? Infinity;
      if (at < first) [first, firstSentence] = [at, item.sentence];
    }
    const prominence = firstSentence === undefined ? 0 : (prominenceIn(graph, edge, firstSentence) ?? 0);
    const incoming = subject !== undefined && graph.source(edge) !== subject ? 1 : 0;
    return { edge, first, prominence, incoming, index };
  });
  ranked.sort((a, b) => a.first - b.first || b.prominence - a.prominence || a.incoming - b.incoming || a.index - b.index);
  return ranked.map(({ edge }) => edge);
}

export interface Claimant extends AttributionDefinition {
  /** Key into `vocabulary.attributions`. */
  key: string;
}

export interface ClaimSource {
  /** Who states or assesses the claim. */
  claimant: Claimant;
  /** Whom the claim reaches the article through, when not from the claimant directly. */
  via?: Claimant;
  /** The labels: 'US intelligence, via two individuals familiar with the intelligence'. */
  text: string;
}

/**
 * Who makes a claim and through whom it reaches the article ("US intelligence, via two individuals
 * familiar with the intelligence"); undefined when the edge names no claimant.
 */
export function attributionOf(graph: ArticleGraph, edge: string): ClaimSource | undefined {
  const { attribution, via } = graph.getEdgeAttributes(edge);
  if (typeof attribution !== 'string' || attribution === '') return undefined;
  const vocabulary = vocabularyOf(graph);
  const claimant = { key: attribution, ...attributionDefinition(vocabulary, attribution) };
  if (typeof via !== 'string' || via === '' || via === attribution) return { claimant, text: claimant.label };
  const through = { key: via, ...attributionDefinition(vocabulary, via) };
  return { claimant, via: through, text: `${claimant.label}, via ${through.label}` };
}

export interface SearchHit {
  key: string;
  label: string;
  /** The name that matched: the label or one of the aliases. */
  matched: string;
}

/** Nodes whose label or aliases contain every word of the query, best first. */
export function searchNodes(graph: ArticleGraph, query: string, limit = 8): SearchHit[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits: Array<SearchHit & { score: number }> = [];
  graph.forEachNode((key, attributes) => {
    const label = nodeLabel(graph, key);
    const aliases = Array.isArray(attributes.aliases) ? attributes.aliases.map(String) : [];
    let best: { name: string; score: number } | undefined;
    for (const [index, name] of [label, ...aliases].entries()) {
      const text = normalise(name);
      if (!words.every((word) => text.includes(word))) continue;
      // Prefix matches beat inner matches; the label beats an alias; shorter names beat longer.
      const score = (text.startsWith(words[0]) ? 0 : 100) + (index === 0 ? 0 : 10) + text.length / 1000;
      if (!best || score < best.score) best = { name, score };
    }
    if (best) hits.push({ key, label, matched: best.name, score: best.score });
  });
  return hits
    .sort((a, b) => a.score - b.score || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map(({ key, label, matched }) => ({ key, label, matched }));
}

function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

export interface UsageCount {
  key: string;
  count: number;
}

/** Relation keys that edges use, most used first. */
export function relationsInUse(graph: ArticleGraph): UsageCount[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_, attributes) => {
    const key = relationKey(attributes);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return sortCounts(counts);
}

/** Entity types that nodes use, most used first. */
export function typesInUse(graph: ArticleGraph): UsageCount[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_, attributes) => {
    const key = entityTypeKey(attributes);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return sortCounts(counts);
}

function sortCounts(counts: Map<string, number>): UsageCount[] {
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export interface StoryStep {
  paragraph: Paragraph;
  /** Edges first stated in this paragraph. */
  newEdges: string[];
  /** Nodes that first appear (through an edge) in this paragraph. */
  newNodes: string[];
  /** Everything stated up to and including this paragraph. */
  shown: ElementSet;
}

/**
 * The article read paragraph by paragraph: at each step, what has been stated so far.
 * An edge is stated at the first paragraph any of its evidence cites; a node appears with its
 * first edge. Edges without evidence never appear in the story.
 */
export function storySteps(graph: ArticleGraph): StoryStep[] {
  const paragraphs = paragraphsOf(graph);
  const paragraphOf = new Map<string, number>();
  paragraphs.forEach((paragraph, index) => paragraph.sentences.forEach((s) => paragraphOf.set(s.id, index)));
  const firstStated = new Map<string, number>();
  graph.forEachEdge((edge) => {
    const indices = evidenceOf(graph, edge)
      .map((item) => paragraphOf.get(item.sentence))
      .filter((index): index is number => index !== undefined);
    if (indices.length > 0) firstStated.set(edge, Math.min(...indices));
  });
  const nodes = new Set<string>();
  const edges = new Set<string>();
  return paragraphs.map((paragraph, index) => {
    const newEdges = [...firstStated].filter(([, at]) => at === index).map(([edge]) => edge);
    const newNodes: string[] = [];
    for (const edge of newEdges) {
      edges.add(edge);
      for (const node of graph.extremities(edge)) {
        if (!nodes.has(node)) {
          nodes.add(node);
          newNodes.push(node);
        }
      }
    }
    return { paragraph, newEdges, newNodes, shown: { nodes: new Set(nodes), edges: new Set(edges) } };
  });
}

/** The quotes of the given edges' evidence, grouped by the sentence they come from. */
export function quotesBySentence(graph: ArticleGraph, edges: Iterable<string>): Map<string, string[]> {
  const quotes = new Map<string, string[]>();
  for (const edge of edges) {
    if (!graph.hasEdge(edge)) continue;
    for (const item of evidenceOf(graph, edge)) {
      const list = quotes.get(item.sentence) ?? [];
      if (typeof item.quote === 'string' && item.quote !== '' && !list.includes(item.quote)) list.push(item.quote);
      quotes.set(item.sentence, list);
    }
  }
  return quotes;
}

export interface TextSpan {
  text: string;
  /** Part of a quote. */
  marked: boolean;
}

/**
 * A sentence cut into runs of plain and quoted text, for marking the quotes in it. Overlapping
 * quotes merge; a quote not found verbatim is looked for ignoring case. When no quote is found at
 * all (or none is given), the whole sentence is marked: it is still the evidence.
 */
export function markQuotes(text: string, quotes: readonly string[]): TextSpan[] {
  const lower = text.toLowerCase();
  const ranges: Array<[number, number]> = [];
  for (const quote of quotes) {
    let at = text.indexOf(quote);
    if (at < 0) at = lower.indexOf(quote.toLowerCase());
    if (at >= 0 && quote.length > 0) ranges.push([at, at + quote.length]);
  }
  if (ranges.length === 0) return text === '' ? [] : [{ text, marked: true }];
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const spans: TextSpan[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) spans.push({ text: text.slice(cursor, start), marked: false });
    spans.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) spans.push({ text: text.slice(cursor), marked: false });
  return spans;
}


/**
 * The claim the graph is about: the edges its `headline` attribute names (those the graph has),
 * with their entities and the items they concern. Empty when the graph names none.
 */
export function headlineOf(graph: ArticleGraph): ElementSet {
  const listed = graph.getAttribute('headline');
  const edges = new Set(Array.isArray(listed) ? listed.filter((key): key is string => typeof key === 'string' && graph.hasEdge(key)) : []);
  const nodes = new Set<string>();
  for (const edge of edges) {
    for (const end of graph.extremities(edge)) nodes.add(end);
    const item = graph.getEdgeAttribute(edge, 'item');
    if (typeof item === 'string' && graph.hasNode(item)) nodes.add(item);
  }
  return { nodes, edges };
}
