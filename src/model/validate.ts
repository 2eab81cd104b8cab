/**
 * Validation of a serialized graph, before graphology sees it.
 *
 * Returns every problem with its place ('edge 3 ("e3"): target "ghost" is not a node'), not only the
 * first, so that a person fixing a hand-edited file can fix it in one pass. Positions are counted
 * from 1 and the key, when there is one, follows in brackets.
 */
import { CERTAINTIES, type SourceText } from './types';

export interface Problem {
  /** Where: 'graph', 'options', 'node 2 ("assad")', 'edge 3 ("e3")'. */
  where: string;
  message: string;
}

export interface ValidationLimits {
  /** Refuse graphs with more nodes than this. */
  maxNodes: number;
  /** Refuse graphs with more edges than this. */
  maxEdges: number;
}

export const DEFAULT_LIMITS: ValidationLimits = { maxNodes: 100_000, maxEdges: 400_000 };

export function describeProblem(problem: Problem): string {
  return `${problem.where}: ${problem.message}`;
}

/** A short name for the kind of a JSON value, for messages. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `a string ("${truncate(value, 40)}")`;
  return `${typeof value === 'number' ? 'a number' : typeof value} (${String(value)})`;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
  const problems: Problem[] = [];
  const report = (where: string, message: string) => problems.push({ where, message });

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
  else if (attributes.source !== undefined && attributes.source !== null) {
    sentences = validateSource(attributes.source, report);
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
  nodes.forEach((node, index) => {
    if (!isRecord(node)) return report(place('node', index, undefined), `expected an object, got ${kindOf(node)}`);
    const where = place('node', index, node.key);
    if (node.key === undefined || node.key === null || node.key === '') return report(where, 'has no key');
    if (!isKey(node.key)) return report(where, `key must be a string or a number, got ${kindOf(node.key)}`);
    const key = String(node.key);
    if (INHERITED_NAMES.has(key)) report(where, `key "${key}" is a built-in JavaScript name that graphology cannot store safely; rename the node`);
    const first = nodeIndex.get(key);
    if (first !== undefined) report(where, `key "${key}" is already used by node ${first + 1}`);
    else nodeIndex.set(key, index);
    if (node.attributes !== undefined) validateNodeAttributes(node.attributes, where, sentences, report);
  });

  const edgeKeys = new Map<string, number>();
  const pairs = new Set<string>();
  edges.forEach((edge, index) => {
    if (!isRecord(edge)) return report(place('edge', index, undefined), `expected an object, got ${kindOf(edge)}`);
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
    if (edge.attributes !== undefined) validateEdgeAttributes(edge.attributes, where, sentences, report);
  });

  return problems;
}

type Report = (where: string, message: string) => void;

function validateNodeAttributes(attributes: unknown, where: string, sentences: Map<string, string>, report: Report): void {
  if (!isRecord(attributes)) return report(where, `attributes must be an object, got ${kindOf(attributes)}`);
  for (const axis of ['x', 'y'] as const) {
    const value = attributes[axis];
    if (value !== undefined && value !== null && !(typeof value === 'number' && Number.isFinite(value))) {
      report(where, `${axis} must be a finite number, got ${kindOf(value)}`);
    }
  }
  const aliases = attributes.aliases;
  if (aliases !== undefined && aliases !== null && !(Array.isArray(aliases) && aliases.every((a) => typeof a === 'string'))) {
    report(where, `aliases must be a list of strings, got ${kindOf(aliases)}`);
  }
  const cited = attributes.descriptionSentences;
  if (cited === undefined || cited === null) return;
  if (!Array.isArray(cited)) return report(where, `descriptionSentences must be a list of sentence ids, got ${kindOf(cited)}`);
  cited.forEach((id) => {
    if (typeof id !== 'string') report(where, `descriptionSentences: a sentence id must be a string, got ${kindOf(id)}`);
    else if (!sentences.has(id)) report(where, `descriptionSentences: sentence "${truncate(id, 40)}" is not in the source text`);
  });
}

function validateEdgeAttributes(attributes: unknown, where: string, sentences: Map<string, string>, report: Report): void {
  if (!isRecord(attributes)) return report(where, `attributes must be an object, got ${kindOf(attributes)}`);
  const { certainty, evidence, via, qualifications } = attributes;
  if (certainty !== undefined && certainty !== null && !isCertainty(certainty)) {
    report(where, `certainty must be one of ${CERTAINTIES.join(', ')}, got ${kindOf(certainty)}`);
  }
  if (via !== undefined && via !== null && typeof via !== 'string') report(where, `via must be an attribution key, got ${kindOf(via)}`);
  if (qualifications !== undefined && qualifications !== null) validateQualifications(qualifications, where, sentences, report);
  if (evidence === undefined || evidence === null) return;
  if (!Array.isArray(evidence)) return report(where, `evidence must be a list, got ${kindOf(evidence)}`);
  evidence.forEach((item, i) => {
    const at = `evidence ${i + 1}`;
    if (!isRecord(item)) return report(where, `${at} must be an object with "sentence" and "quote", got ${kindOf(item)}`);
    if (typeof item.quote !== 'string' || item.quote === '') report(where, `${at} has no quote`);
    if (item.primary !== undefined && typeof item.primary !== 'boolean') report(where, `${at}: primary must be true or false, got ${kindOf(item.primary)}`);
    if (item.sentence === undefined) return;
    if (typeof item.sentence !== 'string') return report(where, `${at}: sentence must be a sentence id, got ${kindOf(item.sentence)}`);
    const text = sentences.get(item.sentence);
    if (text === undefined) return report(where, `${at}: sentence "${truncate(item.sentence, 40)}" is not in the source text`);
    if (typeof item.quote === 'string' && item.quote !== '' && !text.includes(item.quote)) {
      report(where, `${at}: the quote "${truncate(item.quote, 60)}" is not in sentence ${item.sentence}`);
    }
  });
}

function isCertainty(value: unknown): boolean {
  return CERTAINTIES.includes(value as never);
}

/** Each qualification names a part of the claim and its hedge in the article's words, in the sentence it cites. */
function validateQualifications(qualifications: unknown, where: string, sentences: Map<string, string>, report: Report): void {
  if (!Array.isArray(qualifications)) return report(where, `qualifications must be a list, got ${kindOf(qualifications)}`);
  qualifications.forEach((item, i) => {
    const at = `qualification ${i + 1}`;
    if (!isRecord(item)) return report(where, `${at} must be an object with "part", "certainty", "hedge" and "sentence", got ${kindOf(item)}`);
    if (!isCertainty(item.certainty)) report(where, `${at}: certainty must be one of ${CERTAINTIES.join(', ')}, got ${kindOf(item.certainty)}`);
    const text = typeof item.sentence === 'string' ? sentences.get(item.sentence) : undefined;
    if (typeof item.sentence !== 'string') report(where, `${at}: sentence must be a sentence id, got ${kindOf(item.sentence)}`);
    else if (text === undefined) report(where, `${at}: sentence "${truncate(item.sentence, 40)}" is not in the source text`);
    for (const field of ['part', 'hedge'] as const) {
      const words = item[field];
      if (typeof words !== 'string' || words === '') report(where, `${at} has no ${field}`);
      else if (text !== undefined && !text.includes(words)) {
        report(where, `${at}: the ${field} "${truncate(words, 60)}" is not in sentence ${String(item.sentence)}`);
      }
    }
  });
}

/** Checks the source text and returns its sentences by id. */
function validateSource(source: unknown, report: Report): Map<string, string> {
  const sentences = new Map<string, string>();
  if (!isRecord(source)) {
    report('source', `expected an object with "title" and "paragraphs", got ${kindOf(source)}`);
    return sentences;
  }
  const { title, paragraphs } = source as Partial<SourceText> & Record<string, unknown>;
  if (typeof title !== 'string') report('source', `title must be a string, got ${kindOf(title)}`);
  if (!Array.isArray(paragraphs)) {
    report('source', `paragraphs must be a list, got ${kindOf(paragraphs)}`);
    return sentences;
  }
  const paragraphIds = new Set<string>();
  paragraphs.forEach((paragraph: unknown, p) => {
    const where = `source paragraph ${p + 1}`;
    if (!isRecord(paragraph) || typeof paragraph.id !== 'string' || !Array.isArray(paragraph.sentences)) {
      return report(where, 'expected an object with an "id" and a "sentences" list');
    }
    if (paragraphIds.has(paragraph.id)) report(where, `id "${paragraph.id}" is used twice`);
    paragraphIds.add(paragraph.id);
    paragraph.sentences.forEach((sentence: unknown, s) => {
      if (!isRecord(sentence) || typeof sentence.id !== 'string' || typeof sentence.text !== 'string') {
        return report(`${where}, sentence ${s + 1}`, 'expected an object with a string "id" and "text"');
      }
      if (sentences.has(sentence.id)) report(`${where}, sentence ${s + 1}`, `id "${sentence.id}" is used twice`);
      sentences.set(sentence.id, sentence.text);
    });
  });
  return sentences;
}
