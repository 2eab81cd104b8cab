/**
 * Loading a graph from whatever a user has: a URL, a JSON string, a plain object in graphology's
 * serialization format, or a graphology `Graph`. Every refusal is a `GraphLoadError` that lists
 * each problem with its place.
 */
import Graph from 'graphology';
import type { ArticleGraph, GraphData, SerializedArticleGraph } from './types';
import { DEFAULT_LIMITS, describeProblem, validateSerializedGraph, type Problem, type ValidationLimits } from './validate';

export type GraphInput = string | URL | GraphData | SerializedArticleGraph | ArticleGraph | Graph;

export class GraphLoadError extends Error {
  readonly problems: Problem[];

  constructor(message: string, problems: Problem[] = []) {
    super(problems.length > 0 ? `${message}: ${summarise(problems)}` : message);
    this.name = 'GraphLoadError';
    this.problems = problems;
  }
}

function summarise(problems: Problem[]): string {
  const shown = problems.slice(0, 3).map(describeProblem).join('; ');
  return problems.length > 3 ? `${shown}; and ${problems.length - 3} more` : shown;
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

function isGraph(value: unknown): value is Graph {
  // Structural check: a Graph from another copy of graphology is still a graph.
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Graph).export === 'function' &&
    typeof (value as Graph).forEachNode === 'function'
  );
}

/** True when a string is JSON text rather than a URL. */
function looksLikeJson(text: string): boolean {
  const first = text.trimStart()[0];
  return first === '{' || first === '[';
}

/** Loads any accepted input; URLs are fetched, everything else is parsed at once. */
export async function loadGraph(input: GraphInput, options: LoadOptions = {}): Promise<ArticleGraph> {
  if (input instanceof URL || (typeof input === 'string' && !looksLikeJson(input))) {
    const text = await fetchText(String(input), options);
    return parseGraph(text, options);
  }
  return parseGraph(input, options);
}

/** Parses a JSON string, a serialized graph or a `Graph` without touching the network. */
export function parseGraph(input: unknown, limits: Partial<ValidationLimits> = {}): ArticleGraph {
  if (isGraph(input)) {
    // A live Graph is re-validated through its serialization: it may have been built by hand.
    return fromSerialized(input.export() as SerializedArticleGraph, limits);
  }
  let data = input;
  if (typeof input === 'string') {
    const text = input.trim();
    if (text === '') throw new GraphLoadError('The graph is empty text, not JSON');
    if (text.startsWith('<')) throw new GraphLoadError('Expected JSON but got HTML (is the URL right?)');
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new GraphLoadError(`The graph is not valid JSON (${(error as Error).message})`);
    }
  }
  return fromSerialized(data, limits);
}

function fromSerialized(data: unknown, limits: Partial<ValidationLimits>): ArticleGraph {
  const problems = validateSerializedGraph(data, { ...DEFAULT_LIMITS, ...limits });
  if (problems.length > 0) {
    const noun = problems.length === 1 ? 'problem' : 'problems';
    throw new GraphLoadError(`The graph has ${problems.length} ${noun}`, problems);
  }
  const serialized = data as SerializedArticleGraph;
  const graph: ArticleGraph = new Graph({
    type: serialized.options?.type ?? 'mixed',
    multi: serialized.options?.multi ?? true,
    allowSelfLoops: serialized.options?.allowSelfLoops ?? true,
  });
  try {
    // A copy: the graph must not share attribute objects with the caller's data.
    const copy = structuredClone(serialized);
    // The validator reads a null edge key as "no key"; graphology would make it the key "null".
    for (const edge of copy.edges ?? []) if (edge.key === null) delete edge.key;
    graph.import(copy);
  } catch (error) {
    // Validation should have caught it; if graphology still refuses, say what it said.
    throw new GraphLoadError(`The graph could not be built (${(error as Error).message})`);
  }
  return graph;
}

async function fetchText(url: string, options: LoadOptions): Promise<string> {
  const { timeout = LOAD_DEFAULTS.timeout, signal, baseUrl } = options;
  const doFetch = options.fetch ?? globalThis.fetch;
  let resolved: URL;
  try {
    resolved = new URL(url, baseUrl ?? globalThis.location?.href);
  } catch {
    throw new GraphLoadError(`"${url}" is neither JSON nor a URL`);
  }
  const timer = AbortSignal.timeout(timeout);
  const combined = signal ? AbortSignal.any([signal, timer]) : timer;
  let response: Response;
  try {
    response = await doFetch(resolved, { signal: combined, headers: { accept: 'application/json' } });
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
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('text/html') || text.trimStart().startsWith('<')) {
    throw new GraphLoadError(`${resolved.href} returned HTML, not a JSON graph`);
  }
  return text;
}
