/**
 * The built bundle (dist/article-graph.js, as `npm run build` writes it) in the example host pages
 * of test/hosts: a strict CSP, scrolled and scaled containers, two instances, hostile global styles,
 * a dark theme, a frame inside a frame, and properties set before and after the element is defined.
 * These are the only tests that load the bundle instead of the sources.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import type { ArticleGraphElement } from '../../src/components/article-graph/article-graph';

interface HostReport {
  violations: string[];
  errors: string[];
  ready: Array<{ id: string; nodes: number; edges: number }>;
  select: Array<{ id: string; kind: string | null; key: string | null }>;
  shifts: number[];
}

interface Host {
  frame: HTMLIFrameElement;
  window: Window & { hostReport: HostReport };
  document: Document;
  graph: (id?: string) => ArticleGraphElement;
}

type Point = { x: number; y: number };

const frames: HTMLIFrameElement[] = [];

afterEach(async () => {
  for (const frame of frames.splice(0)) frame.remove();
  await commands.setDeviceScaleFactor(0);
});

beforeAll(async () => {
  await commands.buildBundle();
}, 120_000);

async function waitFor<T>(what: string, probe: () => T | undefined | false, timeout = 20_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Loads a host page in an iframe of the test page and waits until `readyCount` graphs are drawn. */
async function openHost(page: string, readyCount = 1, size = { width: 1000, height: 760 }, parent?: Document): Promise<Host> {
  const frame = (parent ?? document).createElement('iframe');
  frame.style.cssText = `width:${size.width}px;height:${size.height}px;border:0;display:block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/hosts/${page}`;
  (parent ?? document).body.append(frame);
  if (!parent) frames.push(frame);
  await loaded;
  const win = frame.contentWindow as Host['window'];
  await waitFor(`${readyCount} ag-ready in ${page}`, () => win.hostReport?.ready.length >= readyCount);
  return {
    frame,
    window: win,
    document: frame.contentDocument!,
    graph: (id = 'graph') => frame.contentDocument!.getElementById(id) as ArticleGraphElement,
  };
}

/**
 * Where a node is drawn, in client coordinates of the test page: the rendered position inside the
 * canvas, scaled by any CSS transform of its ancestors, offset by the box and the frames around it.
 */
function nodePoint(element: ArticleGraphElement, key: string, frames: HTMLIFrameElement[]): Point {
  const cy = element.cy!;
  const node = cy.getElementById(key);
  expect(node.nonempty(), `node ${key}`).toBe(true);
  const container = cy.container()!;
  const rect = container.getBoundingClientRect();
  const scale = rect.width / container.offsetWidth;
  const rendered = node.renderedPosition();
  let point = { x: rect.left + rendered.x * scale, y: rect.top + rendered.y * scale };
  for (const frame of frames) {
    const box = frame.getBoundingClientRect();
    point = { x: point.x + box.left + frame.clientLeft, y: point.y + box.top + frame.clientTop };
  }
  return point;
}

/** Clicks where a node is drawn and returns what the host saw selected. */
async function clickNode(host: Host, element: ArticleGraphElement, key: string, frames: HTMLIFrameElement[] = [host.frame]) {
  const before = host.window.hostReport.select.length;
  await commands.mouseClick(nodePoint(element, key, frames), window.innerWidth);
  return waitFor(`ag-select after clicking ${key}`, () => host.window.hostReport.select.slice(before).at(-1));
}

/**
 * A node well inside the view and away from others, so that a click on it cannot land on a
 * neighbour; with `clip`, one whose point is also inside that box (a scrolled container) and the window.
 */
function clearNode(element: ArticleGraphElement, not: string[] = [], clip?: Element): string {
  const cy = element.cy!;
  const extent = cy.extent();
  const win = element.ownerDocument.defaultView!;
  const box = clip?.getBoundingClientRect() ?? { left: 0, top: 0, right: win.innerWidth, bottom: win.innerHeight };
  const candidates = cy
    .nodes(':visible')
    .map((node) => node)
    .filter((node) => !not.includes(node.id()))
    .filter((node) => {
      const { x, y } = node.position();
      return x > extent.x1 + 60 && x < extent.x2 - 60 && y > extent.y1 + 60 && y < extent.y2 - 60;
    })
    .filter((node) => {
      const at = nodePoint(element, node.id(), []);
      const inside = (b: { left: number; top: number; right: number; bottom: number }) =>
        at.x > b.left + 10 && at.x < b.right - 10 && at.y > b.top + 10 && at.y < b.bottom - 10;
      // Nothing of the shell (a focus bar, a drawer) may lie over it.
      const hit = element.shadowRoot!.elementFromPoint(at.x, at.y);
      const onCanvas = hit !== null && cy.container()!.contains(hit);
      return onCanvas && inside(box) && inside({ left: 0, top: 0, right: win.innerWidth, bottom: win.innerHeight });
    });
  const spacing = (id: string) => {
    const at = cy.getElementById(id).renderedPosition();
    return Math.min(
      ...cy
        .nodes()
        .map((other) => other)
        .filter((other) => other.id() !== id)
        .map((other) => Math.hypot(other.renderedPosition().x - at.x, other.renderedPosition().y - at.y)),
    );
  };
  return candidates
    .map((node) => node.id())
    .sort((a, b) => spacing(b) - spacing(a))[0];
}

/**
 * Lets the element's animations end, then rests the pointer on an empty corner of the canvas, so
 * that Cytoscape has measured where the canvas is before the page changes around it.
 */
async function restOnGraph(host: Host, element: ArticleGraphElement): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const rect = element.cy!.container()!.getBoundingClientRect();
  const frame = host.frame.getBoundingClientRect();
  await commands.mouseMove({ x: frame.left + rect.left + 8, y: frame.top + rect.bottom - 8 }, window.innerWidth);
  await nextFrames(host.window);
}

const nextFrames = (win: Window, count = 3) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : win.requestAnimationFrame(() => step(left - 1)));
    step(count);
  });

describe('the bundle below the fold of an article', () => {
  it('costs the page only its loader until the reader comes near, keeps its box, then draws', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:1000px;height:760px;border:0;display:block';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/hosts/below.html';
    document.body.append(frame);
    frames.push(frame);
    await loaded;
    const win = frame.contentWindow as Host['window'];
    const doc = frame.contentDocument!;
    const element = doc.getElementById('graph') as ArticleGraphElement;
    await nextFrames(win, 10);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Far below: more than a screen beyond the bottom of the view.
    expect(element.getBoundingClientRect().top).toBeGreaterThan(2 * win.innerHeight);
    const fetchedFiles = () => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.includes('/dist/'));
    expect(fetchedFiles()).toEqual(['/hosts/dist/article-graph.js']);
    expect(win.customElements.get('article-graph')).toBeUndefined();
    const box = element.getBoundingClientRect();
    expect(box.width).toBe(640);
    expect(box.height).toBeCloseTo(640 / 1.5, 0);

    win.scrollTo(0, element.offsetTop - 100);
    await waitFor('ag-ready after scrolling to the graph', () => win.hostReport.ready.length >= 1);
    expect(win.customElements.get('article-graph')).toBeDefined();
    expect(fetchedFiles().some((path) => path.includes('/chunks/element-'))).toBe(true);
    const after = element.getBoundingClientRect();
    expect([after.width, after.height]).toEqual([box.width, box.height]);
    expect(win.hostReport.errors).toEqual([]);
    expect(win.hostReport.shifts).toEqual([]);
    expect(element.cy!.nodes().length).toBeGreaterThan(10);
  });
});

describe('the bundle in a strict Content-Security-Policy host', () => {
  it('draws the article graph with no policy violation and no error', async () => {
    const host = await openHost('csp.html');
    const element = host.graph();
    expect(host.window.customElements.get('article-graph')).toBeDefined();
    expect(host.window.hostReport.ready[0].nodes).toBeGreaterThan(10);
    // Use it: select, run the lazily loaded force layout, hover; any inline style or eval would be reported.
    const key = clearNode(element);
    expect(await clickNode(host, element, key)).toMatchObject({ kind: 'node', key });
    await element.runLayout('fcose');
    await nextFrames(host.window);
    expect(host.window.hostReport.violations.join('\n')).toBe('');
    expect(host.window.hostReport.errors).toEqual([]);
    expect(host.document.querySelectorAll('style')).toHaveLength(0);
  });

  it('works inside a frame inside a frame', async () => {
    const outer = await waitForFrame('iframe.html');
    const inner = outer.document.getElementById('frame') as HTMLIFrameElement;
    const innerWindow = inner.contentWindow as Host['window'];
    await waitFor('the framed graph', () => innerWindow.hostReport?.ready.length >= 1);
    const host: Host = { frame: inner, window: innerWindow, document: inner.contentDocument!, graph: (id = 'graph') => inner.contentDocument!.getElementById(id) as ArticleGraphElement };
    const element = host.graph();
    const key = clearNode(element);
    expect(await clickNode(host, element, key, [inner, outer.frame])).toMatchObject({ kind: 'node', key });
    expect(innerWindow.hostReport.violations.join('\n')).toBe('');
  });
});

/** Loads a page that draws no graph itself (it frames one) and returns it. */
async function waitForFrame(page: string): Promise<{ frame: HTMLIFrameElement; document: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1100px;height:780px;border:0;display:block';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/hosts/${page}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return { frame, document: frame.contentDocument! };
}

describe('pointer input in scrolled and scaled containers', () => {
  for (const ratio of [1, 2, 3]) {
    it(`selects the node under the pointer at devicePixelRatio ${ratio}, after scrolling, moving and resizing`, async () => {
      await commands.setDeviceScaleFactor(ratio);
      const host = await openHost('scaled.html');
      expect(host.window.devicePixelRatio).toBe(ratio);
      const element = host.graph();
      const scroller = host.document.getElementById('scroller')!;
      expect(element.getBoundingClientRect().width / element.offsetWidth).toBeCloseTo(0.75, 2);

      // The page and the container scroll so that the graph is in view; the click must follow it.
      host.window.scrollTo(0, 250);
      scroller.scrollTop = 200;
      await nextFrames(host.window);
      let key = clearNode(element, [], scroller);
      expect(await clickNode(host, element, key)).toMatchObject({ id: 'graph', kind: 'node', key });

      // Both scroll again while the pointer rests on the graph, so that the graph moves under it.
      await restOnGraph(host, element);
      host.window.scrollTo(0, 330);
      scroller.scrollTop = 120;
      await nextFrames(host.window);
      key = clearNode(element, [key], scroller);
      expect(await clickNode(host, element, key)).toMatchObject({ kind: 'node', key });

      // The element moves, keeping its size.
      await restOnGraph(host, element);
      element.style.marginLeft = '90px';
      element.style.marginTop = '-40px';
      await nextFrames(host.window);
      key = clearNode(element, [key], scroller);
      expect(await clickNode(host, element, key)).toMatchObject({ kind: 'node', key });

      // The element changes size.
      element.style.width = '700px';
      element.style.height = '480px';
      await nextFrames(host.window, 4);
      element.fit();
      await new Promise((resolve) => setTimeout(resolve, 400));
      await restOnGraph(host, element);
      key = clearNode(element, [key], scroller);
      expect(await clickNode(host, element, key)).toMatchObject({ kind: 'node', key });
      expect(element.cy!.getElementById(key).selected()).toBe(true);
    });
  }
});

describe('several instances and the host page', () => {
  it('keeps two instances on one page independent', async () => {
    const host = await openHost('two.html', 2, { width: 1300, height: 500 });
    const one = host.graph('one');
    const two = host.graph('two');
    const key = clearNode(one);
    expect(await clickNode(host, one, key)).toMatchObject({ id: 'one', kind: 'node', key });
    expect(one.cy!.getElementById(key).selected()).toBe(true);
    expect(two.cy!.$(':selected')).toHaveLength(0);
    expect(host.window.hostReport.select.filter((event) => event.id === 'two')).toEqual([]);
    // Each draws on its own canvas with its own theme.
    expect(one.cy!.container()).not.toBe(two.cy!.container());
    expect(getComputedStyle(one).backgroundColor).not.toBe(getComputedStyle(two).backgroundColor);
    two.remove();
    expect(two.cy).toBeUndefined();
    const other = clearNode(one, [key]);
    expect(await clickNode(host, one, other)).toMatchObject({ id: 'one', key: other });
  });

  it("leaves the host's own styles alone and is not broken by them", async () => {
    const host = await openHost('hostile.html');
    const win = host.window as Host['window'] & { hostStylesBefore: Record<string, string>; hostStylesNow: () => Record<string, string> };
    expect(win.hostStylesNow()).toEqual(win.hostStylesBefore);
    expect([...host.document.head.querySelectorAll('style')].map((style) => style.outerHTML.slice(0, 300)).join('\n')).toBe('');
    const element = host.graph();
    // `button { display: none }` and the 30px serif font of the host stop at the shadow root.
    const zoomIn = element.shadowRoot!.querySelector('button[aria-label="Zoom in"]') as HTMLButtonElement;
    expect(getComputedStyle(zoomIn).display).not.toBe('none');
    expect(getComputedStyle(zoomIn).fontSize).not.toBe('30px');
    expect(zoomIn.getBoundingClientRect().height).toBeLessThan(48);
    // Sizes inside do not follow the page's root font size (here 30px), as rem-based ones would.
    const legend = element.shadowRoot!.querySelector('ag-legend')!;
    const legendText = [...legend.shadowRoot!.querySelectorAll('label, li, span')].filter((node) => node.textContent!.trim() !== '');
    expect(legendText.length).toBeGreaterThan(0);
    for (const node of legendText) expect(parseFloat(getComputedStyle(node).fontSize), node.textContent!).toBeLessThan(18);
    const key = clearNode(element);
    expect(await clickNode(host, element, key)).toMatchObject({ kind: 'node', key });
  });
});

describe('theming', () => {
  it('draws the dark theme and takes the palette from the documented custom properties', async () => {
    const host = await openHost('dark.html');
    const element = host.graph();
    const background = getComputedStyle(element).backgroundColor;
    expect(background).toBe('rgb(17, 24, 39)');
    const cy = element.cy!;
    const key = clearNode(element);
    await clickNode(host, element, key);
    await nextFrames(host.window);
    // --ag-accent reaches the canvas: the selected node's border is the host's accent.
    expect(cy.getElementById(key).style('border-color')).toBe('rgb(255,0,128)');
    expect(cy.getElementById(key).style('font-family')).toContain('Georgia');
    // Labels are light on the dark canvas.
    const [r, g, b] = cy.getElementById(key).style('color').match(/\d+/g)!.map(Number);
    expect((r + g + b) / 3).toBeGreaterThan(180);
  });

  it('follows the reader’s colour scheme live with theme="auto"', async () => {
    await commands.setColorScheme('light');
    try {
      const host = await openHost('csp.html');
      const element = host.graph();
      expect(element.theme).toBe('auto');
      expect(getComputedStyle(element).backgroundColor).toBe('rgb(255, 255, 255)');
      await commands.setColorScheme('dark');
      await waitFor('the dark background', () => getComputedStyle(element).backgroundColor === 'rgb(17, 24, 39)');
      await waitFor('the canvas to follow', () => {
        const [r, g, b] = element.cy!.nodes().first().style('color').match(/\d+/g)!.map(Number);
        return (r + g + b) / 3 > 180;
      });
    } finally {
      await commands.setColorScheme('light');
    }
  });
});

describe('the deep link', () => {
  it('restores selection, hidden relations and focus from the hash, and mirrors later changes into it', async () => {
    const host = await openHost('deep-link.html#intro&graph.select=node:hezbollah&graph.hide=supplies&graph.focus=1');
    const element = host.graph();
    await waitFor('the restored selection', () => host.window.hostReport.select.at(-1)?.key === 'hezbollah');
    const cy = element.cy!;
    await waitFor('the focus on the neighbourhood', () => cy.nodes(':hidden').length > 0);
    expect(cy.getElementById('hezbollah').selected()).toBe(true);
    expect(cy.edges('[relation = "supplies"]').filter(':visible')).toHaveLength(0);
    const shown = cy.nodes(':visible').map((node) => node.id());
    expect(shown.every((id) => id === 'hezbollah' || cy.getElementById(id).edgesWith(cy.getElementById('hezbollah')).nonempty())).toBe(true);

    // A click elsewhere: the hash follows, keeping the page's own part.
    element.select({ kind: 'node', key: 'assad' });
    await element.updateComplete;
    await waitFor('the hash to follow', () => host.window.location.hash.includes('graph.select=node:assad'));
    expect(host.window.location.hash.startsWith('#intro&')).toBe(true);
    expect(host.window.location.hash).toContain('graph.hide=supplies');
    // The focus depth stays with the new selection, as in the view.
    expect(host.window.location.hash).toContain('graph.focus=1');

    // A link followed later (hashchange) shows its view.
    host.window.location.hash = 'graph.select=node:wagner';
    await waitFor('the linked selection', () => host.window.hostReport.select.at(-1)?.key === 'wagner');
    await waitFor('the relations shown again', () => cy.edges('[relation = "supplies"]').filter(':visible').length > 0);
  });
});

describe('properties and attributes from frameworks', () => {
  it('shows a graph set as a property before the element was defined, and one set after', async () => {
    const host = await openHost('early.html');
    const win = host.window as Host['window'] & { earlyDefinedAtCreation: boolean };
    expect(win.earlyDefinedAtCreation).toBe(false);
    const early = host.graph('early');
    expect(host.window.hostReport.ready[0]).toMatchObject({ id: 'early', nodes: 6, edges: 4 });
    expect(early.cy!.nodes().map((node) => node.id()).sort()).toEqual(['lira', 'ministry', 'norland', 'port-ade', 'rebels', 'traders']);

    // After definition: a property set on a new element before and after it is connected.
    const late = host.document.createElement('article-graph') as ArticleGraphElement;
    late.id = 'late';
    late.graph = early.graph;
    host.document.body.append(late);
    await waitFor('the late element drawn', () => host.window.hostReport.ready.some((event) => event.id === 'late'));
    expect(late.cy!.nodes()).toHaveLength(6);
    const before = host.window.hostReport.ready.length;
    const bigger = structuredClone(early.graph) as { nodes: Array<{ key: string; attributes: Record<string, unknown> }> };
    bigger.nodes.push({ key: 'observers', attributes: { ...bigger.nodes[0].attributes, label: 'Observers' } });
    late.graph = bigger as ArticleGraphElement['graph'];
    await waitFor('a redraw', () => host.window.hostReport.ready.length > before);
    expect(late.cy!.nodes()).toHaveLength(7);
  });

  it('applies attributes changed later: theme, relations, selected, src', async () => {
    const host = await openHost('csp.html');
    const element = host.graph();
    const cy = () => element.cy!;

    element.setAttribute('theme', 'dark');
    await element.updateComplete;
    expect(getComputedStyle(element).backgroundColor).toBe('rgb(17, 24, 39)');

    const relations = [...new Set(cy().edges().map((edge) => edge.data('relation') as string))];
    element.setAttribute('relations', relations[0]);
    await element.updateComplete;
    await nextFrames(host.window);
    expect(cy().edges(':visible').every((edge) => edge.data('relation') === relations[0])).toBe(true);
    expect(cy().edges(':visible').length).toBeGreaterThan(0);
    element.removeAttribute('relations');
    await element.updateComplete;
    await nextFrames(host.window);
    expect(cy().edges(':hidden')).toHaveLength(0);

    const node = clearNode(element);
    element.setAttribute('selected', node);
    await waitFor('the selection', () => host.window.hostReport.select.at(-1)?.key === node);
    expect(cy().getElementById(node).selected()).toBe(true);

    const before = host.window.hostReport.ready.length;
    element.setAttribute('src', '/hosts/fixtures/small-article.json');
    await waitFor('the new graph', () => host.window.hostReport.ready.length > before);
    expect(host.window.hostReport.ready.at(-1)).toMatchObject({ nodes: 6, edges: 4 });
    expect(host.window.hostReport.violations.join('\n')).toBe('');
  });
});
