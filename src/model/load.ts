/**
 * Loading a graph from whatever a user has: a URL, a file's text (graphology JSON, GEXF, GraphML or
 * a CSV edge list, see formats/index.ts), a plain object in graphology's serialization format, a CSV
 * edge list and node table, or a graphology `Graph`. Every refusal is a `GraphLoadError` that lists
 * each problem with its place; optional article fields in an unexpected shape do not refuse the
 * graph, they are read as well as they can be and listed as warnings (`readGraph`).
 */
import Graph from 'graphology';
import { IMPORT_FORMATS, formatOf, isHtml, readJson, type ImportFormat } from './formats/index';
import { GraphLoadError, refusal } from './load-error';
import type { Problem } from './problem';
import type { ArticleGraph, GraphData, SerializedArticleGraph } from './types';
import { PAUSE_EVERY, runAtOnce, runInSlices } from './slices';
import { DEFAULT_LIMITS, reading, type ValidationLimits } from './validate';

export { GraphLoadError };
export type { ImportFormat };

/** A CSV edge list and, optionally, its node table, as text. */
export interface CsvTables {
  edges: string;
  nodes?: string;
}

export type GraphInput = string | URL | GraphData | SerializedArticleGraph | ArticleGraph | Graph | CsvTables;

/** A graph as read: what it was read from, and what of it was ignored. */
export interface LoadedGraph {
  graph: ArticleGraph;
  /** The format of the text it was read from; `graphology` for an object or a `Graph`. */
  format: ImportFormat | 'graphology';
  /** Optional fields that were read as well as they could be, or left out, each with its place. */
  warnings: Problem[];
}

export interface LoadOptions extends Partial<ValidationLimits> {
  /** Cancels a pending fetch, e.g. when `src` changes again. */
  signal?: AbortSignal;
  /** Give up on a URL that has not answered after this many milliseconds. */
  timeout?: number;
  /** Resolves relative URLs. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

export const LOAD_DEFAULTS = { timeout: 15_000 };

/** What a loader accepts as a request for a file, besides the URL: every format's media types. */
const ACCEPT = [...new Set(Object.values(IMPORT_FORMATS).flatMap((descriptor) => descriptor.mimeTypes))].join(', ') + ', */*;q=0.5';

function isGraph(value: unknown): value is Graph {
  // Structural check: a Graph from another copy of graphology is still a graph.
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Graph).export === 'function' &&
    typeof (value as Graph).forEachNode === 'function'
  );
}

function isCsvTables(value: unknown): value is CsvTables {
  return typeof value === 'object' && value !== null && typeof (value as CsvTables).edges === 'string' && ['string', 'undefined'].includes(typeof (value as CsvTables).nodes);
}

/** True when a string is a file's text rather than a URL: it opens like JSON or XML, has more than one line, or is blank (never the page's own address). */
function isContent(text: string): boolean {
  return /^\uFEFF?\s*[{[<]/.test(text) || text.trim().includes('\n') || text.trim() === '' || text.trim() === '\uFEFF';
}

/** Loads any accepted input; URLs are fetched, everything else is read at once. */
export async function loadGraph(input: GraphInput, options: LoadOptions = {}): Promise<ArticleGraph> {
  return (await readGraph(input, options)).graph;
}

/**
 * Loads any accepted input, and says what it was read from and what was ignored in it. A URL may
 * carry a CSV node table beside its edge list: `links.csv#nodes=points.csv` (relative to the list).
 */
export async function readGraph(input: GraphInput, options: LoadOptions = {}): Promise<LoadedGraph> {
  if (input instanceof URL || (typeof input === 'string' && !isContent(input))) {
    const file = await fetchFile(String(input), options);
    const companion = file.nodesUrl === undefined ? undefined : (await fetchFile(file.nodesUrl, options)).text;
    return readText(file.text, { name: file.url.pathname, contentType: file.contentType }, options, companion);
  }
  if (typeof input === 'string') return readText(input, {}, options);
  if (isCsvTables(input)) return readText(input.edges, { name: 'edges.csv' }, options, input.nodes);
  if (isGraph(input)) {
    // A live Graph is re-validated through its serialization: it may have been built by hand.
    return buildInSlices(input.export(), [], 'graphology', options);
  }
  return buildInSlices(input, [], 'graphology', options);
}

/** Reads a file's text in the format its name, media type or content says. */
async function readText(text: string, facts: { name?: string; contentType?: string }, limits: Partial<ValidationLimits>, nodes?: string): Promise<LoadedGraph> {
  const format = formatFor(text, facts);
  const reader = await IMPORT_FORMATS[format].load();
  const { data, warnings } = reader(text, nodes);
  return buildInSlices(data, warnings, format, limits);
}

/** The format of a text, or a refusal saying why none fits. */
function formatFor(text: string, facts: { name?: string; contentType?: string } = {}): ImportFormat {
  if (text.trim() === '' || text.trim() === '\uFEFF') throw new GraphLoadError('The graph is empty text, not JSON');
  if (isHtml(text) || /^text\/html/i.test(facts.contentType ?? '')) throw new GraphLoadError('Expected a graph but got HTML (is the URL right?)');
  // Text in no known shape is most often broken JSON: JSON.parse says what is wrong with it.
  return formatOf({ ...facts, text }) ?? (readJson(text), 'json');
}

/**
 * Reads graphology JSON, a serialized graph or a `Graph` without touching the network. The other
 * formats' readers are loaded on demand: read their text with `loadGraph` or `readGraph`.
 */
export function parseGraph(input: unknown, limits: Partial<ValidationLimits> = {}): ArticleGraph {
  if (isGraph(input)) return build(input.export(), [], 'graphology', limits).graph;
  if (typeof input === 'string') {
    const format = formatFor(input);
    if (format !== 'json') throw new GraphLoadError(`This is ${IMPORT_FORMATS[format].label}, not JSON: read it with loadGraph(), which loads its reader`);
    return build(readJson(input).data, [], 'json', limits).graph;
  }
  return build(input, [], 'graphology', limits).graph;
}

/** Validates a serialization, mends its optional fields and builds the graph; refuses on a problem of its structure. */
function build(data: unknown, warnings: Problem[], format: LoadedGraph['format'], limits: Partial<ValidationLimits>): LoadedGraph {
  return runAtOnce(building(data, warnings, format, limits));
}

/** `build`, a slice per task: a large graph is read without holding the page for its whole length. */
function buildInSlices(data: unknown, warnings: Problem[], format: LoadedGraph['format'], limits: Partial<ValidationLimits>): Promise<LoadedGraph> {
  return runInSlices(building(data, warnings, format, limits));
}

/** A deep copy of `value`, refused with a sentence when it holds what cannot be copied (functions, DOM nodes). */
function copyOf<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch (error) {
    throw new GraphLoadError(`The graph cannot be copied (${(error as Error).message})`);
  }
}

/** A copy of a serialization, its node and edge lists copied a part at a time. */
function* copying(data: unknown): Generator<void, unknown> {
  if (!data || typeof data !== 'object' || !Array.isArray((data as GraphData).nodes) || !Array.isArray((data as GraphData).edges)) return copyOf(data);
  const { nodes, edges, ...rest } = data as { nodes: unknown[]; edges: unknown[] };
  const copy = { ...copyOf(rest), nodes: [] as unknown[], edges: [] as unknown[] };
  for (const [list, into] of [
    [nodes, copy.nodes],
    [edges, copy.edges],
  ] as const) {
    for (let start = 0; start < list.length; start += PAUSE_EVERY) {
      into.push(...copyOf(list.slice(start, start + PAUSE_EVERY)));
      yield;
    }
  }
  return copy;
}

function* building(data: unknown, warnings: Problem[], format: LoadedGraph['format'], limits: Partial<ValidationLimits>): Generator<void, LoadedGraph> {
  // A copy: the graph must not share attribute objects with the caller's data, and mending changes it.
  const copy = yield* copying(data);
  const read = yield* reading(copy, { ...DEFAULT_LIMITS, ...limits });
  if (read.problems.length > 0) throw refusal('The graph', read.problems);
  const serialized = copy as SerializedArticleGraph;
  const graph: ArticleGraph = new Graph({
    type: serialized.options?.type ?? 'mixed',
    multi: serialized.options?.multi ?? true,
    allowSelfLoops: serialized.options?.allowSelfLoops ?? true,
  });
  // The validator reads a null edge key as "no key"; graphology would make it the key "null".
  for (const edge of serialized.edges ?? []) if (edge.key === null) delete edge.key;
  const { nodes = [], edges = [] } = serialized;
  try {
    if (serialized.attributes) graph.import({ attributes: serialized.attributes });
    for (const [list, group] of [
      [nodes, 'nodes'],
      [edges, 'edges'],
    ] as const) {
      for (let start = 0; start < list.length; start += PAUSE_EVERY) {
        graph.import({ [group]: list.slice(start, start + PAUSE_EVERY) });
        yield;
      }
    }
  } catch (error) {
    // Validation should have caught it; if graphology still refuses, say what it said.
    throw new GraphLoadError(`The graph could not be built (${(error as Error).message})`);
  }
  return { graph, format, warnings: [...warnings, ...read.warnings] };
}

interface FetchedFile {
  url: URL;
  text: string;
  contentType: string;
  /** The node table named in the URL's fragment (`#nodes=points.csv`), resolved against the URL. */
  nodesUrl?: string;
}

async function fetchFile(url: string, options: LoadOptions): Promise<FetchedFile> {
  const { timeout = LOAD_DEFAULTS.timeout, signal, baseUrl } = options;
  const doFetch = options.fetch ?? globalThis.fetch;
  let resolved: URL;
  try {
    resolved = new URL(url, baseUrl ?? globalThis.location?.href);
  } catch {
    throw new GraphLoadError(`"${url}" is neither a graph nor a URL`);
  }
  const nodes = new URLSearchParams(resolved.hash.slice(1)).get('nodes');
  const nodesUrl = nodes ? new URL(nodes, resolved).href : undefined;
  const timer = AbortSignal.timeout(timeout);
  const combined = signal ? AbortSignal.any([signal, timer]) : timer;
  let response: Response;
  try {
    response = await doFetch(resolved, { signal: combined, headers: { accept: ACCEPT } });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timer.aborted) throw new GraphLoadError(`${resolved.href} did not answer within ${timeout / 1000} s`);
    throw new GraphLoadError(`Could not fetch ${resolved.href} (${(error as Error).message})`);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new GraphLoadError(`Could not load ${resolved.href}: the server answered ${status}`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GraphLoadError(`Could not read ${resolved.href} (${(error as Error).message})`);
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (/^text\/html/i.test(contentType) || isHtml(text)) throw new GraphLoadError(`${resolved.href} returned HTML, not a graph`);
  return { url: resolved, text, contentType, ...(nodesUrl ? { nodesUrl } : {}) };
}
