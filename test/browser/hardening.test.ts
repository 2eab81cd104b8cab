/**
 * Bad input, unusual graphs and hostile data, each through the element's `src` or `graph` as a page
 * would use it. Every failure must show a clear error over the last good graph, fire `ag-error`, and
 * let nothing uncaught escape to the page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import small from '../fixtures/small-article.json';
import hostile from '../fixtures/hostile-markup.json';
import type { ArticleGraphElement } from '../../src/components/article-graph/article-graph';
import type { AgErrorDetail } from '../../src/events/events';
import type { GraphData } from '../../src/model/types';
import { mount, nextEvent, part, settle, unmountAll } from '../support/mount';

const uncaught: unknown[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);

beforeEach(() => {
  uncaught.length = 0;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(async () => {
  // Give late rejections a chance to surface before judging.
  await new Promise((resolve) => setTimeout(resolve, 50));
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  unmountAll();
  vi.restoreAllMocks();
  expect(uncaught).toEqual([]);
});

const smallGraph = small as unknown as GraphData;

function blobUrl(body: string, type = 'application/json'): string {
  return URL.createObjectURL(new Blob([body], { type }));
}

function alertOf(element: ArticleGraphElement): HTMLElement | null {
  return element.shadowRoot!.querySelector('[part="error"] [role="alert"]');
}

/** Mounts the small article, lets `configure` change the element, points `src` at `url` and waits for the refusal. */
async function refuse(url: string, configure: (element: ArticleGraphElement) => void = () => {}) {
  const { element } = await mount((el) => (el.graph = smallGraph));
  configure(element);
  const failed = nextEvent(element, 'ag-error');
  element.graph = undefined;
  element.src = url;
  const detail: AgErrorDetail = (await failed).detail;
  await settle(element);
  const alert = alertOf(element);
  expect(alert, 'an error box with role=alert').not.toBeNull();
  // The last good graph stays drawn under the message.
  expect(element.cy!.nodes()).toHaveLength(small.nodes.length);
  expect(alert!.textContent).toContain('the last one is still shown');
  expect(detail.message.length).toBeGreaterThan(0);
  for (const problem of detail.problems) {
    expect(problem.where.length).toBeGreaterThan(0);
    expect(alert!.textContent).toContain(`${problem.where}: ${problem.message}`);
  }
  return { element, detail, text: alert!.textContent!.replace(/\s+/g, ' ') };
}

const json = (value: unknown) => blobUrl(JSON.stringify(value));

describe('bad input through src', () => {
  const cases: Array<{ name: string; url: () => string; says: string }> = [
    { name: 'text that is not JSON', url: () => blobUrl('{"nodes": [ {"key": "a"'), says: 'not valid JSON' },
    { name: 'HTML instead of JSON', url: () => blobUrl('<!doctype html><title>Oops</title><p>Not found', 'text/html'), says: 'returned HTML, not a graph' },
    { name: 'a JSON list', url: () => json([1, 2]), says: 'expected an object with "nodes" and "edges" lists, got a list' },
    { name: 'a JSON string', url: () => json('hello'), says: 'got a string ("hello")' },
    { name: 'a JSON number', url: () => json(42), says: 'got a number (42)' },
    { name: 'nodes that are not a list', url: () => json({ nodes: { a: {} }, edges: [] }), says: 'graph: "nodes" must be a list, got an object' },
    { name: 'edges that are not a list', url: () => json({ nodes: [], edges: 'none' }), says: 'graph: "edges" must be a list' },
    { name: 'duplicate node keys', url: () => json({ nodes: [{ key: 'a' }, { key: 'a' }], edges: [] }), says: 'node 2 ("a"): key "a" is already used by node 1' },
    {
      name: 'an edge to a missing node',
      url: () => json({ nodes: [{ key: 'a' }], edges: [{ key: 'e3', source: 'a', target: 'ghost' }] }),
      says: 'edge 1 ("e3"): target "ghost" is not a node',
    },
    { name: 'an edge without source', url: () => json({ nodes: [{ key: 'a' }], edges: [{ target: 'a' }] }), says: 'edge 1: has no source' },
    { name: 'an edge without target', url: () => json({ nodes: [{ key: 'a' }], edges: [{ source: 'a' }] }), says: 'edge 1: has no target' },
    { name: 'a non-string key', url: () => json({ nodes: [{ key: { id: 1 } }], edges: [] }), says: 'node 1: key must be a string or a number, got an object' },
    { name: 'null attributes', url: () => json({ nodes: [{ key: 'a', attributes: null }], edges: [] }), says: 'node 1 ("a"): attributes must be an object, got null' },
    { name: 'a node keyed __proto__', url: () => json({ nodes: [{ key: '__proto__' }], edges: [] }), says: 'built-in JavaScript name' },
  ];

  for (const { name, url, says } of cases) {
    it(`explains ${name} and keeps the last good graph`, async () => {
      const { detail, text } = await refuse(url());
      expect(`${detail.message} ${detail.problems.map((p) => `${p.where}: ${p.message}`).join(' ')}`).toContain(says);
      expect(text).toContain(says);
    });
  }

  it('draws a graph whose position is not a number, laid out, and says what it ignored', async () => {
    const { element } = await mount();
    const warned = nextEvent(element, 'ag-warning');
    const ready = nextEvent(element, 'ag-ready');
    element.src = json({ nodes: [{ key: 'a', attributes: { x: 'left', y: 2 } }, { key: 'b' }], edges: [{ source: 'a', target: 'b' }] });
    expect((await warned).detail.problems).toEqual([{ where: 'node 1 ("a")', message: 'x must be a finite number, got a string ("left"); its position is ignored' }]);
    expect((await ready).detail).toEqual({ nodes: 2, edges: 1 });
    expect(element.shadowRoot!.querySelector('[part="error"]')).toBeNull();
  });

  it('names the size limit when a graph has more nodes than max-nodes', async () => {
    const { detail, text } = await refuse(json(small), (el) => el.setAttribute('max-nodes', '3'));
    expect(detail.problems).toEqual([{ where: 'graph', message: `has ${small.nodes.length} nodes; the limit is 3` }]);
    expect(text).toContain('the limit is 3');
  });

  for (const [status, statusText] of [
    [404, 'Not Found'],
    [500, 'Internal Server Error'],
  ] as const) {
    it(`reports HTTP ${status} with the URL`, async () => {
      vi.spyOn(window, 'fetch').mockImplementation(async () => new Response('nope', { status, statusText }));
      const { detail, text } = await refuse('/graphs/missing.json');
      expect(detail.message).toBe(`Could not load ${new URL('/graphs/missing.json', document.baseURI).href}: the server answered ${status} ${statusText}`);
      expect(text).toContain(`the server answered ${status}`);
    });
  }

  it('reports a network failure', async () => {
    vi.spyOn(window, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const { text } = await refuse('https://example.invalid/graph.json');
    expect(text).toContain('Could not fetch https://example.invalid/graph.json (Failed to fetch)');
  });

  it('gives up on a URL that does not answer within the timeout', async () => {
    vi.spyOn(window, 'fetch').mockImplementation(
      (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true })),
    );
    const { text } = await refuse('/graphs/slow.json', (el) => el.setAttribute('timeout', '150'));
    expect(text).toContain('did not answer within 0.15 s');
  });

  it('shows an error without a graph behind it when the very first load fails', async () => {
    const element = document.createElement('article-graph');
    element.style.cssText = 'width: 900px; height: 500px';
    element.src = json({ nodes: 'x' });
    const failed = nextEvent(element, 'ag-error');
    document.body.append(element);
    await failed;
    await settle(element);
    expect(alertOf(element)!.textContent).toContain('Could not load the graph.');
    element.remove();
  });

  it('lets the newest src win when an older, slower load finishes last', async () => {
    const answers: Record<string, { delay: number; body: unknown }> = {
      '/slow.json': { delay: 400, body: { nodes: [{ key: 'old' }], edges: [] } },
      '/fast.json': { delay: 10, body: { nodes: [{ key: 'new-1' }, { key: 'new-2' }], edges: [] } },
    };
    // This fake server ignores the abort signal, so only the element's own bookkeeping can stop the old answer.
    vi.spyOn(window, 'fetch').mockImplementation(async (input) => {
      const answer = answers[new URL(String(input)).pathname];
      await new Promise((resolve) => setTimeout(resolve, answer.delay));
      return new Response(JSON.stringify(answer.body), { headers: { 'content-type': 'application/json' } });
    });
    const { element } = await mount((el) => (el.graph = smallGraph));
    element.graph = undefined;
    element.src = '/slow.json';
    await element.updateComplete;
    const ready = nextEvent(element, 'ag-ready');
    element.src = '/fast.json';
    expect((await ready).detail).toEqual({ nodes: 2, edges: 0 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(element.cy!.nodes().map((n) => n.id()).sort()).toEqual(['new-1', 'new-2']);
    expect(alertOf(element)).toBeNull();
  });

  it('ends with the last of several quick src changes', async () => {
    const { element } = await mount((el) => (el.graph = smallGraph));
    element.graph = undefined;
    const urls = [1, 2, 3, 4, 5].map((n) => json({ nodes: Array.from({ length: n }, (_, i) => ({ key: `n${i}` })), edges: [] }));
    let ready = nextEvent(element, 'ag-ready');
    for (const url of urls) {
      ready = nextEvent(element, 'ag-ready');
      element.src = url;
      await element.updateComplete;
    }
    await ready;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(element.cy!.nodes()).toHaveLength(5);
  });
});

describe('valid but unusual graphs', () => {
  const cases: Array<{ name: string; graph: GraphData; nodes: number; edges: number }> = [
    { name: 'no relation or evidence attributes', graph: { nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ source: 'a', target: 'b' }] }, nodes: 2, edges: 1 },
    {
      name: 'unknown relation and entity types',
      graph: {
        nodes: [{ key: 'a', attributes: { type: 'alien' } }, { key: 'b', attributes: { type: 'robot' } }],
        edges: [{ source: 'a', target: 'b', attributes: { relation: 'teleports' } }],
      },
      nodes: 2,
      edges: 1,
    },
    {
      name: 'an undirected graph',
      graph: { options: { type: 'undirected' }, nodes: [{ key: 'a' }, { key: 'b' }, { key: 'c' }], edges: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }] },
      nodes: 3,
      edges: 2,
    },
    {
      name: 'parallel edges and self loops',
      graph: { nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ source: 'a', target: 'b' }, { source: 'a', target: 'b' }, { source: 'b', target: 'a' }, { source: 'a', target: 'a' }] },
      nodes: 2,
      edges: 4,
    },
    {
      name: 'numeric and boolean labels and null attribute values',
      graph: {
        nodes: [
          { key: 1, attributes: { label: 42 as unknown as string } },
          { key: 'b', attributes: { label: true as unknown as string, type: null as unknown as string, description: null as unknown as string } },
        ],
        edges: [{ source: 1, target: 'b', attributes: { relation: null as unknown as string, evidence: null as unknown as [], certainty: null as unknown as 'stated' } }],
      },
      nodes: 2,
      edges: 1,
    },
    { name: 'isolated nodes only', graph: { nodes: [{ key: 'a' }, { key: 'b' }, { key: 'c' }], edges: [] }, nodes: 3, edges: 0 },
  ];

  for (const { name, graph, nodes, edges } of cases) {
    it(`draws ${name}`, async () => {
      const { element, ready } = await mount((el) => (el.graph = graph));
      expect(ready.detail).toEqual({ nodes, edges });
      expect(element.cy!.nodes()).toHaveLength(nodes);
      expect(element.cy!.edges()).toHaveLength(edges);
      expect(element.cy!.nodes(':visible')).toHaveLength(nodes);
      expect(alertOf(element)).toBeNull();
    });
  }

  it('writes numeric and boolean labels as text', async () => {
    const { element } = await mount((el) => (el.graph = cases[4].graph));
    expect(element.cy!.getElementById('1').data('label')).toBe('42');
    expect(element.cy!.getElementById('b').data('label')).toBe('true');
  });

  it('draws a 100,000-character label cut short and keeps the details panel inside the box', async () => {
    const huge = `Very ${'long '.repeat(20_000)}name`;
    const { element } = await mount((el) => (el.graph = { nodes: [{ key: 'big', attributes: { label: huge, description: huge } }, { key: 'b' }], edges: [{ source: 'big', target: 'b' }] }));
    expect(element.cy!.getElementById('big').data('label').length).toBeLessThanOrEqual(48);
    const before = element.getBoundingClientRect();
    element.select({ kind: 'node', key: 'big' });
    await settle(element);
    const details = part(element, 'ag-details');
    await details.updateComplete;
    await settle(element);
    expect(details.shadowRoot!.textContent).toContain('Very long long');
    const after = element.getBoundingClientRect();
    expect(after.width).toBe(before.width);
    expect(after.height).toBe(before.height);
    const panel = element.shadowRoot!.querySelector('[part="details"]')!.getBoundingClientRect();
    expect(panel.right).toBeLessThanOrEqual(after.right + 1);
    expect(panel.width).toBeLessThan(after.width / 2);
    const stage = element.shadowRoot!.querySelector('[part="stage"]')!.getBoundingClientRect();
    expect(stage.width).toBeGreaterThan(200);
  });
});

describe('hostile data', () => {
  const payload = '<img src=x onerror="window.__pwned=1">';
  const pwned = () => (window as unknown as { __pwned?: number }).__pwned;

  it('shows markup in every string as text and never runs it', async () => {
    const { element } = await mount((el) => (el.graph = hostile as unknown as GraphData), { width: 1200, height: 800 });
    const nodeKey = hostile.nodes[0].key;
    const edgeKey = hostile.edges[0].key;
    element.select({ kind: 'node', key: nodeKey });
    await settle(element);
    const details = part(element, 'ag-details');
    await details.updateComplete;
    expect(details.shadowRoot!.textContent).toContain(payload);
    element.select({ kind: 'edge', key: edgeKey });
    await settle(element);
    await details.updateComplete;
    expect(details.shadowRoot!.textContent).toContain(payload);
    const legend = part(element, 'ag-legend');
    await legend.updateComplete;
    expect(legend.shadowRoot!.textContent).toContain(payload);
    const statements = part(element, 'ag-statements');
    await statements.updateComplete;
    expect(statements.shadowRoot!.textContent).toContain(payload);
    // Names given to assistive technology carry the text too, as text.
    expect(element.shadowRoot!.querySelector('[data-live-region]')!.textContent).toContain(payload);
    // Search suggestions list the hostile label.
    const search = part(element, 'ag-search');
    const input = search.shadowRoot!.querySelector('input')!;
    await userEvent.click(input);
    await userEvent.keyboard('img');
    await search.updateComplete;
    expect(search.shadowRoot!.textContent).toContain(payload);
    // An error message that quotes hostile data.
    const failed = nextEvent(element, 'ag-error');
    element.graph = { nodes: [{ key: 'a' }], edges: [{ source: 'a', target: payload }] };
    await failed;
    await settle(element);
    expect(alertOf(element)!.textContent).toContain(payload);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pwned()).toBeUndefined();
    // No element anywhere in the shadow trees was made from the data's markup.
    const images: Element[] = [];
    const walk = (root: ParentNode) => {
      images.push(...root.querySelectorAll('img[src="x"]'));
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot) walk(host.shadowRoot);
    };
    walk(element.shadowRoot!);
    expect(images).toEqual([]);
  });

  it('links only to http(s) addresses found in the data', async () => {
    const { element } = await mount((el) => (el.graph = hostile as unknown as GraphData));
    for (const key of [hostile.nodes[0].key, hostile.nodes[1].key]) {
      element.select({ kind: 'node', key });
      await settle(element);
    }
    element.select({ kind: 'edge', key: hostile.edges[0].key });
    await settle(element);
    const hrefs: string[] = [];
    const walk = (root: ParentNode) => {
      for (const link of root.querySelectorAll('a[href]')) hrefs.push(link.getAttribute('href')!);
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot) walk(host.shadowRoot);
    };
    walk(element.shadowRoot!);
    for (const href of hrefs) expect(href, href).toMatch(/^(https?:|#)/);
    expect(hrefs.join(' ')).not.toMatch(/javascript:|data:/i);
  });

  it('draws a graph whose edge keys, relations, types and attribute names are prototype names, polluting nothing', async () => {
    const text = `{
      "attributes": { "vocabulary": { "relations": { "constructor": { "label": "builds", "definition": "", "directed": true } }, "entityTypes": {} } },
      "nodes": [
        { "key": "a", "attributes": { "__proto__": { "polluted": 1 }, "type": "toString", "label": "A" } },
        { "key": "b", "attributes": { "type": "__proto__", "label": "B" } }
      ],
      "edges": [
        { "key": "__proto__", "source": "a", "target": "b", "attributes": { "relation": "constructor" } },
        { "key": "toString", "source": "b", "target": "a", "attributes": { "relation": "__proto__", "hasOwnProperty": 1 } }
      ]
    }`;
    const { element, ready } = await mount((el) => (el.src = blobUrl(text)));
    expect(ready.detail).toEqual({ nodes: 2, edges: 2 });
    expect(element.cy!.edges().map((edge) => edge.data('label')).sort()).toEqual(['builds', 'proto']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    element.select({ kind: 'edge', key: 'toString' });
    await settle(element);
    expect(part(element, 'ag-details').shadowRoot!.textContent).toContain('B');
  });
});

describe('options it cannot take', () => {
  it('falls back to the default for each, with a warning naming the attribute and the value, and draws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { element } = await mount((el) => {
      el.graph = smallGraph;
      el.setAttribute('level-of-detail', 'bogus');
      el.setAttribute('timeout', 'abc');
      el.setAttribute('max-nodes', 'abc');
      el.setAttribute('gestures', 'sometimes');
      el.setAttribute('theme', 'purple');
    });
    expect(element.cy!.nodes()).toHaveLength(small.nodes.length);
    expect([element.levelOfDetail, element.timeout, element.maxNodes, element.gestures, element.theme]).toEqual(['auto', 15_000, 100_000, 'auto', 'auto']);
    const warnings = warn.mock.calls.map((call) => String(call[0]));
    for (const named of ['level-of-detail="bogus"', 'timeout="NaN"', 'max-nodes="NaN"', 'gestures="sometimes"', 'theme="purple"']) {
      expect(warnings.some((text) => text.includes(named)), named).toBe(true);
    }
    // A limit that is still there: a graph over the default is refused, not drawn without limit.
    element.setAttribute('timeout', '-1');
    element.setAttribute('max-nodes', '1e20');
    await settle(element);
    expect([element.timeout, element.maxNodes]).toEqual([15_000, 100_000]);
  });

  it('refuses export options that are not what they should be, saying which and what it takes', async () => {
    const { element } = await mount((el) => (el.graph = smallGraph));
    await expect(element.exportPng({ scale: '3' as unknown as number })).rejects.toThrow('scale must be a number from 1 to 4, not "3".');
    await expect(element.exportSvg({ scale: Number.NaN })).rejects.toThrow('scale must be a number from 1 to 4, not NaN.');
    for (const padding of [Number.NaN, Number.POSITIVE_INFINITY, 1e9, -5]) {
      await expect(element.exportPng({ padding })).rejects.toThrow(/padding must be a number of CSS pixels from 0 to 1000/);
    }
    await expect(element.exportFile('gif' as 'png')).rejects.toThrow('The export formats are png, svg, pdf, json; "gif" is not one of them.');
    // And the element exports as before.
    expect((await element.exportPng({ scale: 1 })).size).toBeGreaterThan(0);
  });
});
