/**
 * Making an article graph by hand, one step at a time: the article's text, entities, relationships
 * and their evidence, as pure functions from one serialized graph to the next. Each returns a new
 * graph and leaves its input untouched, so that every step can be undone; whatever a step does not
 * concern (attributes of an imported dataset the editor does not know) is carried over as it was.
 */
import { segmentArticle } from './segment';
import type {
  AttributionDefinition,
  Certainty,
  EdgeAttributes,
  Evidence,
  GraphAttributes,
  NodeAttributes,
  Paragraph,
  Qualification,
  SerializedArticleGraph,
  SourceText,
  Vocabulary,
} from './types';

type SerializedNode = SerializedArticleGraph['nodes'][number];
type SerializedEdge = SerializedArticleGraph['edges'][number];

/** The kinds of entity and relation a new article graph starts with; any other can be added as it is needed. */
export const STARTER_VOCABULARY: Vocabulary = {
  entityTypes: {
    person: { label: 'People', definition: 'Individuals, named or not.' },
    organisation: { label: 'Organisations', definition: 'Companies, institutions, parties and other organised groups.' },
    government: { label: 'States and governments', definition: 'Countries, their governments and agencies.' },
    place: { label: 'Places', definition: 'Countries, cities and regions as settings.' },
    media: { label: 'Media', definition: 'News outlets and their reports.' },
  },
  relations: {
    leads: { label: 'leads', definition: 'Is the leader of the target.', directed: true },
    'member-of': { label: 'is a member of', definition: 'Belongs to the target group.', directed: true },
    'works-for': { label: 'works for', definition: 'Is employed by or acts for the target.', directed: true },
    'allied-with': { label: 'is allied with', definition: 'The two are allies.', directed: false },
    supports: { label: 'supports', definition: 'Backs the target.', directed: true },
    opposes: { label: 'opposes', definition: 'Is against the target.', directed: true },
    supplies: { label: 'supplies', definition: 'Provides (or agrees to provide) something to the target.', directed: true },
    'located-in': { label: 'is located in', definition: 'Is situated in a place.', directed: true },
    'reports-on': { label: 'reports on', definition: 'Reports or assesses something about the target.', directed: true },
  },
  attributions: {},
  families: {},
};

/** The attribution key for claims the article makes itself. */
export const ARTICLE_ATTRIBUTION = 'article';

/** An empty article graph, ready for a text. */
export function emptyArticleGraph(): SerializedArticleGraph {
  return {
    attributes: { title: '', source: { title: '', paragraphs: [] }, vocabulary: structuredClone(STARTER_VOCABULARY) },
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    nodes: [],
    edges: [],
  };
}

/** The article's own facts, as the person curating it gives them. */
export interface ArticleDetails {
  title: string;
  outlet?: string;
  /** As the outlet dates it: `2023-11-02` or `2023-11-02T23:18`. */
  published?: string;
  url?: string;
}

function copy(graph: SerializedArticleGraph): SerializedArticleGraph {
  return structuredClone(graph);
}

function vocabularyIn(attributes: GraphAttributes): Vocabulary {
  const vocabulary = (attributes.vocabulary ??= {});
  vocabulary.relations ??= {};
  vocabulary.entityTypes ??= {};
  vocabulary.attributions ??= {};
  vocabulary.families ??= {};
  return vocabulary as Vocabulary;
}

/** Sets or clears an optional field, so that an empty one is left out rather than written as "". */
function setOptional<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete target[key];
  else target[key] = value;
}

/** The source text of a graph, or an empty one. */
export function sourceOf(graph: SerializedArticleGraph): SourceText {
  return graph.attributes?.source ?? { title: '', paragraphs: [] };
}

/** The sentences of a graph's source text, by id. */
export function sentenceTexts(graph: SerializedArticleGraph): Map<string, string> {
  return new Map(sourceOf(graph).paragraphs.flatMap((paragraph) => paragraph.sentences.map((sentence) => [sentence.id, sentence.text] as const)));
}

/**
 * The graph with a new text (or new details of the article): the text is cut into sentences again,
 * and each quote that cites a sentence is moved to the sentence that now holds its words, the one with
 * the same text first. Quotes whose words are gone keep their sentence id, and validation says so.
 */
export function setArticle(graph: SerializedArticleGraph, details: ArticleDetails, text?: string): SerializedArticleGraph {
  const next = copy(graph);
  const attributes = (next.attributes ??= {});
  const before = sourceOf(graph);
  const source: SourceText = { ...before, title: details.title.trim() };
  setOptional(source, 'outlet', details.outlet?.trim());
  setOptional(source, 'published', details.published?.trim());
  setOptional(source, 'url', details.url?.trim());
  if (text !== undefined) source.paragraphs = segmentArticle(text);
  attributes.source = source;
  // The graph's title follows the article's while it has none of its own.
  if (!attributes.title || attributes.title === before.title) attributes.title = source.title;
  if (text !== undefined) rebase(next, before.paragraphs, source.paragraphs);
  return next;
}

/** Moves evidence, qualifications and cited sentences from the old sentence ids to the new. */
function rebase(graph: SerializedArticleGraph, before: readonly Paragraph[], after: readonly Paragraph[]): void {
  const oldText = new Map(before.flatMap((p) => p.sentences.map((s) => [s.id, s.text] as const)));
  const sentences = after.flatMap((p) => p.sentences);
  const newText = new Map(sentences.map((s) => [s.id, s.text] as const));
  /** The sentence that now holds `words`, once in `id`. */
  const moved = (id: string, ...words: string[]): string => {
    const was = oldText.get(id);
    const holds = (text: string | undefined) => text !== undefined && words.every((w) => text.includes(w));
    if (newText.get(id) === was && was !== undefined) return id;
    const same = sentences.find((s) => s.text === was);
    if (same) return same.id;
    if (holds(newText.get(id))) return id;
    return sentences.find((s) => holds(s.text))?.id ?? id;
  };
  for (const edge of graph.edges) {
    const attributes = edge.attributes;
    if (!attributes) continue;
    if (Array.isArray(attributes.evidence)) {
      attributes.evidence = attributes.evidence.map((item) => (typeof item.sentence === 'string' ? { ...item, sentence: moved(item.sentence, item.quote) } : item));
    }
    if (Array.isArray(attributes.qualifications)) {
      attributes.qualifications = attributes.qualifications.map((item) => ({ ...item, sentence: moved(item.sentence, item.part, item.hedge) }));
    }
  }
  for (const node of graph.nodes) {
    const cited = node.attributes?.descriptionSentences;
    if (Array.isArray(cited)) node.attributes!.descriptionSentences = cited.map((id) => moved(id));
  }
}

// ---- Keys ---------------------------------------------------------------------------------------

/** A key from a name: lower-case ASCII words joined by hyphens ("Bashar al-Assad" -> "bashar-al-assad"). */
export function keyFrom(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 48)
    .replace(/^-+|-+$/g, '');
}

/** A key made from a name that none of `taken` has: `hezbollah`, `hezbollah-2`. */
export function freshKey(name: string, taken: (key: string) => boolean, fallback = 'entity'): string {
  const base = keyFrom(name) || fallback;
  let key = base;
  for (let n = 2; taken(key); n++) key = `${base}-${n}`;
  return key;
}

function nodeIndex(graph: SerializedArticleGraph, key: string): number {
  const index = graph.nodes.findIndex((node) => String(node.key) === key);
  if (index < 0) throw new RangeError(`no entity "${key}"`);
  return index;
}

function edgeIndex(graph: SerializedArticleGraph, key: string): number {
  const index = graph.edges.findIndex((edge) => String(edge.key) === key);
  if (index < 0) throw new RangeError(`no relationship "${key}"`);
  return index;
}

/** The next edge key in the dataset's style: `e1`, `e2`, … after the highest in use. */
function nextEdgeKey(graph: SerializedArticleGraph): string {
  const used = new Set(graph.edges.map((edge) => String(edge.key)));
  let n = graph.edges.reduce((highest, edge) => Math.max(highest, Number(/^e(\d+)$/.exec(String(edge.key))?.[1] ?? 0)), 0) + 1;
  while (used.has(`e${n}`)) n++;
  return `e${n}`;
}

// ---- Vocabulary ---------------------------------------------------------------------------------

/** A choice from a vocabulary by its key, or a new entry by its label. */
export type VocabularyChoice = { key: string } | { label: string };

function chooseFrom<T extends { label: string }>(
  entries: Record<string, T>,
  choice: VocabularyChoice,
  create: (label: string) => T,
): string {
  if ('key' in choice) {
    if (!Object.hasOwn(entries, choice.key)) throw new RangeError(`"${choice.key}" is not in the vocabulary`);
    return choice.key;
  }
  const label = choice.label.trim();
  if (label === '') throw new RangeError('a new entry needs a name');
  // A label already defined is that entry, whatever its case.
  const existing = Object.entries(entries).find(([key, entry]) => entry.label.toLowerCase() === label.toLowerCase() || key === label.toLowerCase());
  if (existing) return existing[0];
  const key = freshKey(label, (candidate) => Object.hasOwn(entries, candidate), 'new');
  entries[key] = create(label);
  return key;
}

// ---- Entities -----------------------------------------------------------------------------------

export interface EntityInput {
  label: string;
  type: VocabularyChoice;
  description?: string;
  /** The article's words for the entity; the label is added when the article uses it too. */
  aliases?: string[];
}

function entityAttributes(graph: SerializedArticleGraph, input: EntityInput, base: NodeAttributes = {}): NodeAttributes {
  const label = input.label.trim();
  if (label === '') throw new RangeError('an entity needs a name');
  const vocabulary = vocabularyIn((graph.attributes ??= {}));
  const type = chooseFrom(vocabulary.entityTypes, input.type, (name) => ({ label: name, definition: '' }));
  const attributes: NodeAttributes = { ...base, label, type };
  setOptional(attributes, 'aliases', input.aliases ? [...new Set(input.aliases.map((alias) => alias.trim()).filter(Boolean))] : base.aliases);
  setOptional(attributes, 'description', input.description?.trim());
  return attributes;
}

/** The graph with a new entity, placed beside the others; returns its key. */
export function addEntity(graph: SerializedArticleGraph, input: EntityInput): { graph: SerializedArticleGraph; key: string } {
  const next = copy(graph);
  const keys = new Set(next.nodes.map((node) => String(node.key)));
  const key = freshKey(input.label, (candidate) => keys.has(candidate));
  const attributes = entityAttributes(next, input);
  const position = placeNode(next);
  if (position) Object.assign(attributes, position);
  next.nodes.push({ key, attributes });
  return { graph: next, key };
}

/** The graph with an entity's name, type, description or aliases changed; its key and relationships stay. */
export function updateEntity(graph: SerializedArticleGraph, key: string, input: EntityInput): SerializedArticleGraph {
  const next = copy(graph);
  const node = next.nodes[nodeIndex(next, key)];
  node.attributes = entityAttributes(next, input, node.attributes);
  return next;
}

/** The graph with one more name for an entity, as the article writes it. */
export function addAlias(graph: SerializedArticleGraph, key: string, alias: string): SerializedArticleGraph {
  const next = copy(graph);
  const node = next.nodes[nodeIndex(next, key)];
  const attributes = (node.attributes ??= {});
  const aliases = Array.isArray(attributes.aliases) ? attributes.aliases : [];
  if (alias.trim() !== '' && !aliases.includes(alias.trim())) attributes.aliases = [...aliases, alias.trim()];
  return next;
}

/** The graph without an entity and its relationships; claims it made lose their link to it. */
export function removeEntity(graph: SerializedArticleGraph, key: string): SerializedArticleGraph {
  const next = copy(graph);
  next.nodes.splice(nodeIndex(next, key), 1);
  next.edges = next.edges.filter((edge) => String(edge.source) !== key && String(edge.target) !== key);
  for (const edge of next.edges) if (edge.attributes?.item === key) delete edge.attributes.item;
  for (const attribution of Object.values(next.attributes?.vocabulary?.attributions ?? {})) {
    if (attribution.node === key) delete attribution.node;
  }
  return next;
}

/** How many relationships an entity takes part in. */
export function relationshipsOf(graph: SerializedArticleGraph, key: string): number {
  return graph.edges.filter((edge) => String(edge.source) === key || String(edge.target) === key).length;
}

// ---- Relationships ------------------------------------------------------------------------------

/** Who makes a claim: an attribution of the vocabulary, an entity of the graph, or a new claimant by name. */
export type ClaimantChoice = { key: string } | { node: string } | { label: string };

export interface RelationshipInput {
  source: string;
  target: string;
  relation: VocabularyChoice;
  /** For a new relation: whether it has a direction (supplies) or not (is allied with). */
  directed?: boolean;
  evidence: Evidence[];
  attribution?: ClaimantChoice;
  via?: ClaimantChoice;
  certainty?: Certainty;
  hedge?: string;
  qualifications?: Qualification[];
  /** The article's own wording of the relation for this claim ("has agreed to supply"). */
  label?: string;
  time?: string;
  item?: string;
}

function chooseClaimant(graph: SerializedArticleGraph, choice: ClaimantChoice): string {
  const attributes = (graph.attributes ??= {});
  const attributions = vocabularyIn(attributes).attributions;
  if ('key' in choice) {
    if (choice.key === ARTICLE_ATTRIBUTION && !Object.hasOwn(attributions, ARTICLE_ATTRIBUTION)) {
      const outlet = attributes.source?.outlet;
      attributions[ARTICLE_ATTRIBUTION] = { label: outlet ? `${outlet} (the article)` : 'The article' };
    }
    return chooseFrom(attributions, choice, (label) => ({ label }));
  }
  if ('node' in choice) {
    const existing = Object.entries(attributions).find(([, entry]) => entry.node === choice.node);
    if (existing) return existing[0];
    const node = graph.nodes[nodeIndex(graph, choice.node)];
    const label = typeof node.attributes?.label === 'string' ? node.attributes.label : choice.node;
    const key = Object.hasOwn(attributions, choice.node) ? freshKey(label, (k) => Object.hasOwn(attributions, k), 'source') : choice.node;
    attributions[key] = { label, node: choice.node } satisfies AttributionDefinition;
    return key;
  }
  return chooseFrom(attributions, choice, (label) => ({ label }));
}

function relationshipAttributes(graph: SerializedArticleGraph, input: RelationshipInput, base: EdgeAttributes = {}): { attributes: EdgeAttributes; undirected: boolean } {
  const vocabulary = vocabularyIn((graph.attributes ??= {}));
  const relation = chooseFrom(vocabulary.relations, input.relation, (label) => ({ label, definition: '', directed: input.directed ?? true }));
  const attributes: EdgeAttributes = { ...base, relation };
  attributes.evidence = dedupe(input.evidence);
  setOptional(attributes, 'attribution', input.attribution ? chooseClaimant(graph, input.attribution) : undefined);
  setOptional(attributes, 'via', input.via ? chooseClaimant(graph, input.via) : undefined);
  setOptional(attributes, 'certainty', input.certainty);
  setOptional(attributes, 'hedge', input.hedge?.trim());
  setOptional(attributes, 'qualifications', input.qualifications);
  setOptional(attributes, 'label', input.label?.trim());
  setOptional(attributes, 'time', input.time?.trim());
  setOptional(attributes, 'item', input.item);
  return { attributes, undirected: vocabulary.relations[relation].directed === false };
}

function dedupe(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((item) => {
    const id = `${item.sentence}\u0000${item.quote}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The graph with a new relationship; returns its key. */
export function addRelationship(graph: SerializedArticleGraph, input: RelationshipInput): { graph: SerializedArticleGraph; key: string } {
  const next = copy(graph);
  nodeIndex(next, input.source);
  nodeIndex(next, input.target);
  const key = nextEdgeKey(next);
  const { attributes, undirected } = relationshipAttributes(next, input);
  const edge: SerializedEdge = { key, source: input.source, target: input.target, attributes };
  if (undirected) edge.undirected = true;
  next.edges.push(edge);
  return { graph: next, key };
}

/** The graph with a relationship's fields changed; its key stays. */
export function updateRelationship(graph: SerializedArticleGraph, key: string, input: RelationshipInput): SerializedArticleGraph {
  const next = copy(graph);
  nodeIndex(next, input.source);
  nodeIndex(next, input.target);
  const index = edgeIndex(next, key);
  const { attributes, undirected } = relationshipAttributes(next, input, next.edges[index].attributes);
  const edge: SerializedEdge = { ...next.edges[index], source: input.source, target: input.target, attributes };
  if (undirected) edge.undirected = true;
  else delete edge.undirected;
  next.edges[index] = edge;
  return next;
}

/** The graph with more quotes for a relationship (a quote it already has is not repeated). */
export function addEvidence(graph: SerializedArticleGraph, key: string, evidence: readonly Evidence[]): SerializedArticleGraph {
  const next = copy(graph);
  const attributes = (next.edges[edgeIndex(next, key)].attributes ??= {});
  attributes.evidence = dedupe([...(attributes.evidence ?? []), ...evidence]);
  return next;
}

/** The graph without one quote of a relationship. */
export function removeEvidence(graph: SerializedArticleGraph, key: string, index: number): SerializedArticleGraph {
  const next = copy(graph);
  const attributes = next.edges[edgeIndex(next, key)].attributes;
  attributes?.evidence?.splice(index, 1);
  return next;
}

export function removeRelationship(graph: SerializedArticleGraph, key: string): SerializedArticleGraph {
  const next = copy(graph);
  next.edges.splice(edgeIndex(next, key), 1);
  return next;
}

// ---- Positions ----------------------------------------------------------------------------------

/** Distance kept between a new entity and the others, in graph units (the dataset's nodes are 120 or more apart). */
const SPACING = 140;

/**
 * Where a new entity goes so that the picture does not move: on a spiral around the middle of the
 * entities already placed, at the first spot clear of all of them. Undefined while some entity has
 * no position (a layout places them all then).
 */
export function placeNode(graph: SerializedArticleGraph): { x: number; y: number } | undefined {
  const placed = graph.nodes.map((node) => node.attributes).filter((a): a is NodeAttributes => a !== undefined && Number.isFinite(a.x) && Number.isFinite(a.y));
  if (placed.length !== graph.nodes.length) return undefined;
  if (placed.length === 0) return { x: 0, y: 0 };
  const cx = placed.reduce((sum, a) => sum + (a.x as number), 0) / placed.length;
  const cy = placed.reduce((sum, a) => sum + (a.y as number), 0) / placed.length;
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let i = 0; ; i++) {
    const radius = SPACING * 0.8 * Math.sqrt(i);
    const x = Math.round(cx + radius * Math.cos(i * golden));
    const y = Math.round(cy + radius * Math.sin(i * golden));
    if (placed.every((a) => Math.hypot((a.x as number) - x, (a.y as number) - y) >= SPACING)) return { x, y };
  }
}

/** The graph with entities moved (from a layout, or dragged in the picture). */
export function setPositions(graph: SerializedArticleGraph, positions: ReadonlyMap<string, { x: number; y: number }>): SerializedArticleGraph {
  const next = copy(graph);
  for (const node of next.nodes) {
    const position = positions.get(String(node.key));
    if (position) node.attributes = { ...node.attributes, x: Math.round(position.x), y: Math.round(position.y) };
  }
  return next;
}

// ---- Reading ------------------------------------------------------------------------------------

export function entityOf(graph: SerializedArticleGraph, key: string): SerializedNode | undefined {
  return graph.nodes.find((node) => String(node.key) === key);
}

export function relationshipOf(graph: SerializedArticleGraph, key: string): SerializedEdge | undefined {
  return graph.edges.find((edge) => String(edge.key) === key);
}

export function entityLabel(graph: SerializedArticleGraph, key: string): string {
  const label = entityOf(graph, key)?.attributes?.label;
  return typeof label === 'string' && label !== '' ? label : key;
}
