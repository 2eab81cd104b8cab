/**
 * Validation of a serialized graph, before graphology sees it.
 *
 * Returns every problem with its place ('edge 3 ("e3"): target "ghost" is not a node'), not only the
 * first, so that a person fixing a hand-edited file can fix it in one pass. Positions are counted
 * from 1 and the key, when there is one, follows in brackets.
 *
 * Problems are of two kinds. Those of the graph's structure (a missing node, a bad key) refuse it.
 * Those of the optional article fields (evidence, certainty, attribution, the source text, positions)
 * do not: `readSerializedGraph` reads such a field as well as it can (a string evidence is a quote
 * without a sentence) or leaves it out, and says so in a warning.
 */
import { isRecord, kindOf, readTextFields, readVocabulary, TEXT_FIELDS, truncate, type Coerce, type Mend } from './fields';
import { describeProblem, type Problem } from './problem';
import { PAUSE_EVERY, runAtOnce } from './slices';
import { CERTAINTIES, type SourceText } from './types';

export type { Problem };
export { describeProblem, kindOf };

export interface ValidationLimits {
  /** Refuse graphs with more nodes than this. */
  maxNodes: number;
  /** Refuse graphs with more edges than this. */
  maxEdges: number;
}

export const DEFAULT_LIMITS: ValidationLimits = { maxNodes: 100_000, maxEdges: 400_000 };

function isKey(value: unknown): value is string | number {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

function place(kind: 'node' | 'edge', index: number, key: unknown): string {
  return isKey(key) ? `${kind} ${index + 1} ("${truncate(String(key), 60)}")` : `${kind} ${index + 1}`;
}

const GRAPH_TYPES = ['mixed', 'directed', 'undirected'];

/**
 * graphology keeps each node's neighbours in plain objects, so a node keyed `__proto__` or
 * `constructor` would corrupt them (and `Object.prototype` with them); such keys are refused.
 */
const INHERITED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Checks that `data` is graphology's serialization format (`{attributes, options, nodes, edges}`)
 * and that the optional article fields are well formed. An empty list means the data is valid.
 */
export function validateSerializedGraph(data: unknown, limits: ValidationLimits = DEFAULT_LIMITS): Problem[] {
  return runAtOnce(checking(data, limits, false)).map(({ where, message }) => ({ where, message }));
}

export interface GraphReading {
  /** Problems of the structure: any refuses the graph. */
  problems: Problem[];
  /** Optional fields read as well as they could be, or left out, each saying what became of it. */
  warnings: Problem[];
}

/**
 * Checks `data` as `validateSerializedGraph` does and, where only an optional article field is wrong,
 * mends it in place (pass a copy): the field is read as well as it can be, or removed. The graph is
 * refused when `problems` is not empty; `warnings` say what was ignored.
 */
export function readSerializedGraph(data: unknown, limits: ValidationLimits = DEFAULT_LIMITS): GraphReading {
  return runAtOnce(reading(data, limits));
}

/** `readSerializedGraph` as work that may pause between elements (slices.ts). */
export function* reading(data: unknown, limits: ValidationLimits = DEFAULT_LIMITS): Generator<void, GraphReading> {
  const found = yield* checking(data, limits, true);
  return {
    problems: found.filter((problem) => !problem.outcome).map(({ where, message }) => ({ where, message })),
    warnings: found.filter((problem) => problem.outcome).map(({ where, message, outcome }) => ({ where, message: `${message}; ${outcome}` })),
  };
}

interface Found extends Problem {
  /** For a problem of an optional field: what became of it ("ignored"). */
  outcome?: string;
}

/** Reports a problem of the structure. */
type Report = (where: string, message: string) => void;

function* checking(data: unknown, limits: ValidationLimits, mending: boolean): Generator<void, Found[]> {
  const problems: Found[] = [];
  const report: Report = (where, message) => problems.push({ where, message });
  const mend: Mend = (where, message, outcome, fix) => {
    problems.push({ where, message, outcome });
    if (mending) fix();
  };
  const coerce: Coerce = (fix) => {
    if (mending) fix();
  };

  if (!isRecord(data)) {
    report('graph', `expected an object with "nodes" and "edges" lists, got ${kindOf(data)}`);
    return problems;
  }
  if (!('nodes' in data) && !('edges' in data)) {
    report('graph', 'has neither "nodes" nor "edges": this is not a graphology graph');
    return problems;
  }

  const options = data.options ?? {};
  let graphType = 'mixed';
  let multi = true;
  let allowSelfLoops = true;
  if (!isRecord(options)) {
    report('options', `expected an object, got ${kindOf(options)}`);
  } else {
    if (options.type !== undefined) {
      if (typeof options.type === 'string' && GRAPH_TYPES.includes(options.type)) graphType = options.type;
      else report('options', `type must be one of ${GRAPH_TYPES.join(', ')}, got ${kindOf(options.type)}`);
    }
    if (options.multi !== undefined) {
      if (typeof options.multi === 'boolean') multi = options.multi;
      else report('options', `multi must be true or false, got ${kindOf(options.multi)}`);
    }
    if (options.allowSelfLoops !== undefined) {
      if (typeof options.allowSelfLoops === 'boolean') allowSelfLoops = options.allowSelfLoops;
      else report('options', `allowSelfLoops must be true or false, got ${kindOf(options.allowSelfLoops)}`);
    }
  }

  const attributes = data.attributes ?? {};
  let sentences = new Map<string, string>();
  if (!isRecord(attributes)) report('graph', `attributes must be an object, got ${kindOf(attributes)}`);
  else {
    readTextFields(attributes, TEXT_FIELDS.graph, 'graph', mend, coerce);
    readVocabulary(attributes, mend, coerce);
    readHeadline(attributes, mend, coerce);
    if (attributes.source !== undefined && attributes.source !== null) sentences = validateSource(attributes as { source: unknown }, mend, coerce);
  }

  const nodes = data.nodes ?? [];
  const edges = data.edges ?? [];
  if (!Array.isArray(nodes)) report('graph', `"nodes" must be a list, got ${kindOf(nodes)}`);
  if (!Array.isArray(edges)) report('graph', `"edges" must be a list, got ${kindOf(edges)}`);
  if (!Array.isArray(nodes) || !Array.isArray(edges)) return problems;

  if (nodes.length > limits.maxNodes) {
    report('graph', `has ${nodes.length.toLocaleString('en')} nodes; the limit is ${limits.maxNodes.toLocaleString('en')}`);
  }
  if (edges.length > limits.maxEdges) {
    report('graph', `has ${edges.length.toLocaleString('en')} edges; the limit is ${limits.maxEdges.toLocaleString('en')}`);
  }
  if (problems.some((p) => p.message.includes('the limit is'))) return problems;

  const nodeIndex = new Map<string, number>();
  for (const [index, node] of (nodes as unknown[]).entries()) {
    if (index % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    if (!isRecord(node)) {
      report(place('node', index, undefined), `expected an object, got ${kindOf(node)}`);
      continue;
    }
    const where = place('node', index, node.key);
    if (node.key === undefined || node.key === null || node.key === '') {
      report(where, 'has no key');
      continue;
    }
    if (!isKey(node.key)) {
      report(where, `key must be a string or a number, got ${kindOf(node.key)}`);
      continue;
    }
    const key = String(node.key);
    if (INHERITED_NAMES.has(key)) report(where, `key "${key}" is a built-in JavaScript name that graphology cannot store safely; rename the node`);
    const first = nodeIndex.get(key);
    if (first !== undefined) report(where, `key "${key}" is already used by node ${first + 1}`);
    else nodeIndex.set(key, index);
    if (node.attributes !== undefined) validateNodeAttributes(node.attributes, where, sentences, report, mend, coerce);
  }

  const edgeKeys = new Map<string, number>();
  const pairs = new Set<string>();
  for (const [index, edge] of (edges as unknown[]).entries()) {
    if (index % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    if (!isRecord(edge)) {
      report(place('edge', index, undefined), `expected an object, got ${kindOf(edge)}`);
      continue;
    }
    const where = place('edge', index, edge.key);
    if (edge.key !== undefined && edge.key !== null) {
      if (!isKey(edge.key)) report(where, `key must be a string or a number, got ${kindOf(edge.key)}`);
      else {
        const first = edgeKeys.get(String(edge.key));
        if (first !== undefined) report(where, `key "${edge.key}" is already used by edge ${first + 1}`);
        else edgeKeys.set(String(edge.key), index);
      }
    }
    let ends = true;
    for (const end of ['source', 'target'] as const) {
      const value = edge[end];
      if (value === undefined || value === null || value === '') {
        report(where, `has no ${end}`);
        ends = false;
      } else if (!isKey(value)) {
        report(where, `${end} must be a node key (a string or a number), got ${kindOf(value)}`);
        ends = false;
      } else if (!nodeIndex.has(String(value))) {
        report(where, `${end} "${truncate(String(value), 60)}" is not a node`);
        ends = false;
      }
    }
    const undirected = edge.undirected ?? false;
    if (typeof undirected !== 'boolean') report(where, `undirected must be true or false, got ${kindOf(undirected)}`);
    else if (undirected && graphType === 'directed') report(where, 'is undirected, but the graph is directed (options.type)');
    else if (edge.undirected === false && graphType === 'undirected') {
      report(where, 'is directed (undirected: false), but the graph is undirected (options.type)');
    }
    if (ends) {
      const [source, target] = [String(edge.source), String(edge.target)];
      if (source === target && !allowSelfLoops) report(where, `is a self loop on "${source}", but options.allowSelfLoops is false`);
      const isUndirected = undirected === true || graphType === 'undirected';
      const pair = isUndirected ? `u:${[source, target].sort().join('\u0000')}` : `d:${source}\u0000${target}`;
      if (!multi && pairs.has(pair)) report(where, `repeats an edge from "${source}" to "${target}", but options.multi is false`);
      pairs.add(pair);
    }
    if (edge.attributes !== undefined) validateEdgeAttributes(edge.attributes, where, sentences, report, mend, coerce);
  }

  return problems;
}

function validateNodeAttributes(attributes: unknown, where: string, sentences: Map<string, string>, report: Report, mend: Mend, coerce: Coerce): void {
  if (!isRecord(attributes)) return report(where, `attributes must be an object, got ${kindOf(attributes)}`);
  readTextFields(attributes, TEXT_FIELDS.node, where, mend, coerce);
  for (const axis of ['x', 'y'] as const) {
    const value = attributes[axis];
    if (value !== undefined && value !== null && !(typeof value === 'number' && Number.isFinite(value))) {
      mend(where, `${axis} must be a finite number, got ${kindOf(value)}`, 'its position is ignored', () => {
        delete attributes.x;
        delete attributes.y;
      });
    }
  }
  const aliases = attributes.aliases;
  if (aliases !== undefined && aliases !== null && !(Array.isArray(aliases) && aliases.every((a) => typeof a === 'string'))) {
    mend(where, `aliases must be a list of strings, got ${kindOf(aliases)}`, 'only its strings are kept', () => {
      attributes.aliases = typeof aliases === 'string' ? [aliases] : Array.isArray(aliases) ? aliases.filter((a) => typeof a === 'string') : [];
    });
  }
  const cited = attributes.descriptionSentences;
  if (cited === undefined || cited === null) return;
  if (!Array.isArray(cited)) {
    return mend(where, `descriptionSentences must be a list of sentence ids, got ${kindOf(cited)}`, 'ignored', () => delete attributes.descriptionSentences);
  }
  const drop = (id: unknown) => () => (attributes.descriptionSentences = (attributes.descriptionSentences as unknown[]).filter((other) => other !== id));
  cited.forEach((id) => {
    if (typeof id !== 'string') mend(where, `descriptionSentences: a sentence id must be a string, got ${kindOf(id)}`, 'ignored', drop(id));
    else if (!sentences.has(id)) mend(where, `descriptionSentences: sentence "${truncate(id, 40)}" is not in the source text`, 'ignored', drop(id));
  });
}

function validateEdgeAttributes(attributes: unknown, where: string, sentences: Map<string, string>, report: Report, mend: Mend, coerce: Coerce): void {
  if (!isRecord(attributes)) return report(where, `attributes must be an object, got ${kindOf(attributes)}`);
  readTextFields(attributes, TEXT_FIELDS.edge, where, mend, coerce);
  const { certainty, evidence, via, attribution, qualifications } = attributes;
  if (certainty !== undefined && certainty !== null && !isCertainty(certainty)) {
    mend(where, `certainty must be one of ${CERTAINTIES.join(', ')}, got ${kindOf(certainty)}`, 'ignored', () => delete attributes.certainty);
  }
  if (attribution !== undefined && attribution !== null && typeof attribution !== 'string') {
    mend(where, `attribution must be an attribution key, got ${kindOf(attribution)}`, 'ignored', () => delete attributes.attribution);
  }
  if (via !== undefined && via !== null && typeof via !== 'string') mend(where, `via must be an attribution key, got ${kindOf(via)}`, 'ignored', () => delete attributes.via);
  if (qualifications !== undefined && qualifications !== null) validateQualifications(attributes, where, sentences, mend);
  if (evidence === undefined || evidence === null) return;
  if (!Array.isArray(evidence)) {
    if (typeof evidence === 'string' && evidence.trim() !== '') {
      return mend(where, `evidence must be a list, got ${kindOf(evidence)}`, 'read as a quote without a sentence', () => (attributes.evidence = [{ quote: evidence }]));
    }
    return mend(where, `evidence must be a list, got ${kindOf(evidence)}`, 'ignored', () => delete attributes.evidence);
  }
  // Entries are replaced after the list is gone through; one that cannot be read is left out.
  const replacements = new Map<unknown, unknown>();
  const replace = (item: unknown, by: unknown) => () => void replacements.set(item, by);
  evidence.forEach((item, i) => {
    const at = `evidence ${i + 1}`;
    if (typeof item === 'string' && item.trim() !== '') return mend(where, `${at} must be an object with "sentence" and "quote", got ${kindOf(item)}`, 'read as a quote without a sentence', replace(item, { quote: item }));
    if (!isRecord(item)) return mend(where, `${at} must be an object with "sentence" and "quote", got ${kindOf(item)}`, 'ignored', replace(item, undefined));
    if (typeof item.quote !== 'string' || item.quote === '') return mend(where, `${at} has no quote`, 'ignored', replace(item, undefined));
    if (item.primary !== undefined && typeof item.primary !== 'boolean') {
      mend(where, `${at}: primary must be true or false, got ${kindOf(item.primary)}`, 'ignored', () => delete item.primary);
    }
    if (item.sentence === undefined) return;
    const unlinked = () => delete item.sentence;
    if (typeof item.sentence !== 'string') return mend(where, `${at}: sentence must be a sentence id, got ${kindOf(item.sentence)}`, 'read as a quote without a sentence', unlinked);
    const text = sentences.get(item.sentence);
    if (text === undefined) return mend(where, `${at}: sentence "${truncate(item.sentence, 40)}" is not in the source text`, 'read as a quote without a sentence', unlinked);
    if (!text.includes(item.quote)) {
      mend(where, `${at}: the quote "${truncate(item.quote, 60)}" is not in sentence ${item.sentence}`, 'read as a quote without a sentence', unlinked);
    }
  });
  if (replacements.size > 0) {
    attributes.evidence = evidence.flatMap((item) => (!replacements.has(item) ? [item] : replacements.get(item) === undefined ? [] : [replacements.get(item)]));
  }
}

/** The headline: a list of edge keys; a number is read as its text, anything else is left out. */
function readHeadline(attributes: Record<string, unknown>, mend: Mend, coerce: Coerce): void {
  const headline = attributes.headline;
  if (headline === undefined || headline === null) return;
  if (!Array.isArray(headline)) return mend('graph', `headline must be a list of edge keys, got ${kindOf(headline)}`, 'ignored', () => delete attributes.headline);
  if (headline.some((key) => typeof key === 'number')) coerce(() => (attributes.headline = headline.map((key) => (typeof key === 'number' ? String(key) : key))));
  if (headline.some((key) => typeof key !== 'string' && typeof key !== 'number')) {
    mend('graph', 'headline must be a list of edge keys, and some are not text', 'those are ignored', () => (attributes.headline = (attributes.headline as unknown[]).filter((key) => typeof key === 'string')));
  }
}

function isCertainty(value: unknown): boolean {
  return CERTAINTIES.includes(value as never);
}

/** Each qualification names a part of the claim and its hedge in the article's words, in the sentence it cites. */
function validateQualifications(attributes: Record<string, unknown>, where: string, sentences: Map<string, string>, mend: Mend): void {
  const qualifications = attributes.qualifications;
  if (!Array.isArray(qualifications)) return mend(where, `qualifications must be a list, got ${kindOf(qualifications)}`, 'ignored', () => delete attributes.qualifications);
  const dropped = new Set<unknown>();
  const drop = (item: unknown) => () => {
    dropped.add(item);
    attributes.qualifications = qualifications.filter((other) => !dropped.has(other));
  };
  qualifications.forEach((item, i) => {
    const at = `qualification ${i + 1}`;
    if (!isRecord(item)) return mend(where, `${at} must be an object with "part", "certainty", "hedge" and "sentence", got ${kindOf(item)}`, 'ignored', drop(item));
    if (!isCertainty(item.certainty)) mend(where, `${at}: certainty must be one of ${CERTAINTIES.join(', ')}, got ${kindOf(item.certainty)}`, 'the doubt is ignored', drop(item));
    const text = typeof item.sentence === 'string' ? sentences.get(item.sentence) : undefined;
    if (typeof item.sentence !== 'string') mend(where, `${at}: sentence must be a sentence id, got ${kindOf(item.sentence)}`, 'the doubt is ignored', drop(item));
    else if (text === undefined) mend(where, `${at}: sentence "${truncate(item.sentence, 40)}" is not in the source text`, 'the doubt is ignored', drop(item));
    for (const field of ['part', 'hedge'] as const) {
      const words = item[field];
      if (typeof words !== 'string' || words === '') mend(where, `${at} has no ${field}`, 'the doubt is ignored', drop(item));
      else if (text !== undefined && !text.includes(words)) {
        mend(where, `${at}: the ${field} "${truncate(words, 60)}" is not in sentence ${String(item.sentence)}`, 'the doubt is ignored', drop(item));
      }
    }
  });
}

/** Checks the source text (`attributes.source`) and returns its sentences by id; what cannot be read is left out. */
function validateSource(attributes: { source: unknown }, mend: Mend, coerce: Coerce): Map<string, string> {
  const sentences = new Map<string, string>();
  const source = attributes.source;
  const withoutSource = () => delete (attributes as { source?: unknown }).source;
  if (!isRecord(source)) {
    mend('source', `expected an object with "title" and "paragraphs", got ${kindOf(source)}`, 'the article text is ignored', withoutSource);
    return sentences;
  }
  readTextFields(source, TEXT_FIELDS.source, 'source', mend, coerce);
  const { title, paragraphs } = source as Partial<SourceText> & Record<string, unknown>;
  if (typeof title === 'number' || typeof title === 'boolean') coerce(() => (source.title = String(title)));
  else if (typeof title !== 'string') mend('source', `title must be a string, got ${kindOf(title)}`, 'the article has no title', () => (source.title = ''));
  if (!Array.isArray(paragraphs)) {
    mend('source', `paragraphs must be a list, got ${kindOf(paragraphs)}`, 'the article text is ignored', withoutSource);
    return sentences;
  }
  const paragraphIds = new Set<string>();
  const droppedParagraphs = new Set<unknown>();
  const dropParagraph = (paragraph: unknown) => () => {
    droppedParagraphs.add(paragraph);
    source.paragraphs = paragraphs.filter((other) => !droppedParagraphs.has(other));
  };
  paragraphs.forEach((paragraph: unknown, p) => {
    const where = `source paragraph ${p + 1}`;
    if (!isRecord(paragraph) || typeof paragraph.id !== 'string' || !Array.isArray(paragraph.sentences)) {
      return mend(where, 'expected an object with an "id" and a "sentences" list', 'ignored', dropParagraph(paragraph));
    }
    if (paragraphIds.has(paragraph.id)) return mend(where, `id "${paragraph.id}" is used twice`, 'the second is ignored', dropParagraph(paragraph));
    paragraphIds.add(paragraph.id);
    const all = paragraph.sentences as unknown[];
    const droppedSentences = new Set<unknown>();
    const dropSentence = (sentence: unknown) => () => {
      droppedSentences.add(sentence);
      paragraph.sentences = all.filter((other) => !droppedSentences.has(other));
    };
    all.forEach((sentence: unknown, i) => {
      if (!isRecord(sentence) || typeof sentence.id !== 'string' || typeof sentence.text !== 'string') {
        return mend(`${where}, sentence ${i + 1}`, 'expected an object with a string "id" and "text"', 'ignored', dropSentence(sentence));
      }
      if (sentences.has(sentence.id)) return mend(`${where}, sentence ${i + 1}`, `id "${sentence.id}" is used twice`, 'the second is ignored', dropSentence(sentence));
      sentences.set(sentence.id, sentence.text);
    });
  });
  return sentences;
}
