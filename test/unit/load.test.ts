import Graph from 'graphology';
import { describe, expect, test, vi } from 'vitest';
import { GraphLoadError, loadGraph, parseGraph, readGraph, type SerializedArticleGraph } from '../../src/model';
import { fixtureData, fixtureText } from './fixtures';

const URL_OF_GRAPH = 'https://example.org/data/graph.json';

const tinyGraph: SerializedArticleGraph = {
  options: { type: 'mixed', multi: true, allowSelfLoops: true },
  attributes: { title: 'Tiny' },
  nodes: [
    { key: 'a', attributes: { label: 'Alpha', aliases: ['A'] } },
    { key: 'b', attributes: { label: 'Beta' } },
  ],
  edges: [{ key: 'e1', source: 'a', target: 'b', attributes: { relation: 'supplies' } }],
};

/** A fetch that answers every request with the response `respond` makes, and records the URLs asked for. */
function fakeFetch(respond: () => Response) {
  return vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => respond());
}

function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });
}

/** A fetch that never answers; it rejects only when its signal aborts, as a real fetch does. */
const hangingFetch = (_input: RequestInfo | URL, init?: RequestInit) =>
  new Promise<Response>((_, reject) => {
    const signal = init?.signal;
    if (signal?.aborted) return reject(signal.reason);
    signal?.addEventListener('abort', () => reject(signal.reason));
  });

/** The error a promise or a function throws, for assertions on its fields. */
async function errorOf(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, but none was thrown');
}

async function loadErrorOf(run: () => unknown): Promise<GraphLoadError> {
  const error = await errorOf(run);
  expect(error).toBeInstanceOf(GraphLoadError);
  return error as GraphLoadError;
}

describe('parseGraph: accepted inputs', () => {
  test('a JSON string', () => {
    const graph = parseGraph(JSON.stringify(tinyGraph));
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
    expect(graph.getNodeAttributes('a')).toEqual({ label: 'Alpha', aliases: ['A'] });
    expect(graph.getEdgeAttribute('e1', 'relation')).toBe('supplies');
    expect(graph.getAttribute('title')).toBe('Tiny');
  });

  test('JSON text with surrounding white space', () => {
    expect(parseGraph(`\n  ${JSON.stringify(tinyGraph)}\n`).order).toBe(2);
  });

  test('a plain object, with graphology defaults: mixed, multi, self loops allowed', () => {
    const graph = parseGraph({ nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ key: 'e1', source: 'a', target: 'b' }] });
    expect(graph.type).toBe('mixed');
    expect(graph.multi).toBe(true);
    expect(graph.allowSelfLoops).toBe(true);
    expect(graph.extremities('e1')).toEqual(['a', 'b']);
    expect(graph.getEdgeAttributes('e1')).toEqual({});
  });

  test('the options of the data are kept', () => {
    const graph = parseGraph({ options: { type: 'directed', multi: false, allowSelfLoops: false }, nodes: [], edges: [] });
    expect([graph.type, graph.multi, graph.allowSelfLoops]).toEqual(['directed', false, false]);
  });

  test('an undirected graph whose edges do not say they are undirected', () => {
    const graph = parseGraph({ options: { type: 'undirected' }, nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ key: 'e1', source: 'a', target: 'b' }] });
    expect(graph.type).toBe('undirected');
    expect(graph.isUndirected('e1')).toBe(true);
  });

  test('numeric keys become strings', () => {
    const graph = parseGraph({ nodes: [{ key: 1 }, { key: 2 }], edges: [{ key: 10, source: 1, target: '2' }] } as unknown as SerializedArticleGraph);
    expect(graph.nodes()).toEqual(['1', '2']);
    expect(graph.edges()).toEqual(['10']);
    expect(graph.extremities('10')).toEqual(['1', '2']);
  });

  test('edges without keys, or with a null key, get generated keys', () => {
    const data = { nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ source: 'a', target: 'b' }, { key: null, source: 'b', target: 'a' }, { key: null, source: 'a', target: 'b' }] };
    const graph = parseGraph(data);
    expect(graph.size).toBe(3);
    expect(graph.hasEdge('null')).toBe(false);
  });

  test('the small-article fixture, read from its file', () => {
    const graph = parseGraph(fixtureText('small-article.json'));
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(4);
    expect(graph.getAttribute('source')?.paragraphs.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(graph.getAttribute('vocabulary')?.relations?.supplies?.label).toBe('supplies');
    expect(graph.getEdgeAttribute('e2', 'evidence')).toEqual([
      { sentence: 'p2s1', quote: 'Norland denies supplying the rebels' },
      { sentence: 'p1s2', quote: 'the rebels receive rifles from Norland' },
    ]);
  });

  test('the loaded graph does not share attribute objects with a plain object', () => {
    const data = fixtureData('small-article.json') as SerializedArticleGraph;
    const graph = parseGraph(data);
    graph.getNodeAttribute('rebels', 'aliases')?.push('the insurgents');
    graph.getEdgeAttribute('e1', 'evidence')![0].quote = 'changed';
    graph.getAttribute('source')!.paragraphs.pop();
    expect(data.nodes[0].attributes?.aliases).toEqual(['the rebels']);
    expect(data.edges[0].attributes?.evidence?.[0].quote).toBe('Northern rebels crossed the Lira river');
    expect(data.attributes?.source?.paragraphs).toHaveLength(2);

    data.nodes[0].attributes!.label = 'Changed in the input';
    expect(graph.getNodeAttribute('rebels', 'label')).toBe('Northern rebels');
  });
});

describe('parseGraph: a graphology Graph', () => {
  function mixedGraph(): Graph {
    const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
    graph.setAttribute('title', 'Built by hand');
    graph.addNode('a', { label: 'Alpha', aliases: ['A', 'The first'] });
    graph.addNode('b', { label: 'Beta' });
    graph.addNode('c');
    graph.addDirectedEdgeWithKey('e1', 'a', 'b', { relation: 'supplies', evidence: [{ sentence: 'p1s1', quote: 'x' }] });
    graph.addDirectedEdgeWithKey('e2', 'a', 'b', { relation: 'supplies' });
    graph.addUndirectedEdgeWithKey('u1', 'b', 'c', { relation: 'allied-with' });
    graph.addDirectedEdgeWithKey('loop', 'c', 'c');
    graph.addEdge('c', 'a');
    return graph;
  }

  test('undirected edges, parallel edges, self loops and attributes survive', () => {
    const input = mixedGraph();
    input.setAttribute('source', { title: 'T', paragraphs: [{ id: 'p1', sentences: [{ id: 'p1s1', text: 'x y' }] }] });
    const graph = parseGraph(input);
    expect([graph.type, graph.multi, graph.allowSelfLoops]).toEqual(['mixed', true, true]);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(5);
    expect(graph.edges('a', 'b').sort()).toEqual(['e1', 'e2']);
    expect(graph.isUndirected('u1')).toBe(true);
    expect(graph.isDirected('e1')).toBe(true);
    expect(graph.selfLoopCount).toBe(1);
    expect(graph.extremities('loop')).toEqual(['c', 'c']);
    expect(graph.getAttribute('title')).toBe('Built by hand');
    expect(graph.getNodeAttributes('a')).toEqual({ label: 'Alpha', aliases: ['A', 'The first'] });
    expect(graph.getEdgeAttributes('u1')).toEqual({ relation: 'allied-with' });
    expect(graph.getEdgeAttribute('e1', 'evidence')).toEqual([{ sentence: 'p1s1', quote: 'x' }]);
    expect(graph).not.toBe(input);
  });

  test('the loaded graph does not share attribute objects with the input graph', () => {
    const input = mixedGraph();
    input.setAttribute('source', { title: 'T', paragraphs: [{ id: 'p1', sentences: [{ id: 'p1s1', text: 'x y' }] }] });
    const graph = parseGraph(input);

    input.getNodeAttribute('a', 'aliases').push('Added to the input');
    input.setNodeAttribute('b', 'label', 'Renamed in the input');
    expect(graph.getNodeAttribute('a', 'aliases')).toEqual(['A', 'The first']);
    expect(graph.getNodeAttribute('b', 'label')).toBe('Beta');

    graph.getEdgeAttribute('e1', 'evidence')![0].quote = 'changed in the copy';
    expect(input.getEdgeAttribute('e1', 'evidence')[0].quote).toBe('x');
    graph.getAttribute('source')!.paragraphs.push({ id: 'p2', sentences: [] });
    expect(input.getAttribute('source').paragraphs).toHaveLength(1);
  });

  test('a directed simple graph keeps its options', () => {
    const input = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
    input.addNode('a');
    input.addNode('b');
    input.addEdge('a', 'b');
    const graph = parseGraph(input);
    expect([graph.type, graph.multi, graph.allowSelfLoops]).toEqual(['directed', false, false]);
    expect(graph.size).toBe(1);
  });

  test('a graph built by hand is read like a file: a position that is not a number is left out, with a warning', async () => {
    const input = new Graph();
    input.addNode('a', { x: '12px', y: 4, label: 'A' });
    const { graph, warnings, format } = await readGraph(input);
    expect(format).toBe('graphology');
    expect(warnings).toEqual([{ where: 'node 1 ("a")', message: 'x must be a finite number, got a string ("12px"); its position is ignored' }]);
    expect(graph.getNodeAttributes('a')).toEqual({ label: 'A' });
    // The caller's graph is not touched.
    expect(input.getNodeAttribute('a', 'x')).toBe('12px');
  });
});

describe('parseGraph: refusals', () => {
  test.each([
    ['text that is not JSON', 'nodes: a, b'],
    ['broken JSON', '{"nodes": [{"key": "a"}'],
    ['JSON with a trailing comma', '{"nodes": [], "edges": [],}'],
  ])('%s', async (_, text) => {
    const error = await loadErrorOf(() => parseGraph(text));
    expect(error.name).toBe('GraphLoadError');
    expect(error.message).toMatch(/^The graph is not valid JSON \(.+\)$/);
    expect(error.problems).toEqual([]);
  });

  test('HTML text', async () => {
    const error = await loadErrorOf(() => parseGraph('  <!DOCTYPE html><html><body>Not found</body></html>'));
    expect(error.message).toBe('Expected a graph but got HTML (is the URL right?)');
  });

  test.each(['', '   \n\t'])('empty text %j', async (text) => {
    const error = await loadErrorOf(() => parseGraph(text));
    expect(error.message).toBe('The graph is empty text, not JSON');
  });

  test.each([
    ['a list', '[1, 2]', 'a list'],
    ['a string', '"graph"', 'a string ("graph")'],
    ['a number', '42', 'a number (42)'],
    ['null', 'null', 'null'],
  ])('JSON that is %s', async (_, text, got) => {
    const error = await loadErrorOf(() => parseGraph(text));
    const message = `expected an object with "nodes" and "edges" lists, got ${got}`;
    expect(error.problems).toEqual([{ where: 'graph', message }]);
    expect(error.message).toBe(`The graph has 1 problem: graph: ${message}`);
  });

  test('a graph with many problems lists three in the message and all in problems', async () => {
    const data = fixtureData('bad-edges.json') as { edges: unknown[] };
    data.edges.push({ key: 'e8', source: 'nowhere', target: 'alpha' });
    const error = await loadErrorOf(() => parseGraph(data));
    expect(error.problems).toHaveLength(4);
    expect(error.message).toBe(
      'The graph has 4 problems: edge 2 ("e2"): target "ghost" is not a node; edge 3 ("e3"): has no source; ' +
        'edge 4 ("e1"): key "e1" is already used by edge 1; and 1 more',
    );
  });

  test('only the structure refuses a graph: the bad-edges fixture names its three broken edges, not its optional fields', async () => {
    const error = await loadErrorOf(() => parseGraph(fixtureText('bad-edges.json')));
    expect(error.problems.map((problem) => problem.where)).toEqual(['edge 2 ("e2")', 'edge 3 ("e3")', 'edge 4 ("e1")']);
  });

  test('size limits are options', async () => {
    const error = await loadErrorOf(() => parseGraph(tinyGraph, { maxNodes: 1 }));
    expect(error.problems).toEqual([{ where: 'graph', message: 'has 2 nodes; the limit is 1' }]);
    expect(parseGraph(tinyGraph, { maxEdges: 1 }).size).toBe(1);
  });
});

describe('loadGraph', () => {
  test('JSON text is parsed without fetching', async () => {
    const fetch = fakeFetch(() => jsonResponse({}));
    const graph = await loadGraph(JSON.stringify(tinyGraph), { fetch });
    expect(graph.order).toBe(2);
    expect(fetch).not.toHaveBeenCalled();
  });

  test('a plain object and a Graph are accepted', async () => {
    expect((await loadGraph(tinyGraph)).size).toBe(1);
    const input = new Graph();
    input.addNode('only');
    expect((await loadGraph(input)).nodes()).toEqual(['only']);
  });

  test('a URL string is fetched, asking for JSON', async () => {
    const fetch = fakeFetch(() => jsonResponse(tinyGraph));
    const graph = await loadGraph(URL_OF_GRAPH, { fetch });
    expect(graph.getNodeAttribute('a', 'label')).toBe('Alpha');
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0];
    expect(String(url)).toBe(URL_OF_GRAPH);
    // Every format the loader reads, JSON first.
    expect(init?.headers).toEqual({ accept: expect.stringMatching(/^application\/json, .*application\/gexf\+xml.*text\/csv/) });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  test('a URL object is fetched', async () => {
    const fetch = fakeFetch(() => new Response(fixtureText('small-article.json')));
    const graph = await loadGraph(new URL(URL_OF_GRAPH), { fetch });
    expect(graph.size).toBe(4);
  });

  test('a relative URL is resolved against baseUrl', async () => {
    const fetch = fakeFetch(() => jsonResponse(tinyGraph));
    await loadGraph('data/graph.json', { fetch, baseUrl: 'https://example.org/app/index.html' });
    await loadGraph('../other.json', { fetch, baseUrl: 'https://example.org/app/' });
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual(['https://example.org/app/data/graph.json', 'https://example.org/other.json']);
  });

  test('a relative URL with nothing to resolve it against is refused', async () => {
    const fetch = fakeFetch(() => jsonResponse(tinyGraph));
    const error = await loadErrorOf(() => loadGraph('data/graph.json', { fetch }));
    expect(error.message).toBe('"data/graph.json" is neither a graph nor a URL');
    expect(fetch).not.toHaveBeenCalled();
  });

  test('the limits apply to fetched graphs', async () => {
    const fetch = fakeFetch(() => jsonResponse(tinyGraph));
    const error = await loadErrorOf(() => loadGraph(URL_OF_GRAPH, { fetch, maxEdges: 0 }));
    expect(error.problems).toEqual([{ where: 'graph', message: 'has 1 edges; the limit is 0' }]);
  });

  test('HTTP 404 names the status', async () => {
    const fetch = fakeFetch(() => new Response('Not here', { status: 404, statusText: 'Not Found' }));
    const error = await loadErrorOf(() => loadGraph(URL_OF_GRAPH, { fetch }));
    expect(error.message).toBe(`Could not load ${URL_OF_GRAPH}: the server answered 404 Not Found`);
    expect(error.problems).toEqual([]);
  });

  test('HTTP 500 without a status text names the number', async () => {
    const fetch = fakeFetch(() => new Response('{"nodes":[],"edges":[]}', { status: 500 }));
    const error = await loadErrorOf(() => loadGraph(URL_OF_GRAPH, { fetch }));
    expect(error.message).toBe(`Could not load ${URL_OF_GRAPH}: the server answered 500`);
  });

  test('an HTML content type is refused even when the body is JSON', async () => {
    const fetch = fakeFetch(() => new Response(JSON.stringify(tinyGraph), { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    const error = await loadErrorOf(() => loadGraph(URL_OF_GRAPH, { fetch }));
    expect(error.message).toBe(`${URL_OF_GRAPH} returned HTML, not a graph`);
  });

  test('an HTML body is refused whatever its content type', async () => {
    const fetch = fakeFetch(() => new Response('\n<!doctype html><title>Sign in</title>', { headers: { 'content-type': 'application/json' } }));
    const error = await loadErrorOf(() => loadGraph(URL_OF_GRAPH, { fetch }));
    expect(error.message).toBe(`${URL_OF_GRAPH} returned HTML, not a graph`);
  });

  test('a body that is not JSON', async () => {
    const fetch = fakeFetch(() => new Response('nodes: none'));
    const error = await loadErrorOf(() => loadGraph(URL_OF_GRAPH, { fetch }));
    expect(error.message).toMatch(/^The graph is not valid JSON \(/);
  });

  test('an empty body', async () => {
    const fetch = fakeFetch(() => new Response(''));
    const error = await loadErrorOf(() => loadGraph(URL_OF_GRAPH, { fetch }));
    expect(error.message).toBe('The graph is empty text, not JSON');
  });

  test('a body that is a JSON list', async () => {
    const fetch = fakeFetch(() => jsonResponse([tinyGraph]));
    const error = await loadErrorOf(() => loadGraph(URL_OF_GRAPH, { fetch }));
    expect(error.problems).toEqual([{ where: 'graph', message: 'expected an object with "nodes" and "edges" lists, got a list' }]);
  });

  test('JSON text that is a list is parsed, not fetched', async () => {
    const fetch = fakeFetch(() => jsonResponse(tinyGraph));
    const error = await loadErrorOf(() => loadGraph('  [{"key": "a"}]', { fetch }));
    expect(error.problems).toEqual([{ where: 'graph', message: 'expected an object with "nodes" and "edges" lists, got a list' }]);
    expect(fetch).not.toHaveBeenCalled();
  });

  test('a network failure says what failed', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    const error = await loadErrorOf(() => loadGraph(URL_OF_GRAPH, { fetch }));
    expect(error.message).toBe(`Could not fetch ${URL_OF_GRAPH} (fetch failed)`);
  });

  test('a server that does not answer times out', async () => {
    const error = await loadErrorOf(() => loadGraph(URL_OF_GRAPH, { fetch: hangingFetch, timeout: 20 }));
    expect(error.message).toBe(`${URL_OF_GRAPH} did not answer within 0.02 s`);
    expect(error.problems).toEqual([]);
  });

  test('an abort through the signal rejects with the abort, not a GraphLoadError', async () => {
    const controller = new AbortController();
    const reason = new DOMException('src changed', 'AbortError');
    const loading = loadGraph(URL_OF_GRAPH, { fetch: hangingFetch, signal: controller.signal });
    controller.abort(reason);
    const error = await errorOf(() => loading);
    expect(error).toBe(reason);
    expect(error).not.toBeInstanceOf(GraphLoadError);
  });

  test('an already aborted signal rejects with its reason', async () => {
    const error = await errorOf(() => loadGraph(URL_OF_GRAPH, { fetch: hangingFetch, signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(error).not.toBeInstanceOf(GraphLoadError);
  });
});

describe('a large graph', () => {
  const large = (): SerializedArticleGraph => ({
    attributes: { title: 'Large' },
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    nodes: Array.from({ length: 3000 }, (_, i) => ({ key: `n${i}`, attributes: { label: `Node ${i}`, x: i, y: i % 50 } })),
    edges: Array.from({ length: 9000 }, (_, i) => ({ key: `e${i}`, source: `n${i % 3000}`, target: `n${(i * 7 + 1) % 3000}`, attributes: { relation: 'supplies' } })),
  });

  test('is read a slice per task: the page runs its own tasks meanwhile, and the graph is the one read at once', async () => {
    const data = large();
    let turns = 0;
    const others = setInterval(() => turns++, 0);
    try {
      const { graph } = await readGraph(data);
      expect(turns).toBeGreaterThan(0);
      expect(graph.export()).toEqual(parseGraph(data).export());
      expect([graph.order, graph.size]).toEqual([3000, 9000]);
    } finally {
      clearInterval(others);
    }
  });

  test('is refused for a problem far down its lists, named, and the data given is left as it was', async () => {
    const data = large();
    data.edges[8500]!.target = 'missing';
    const before = structuredClone(data);
    await expect(readGraph(data)).rejects.toThrow(/edge 8501 \("e8500"\): target "missing" is not a node/);
    expect(data).toEqual(before);
  });
});
