/**
 * The benchmark page: the <article-graph> component, a bare Cytoscape instance with default
 * settings, and sigma.js 3, each drawing the same seeded graph in an 800x600 box. The runner
 * (test/bench/run.mjs) calls `window.bench.*` in a fresh page for every measurement.
 *
 * "First drawn frame": from setting `graph` (component) or creating the renderer (the others) to
 * the first animation frame after the graph is drawn (the component's overview of a large graph,
 * or Cytoscape's first `render` event with elements, for the component as for bare Cytoscape;
 * sigma's synchronous first render), plus a macrotask so that the frame has been committed.
 * For the component, `interactive` is the same for Cytoscape's first drawing (from then on the
 * graph answers the pointer), and its `ag-ready` comes later still (it waits for the parts shown
 * beside the graph).
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import Graph from 'graphology';
import Sigma from 'sigma';
import { NodeCircleProgram } from 'sigma/rendering';
import type { ArticleGraphElement } from '../../../src/components/article-graph/article-graph';
import type { SerializedArticleGraph } from '../../../src/model/types';
import { LAYOUT_END_MARK, LAYOUT_START_MARK } from '../../../src/view/layout-worker';
import { levelOfDetailFor, rendererSettingsOf } from '../../../src/view/level-of-detail';
import { loadGraph } from '../../../src/model/load';
import { toElements } from '../../../src/view/elements';
import { encodingOf } from '../../../src/view/encoding';
import { buildStylesheet, LIGHT_TOKENS } from '../../../src/view/stylesheet';
import { syntheticGraph, type SyntheticGraphOptions } from '../synthetic-graph';
import { comparableElements, comparableStylesheet } from '../comparable-style';
import { watchOverview } from '../../support/overview';

/**
 * `component` is set a graph while on the page; `component-cold` is created, given the graph and
 * attached. `cytoscape` is bare Cytoscape with its default style (grey dots, straight lines);
 * `cytoscape-comparable` bare Cytoscape drawing a picture comparable to the component's
 * (comparable-style.ts); `cytoscape-styled` bare Cytoscape given the component's elements and
 * stylesheet (for information: what drawing the component's picture costs Cytoscape itself).
 */
type Contender = 'component' | 'component-cold' | 'cytoscape' | 'cytoscape-comparable' | 'cytoscape-styled' | 'sigma';

// Diagnosis: with `?without=ag-statements` (any tag), that part of the shell is an empty element,
// to show what it costs in the first frame. The registered elements are loaded after this.
for (const tag of new URLSearchParams(location.search).getAll('without')) customElements.define(tag, class extends HTMLElement {});
await import('../../../src/define');

const stage = document.getElementById('stage')!;
const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const committed = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let current: { kind: Contender; cy?: Core; sigma?: Sigma; element?: ArticleGraphElement } | undefined;

function bareElements(graph: SerializedArticleGraph): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (const node of graph.nodes) {
    const a = node.attributes ?? {};
    elements.push({ group: 'nodes', data: { id: String(node.key), label: a.label }, position: { x: a.x as number, y: a.y as number } });
  }
  for (const edge of graph.edges) {
    elements.push({ group: 'edges', data: { id: `${edge.key}`, source: String(edge.source), target: String(edge.target) } });
  }
  return elements;
}

/** Which renderer drew: Cytoscape's canvas 2D, or its WebGL mode. */
function rendererName(cy: Core): string {
  const renderer = (cy as Core & { renderer(): { webgl?: boolean } | undefined }).renderer();
  return renderer?.webgl ? 'Cytoscape WebGL' : 'Cytoscape canvas 2D';
}

/**
 * When the component's picture of its next graph reaches the screen: `first` (its first picture, or
 * else Cytoscape's drawing) and `interactive` (Cytoscape's first drawing of elements, from when the
 * graph answers the pointer), each the time of the first animation frame after it plus a task.
 * Call once the element is connected, before the graph's elements arrive; its core may not exist yet.
 */
function pictureTimes(element: ArticleGraphElement): { first: Promise<number>; interactive: Promise<number>; overview: () => boolean } {
  const onScreen = async (drawn: Promise<unknown>) => {
    await drawn;
    await frame();
    await committed();
    return performance.now();
  };
  const cytoscapeDrew = new Promise<void>((resolve) => {
    const follow = (cy: Core) => {
      const drawn = () => {
        if (cy.elements().empty()) return;
        cy.off('render', drawn);
        resolve();
      };
      cy.on('render', drawn);
    };
    if (element.cy) return follow(element.cy);
    // The core is created with the first graph: its canvases appear in the shadow root then.
    const observer = new MutationObserver(() => {
      const cy = element.cy;
      if (!cy) return;
      observer.disconnect();
      // A large graph's core is handed out only once Cytoscape has drawn all of it (its overview then goes).
      if (cy.elements().nonempty() && !element.shadowRoot!.querySelector('canvas.overview')) resolve();
      else follow(cy);
    });
    observer.observe(element.shadowRoot!, { childList: true, subtree: true });
  });
  let overview = false;
  const watch = watchOverview(element);
  void cytoscapeDrew.then(watch.stop);
  const overviewDrawn = watch.shown.then(() => (overview = true));
  const interactive = onScreen(cytoscapeDrew);
  return { first: Promise.race([onScreen(overviewDrawn), interactive]), interactive, overview: () => overview };
}

/** The main thread's long tasks from now on, until `stop` (which returns their durations). */
function longTasks(): { stop(): number[] } {
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  return {
    stop() {
      tasks.push(...observer.takeRecords());
      observer.disconnect();
      return tasks.map((task) => task.duration);
    },
  };
}

/** Times a bare Cytoscape core from its creation to its first frame on screen. */
async function drawnByCytoscape(kind: Contender, create: () => cytoscape.Core) {
  const t0 = performance.now();
  const cy = create();
  await new Promise((resolve) => cy.one('render', resolve));
  await frame();
  await committed();
  const time = performance.now() - t0;
  current = { kind, cy };
  return { time, renderer: rendererName(cy) };
}

/**
 * `time`: to the first drawn frame; `ready` (the component): to its `ag-ready`, which also waits
 * for the parts that arrive after the picture (article, statements list, help, export menu).
 */
async function firstFrame(
  kind: Contender,
  spec: SyntheticGraphOptions,
  attributes: Record<string, string> = {},
): Promise<{ time: number; interactive?: number; ready?: number; longestTask?: number; renderer: string }> {
  const graph = syntheticGraph(spec);
  await frame();
  if (kind === 'component' || kind === 'component-cold') {
    const element = document.createElement('article-graph');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    if (kind === 'component') {
      // The element is already on the page (as in a reader's article), showing an empty graph.
      const empty = new Promise((resolve) => element.addEventListener('ag-ready', resolve, { once: true }));
      element.graph = { nodes: [], edges: [] };
      stage.append(element);
      await empty;
      await frame();
    }
    const ready = new Promise<number>((resolve) => element.addEventListener('ag-ready', () => resolve(performance.now()), { once: true }));
    const tasks = longTasks();
    const t0 = performance.now();
    element.graph = graph;
    if (!element.isConnected) stage.append(element);
    // The graph's elements arrive later (after loading and validation), so listening now catches
    // their first drawing.
    const pictures = pictureTimes(element);
    const time = (await pictures.first) - t0;
    const cytoscapeTime = (await pictures.interactive) - t0;
    const readyTime = (await ready) - t0;
    await committed();
    current = { kind: 'component', element };
    const cy = element.cy!;
    const renderer = pictures.overview() ? `first picture canvas 2D, then ${rendererName(cy)}` : rendererName(cy);
    return { time, interactive: cytoscapeTime, ready: readyTime, longestTask: Math.max(0, ...tasks.stop()), renderer };
  }
  const container = document.createElement('div');
  stage.append(container);
  if (kind === 'cytoscape-styled') {
    const data = await loadGraph(graph);
    const elements = toElements(data);
    const style = buildStylesheet(encodingOf(data), LIGHT_TOKENS, { levelOfDetail: levelOfDetailFor('auto', data.order, data.size) });
    await frame();
    return drawnByCytoscape('cytoscape', () => cytoscape({ container, elements, style, layout: { name: 'preset', padding: 40 } as cytoscape.LayoutOptions }));
  }
  if (kind === 'cytoscape-comparable') {
    // What a developer would write for a comparable picture, the elements converted from the graph's serialization.
    return drawnByCytoscape(kind, () => cytoscape({ container, elements: comparableElements(graph), style: comparableStylesheet(graph), layout: { name: 'preset', padding: 40 } as cytoscape.LayoutOptions }));
  }
  if (kind === 'cytoscape') {
    // Default settings, except `preset` so that the given positions are used (the default is `grid`).
    return drawnByCytoscape(kind, () => cytoscape({ container, elements: bareElements(graph), layout: { name: 'preset' } }));
  }
  const t0 = performance.now();
  const sigmaGraph = Graph.from(graph as never);
  // sigma reads a node's `type` as the name of its drawing program: every entity type is a circle.
  const types = new Set(graph.nodes.map((node) => String(node.attributes?.type ?? 'circle')));
  const sigma = new Sigma(sigmaGraph, container, { nodeProgramClasses: Object.fromEntries([...types].map((type) => [type, NodeCircleProgram])) });
  // sigma draws synchronously in its constructor.
  await frame();
  await committed();
  const time = performance.now() - t0;
  current = { kind, sigma };
  return { time, renderer: 'sigma WebGL' };
}

/**
 * Frame time during a programmatic 3x zoom over `duration` ms: the time between the frames the
 * renderer actually draws (Cytoscape's `render` events, sigma's `afterRender`). Cytoscape skips
 * frames when drawing is slow, so gaps between animation frames alone would flatter it.
 */
async function zoomFrames(duration = 1500): Promise<{ median: number; worst: number; frames: number }> {
  await frame();
  const drawn: number[] = [];
  const record = () => drawn.push(performance.now());
  const cy = current?.cy ?? current?.element?.cy;
  const start = performance.now();
  if (cy) {
    cy.on('render', record);
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    await cy.animation({ zoom: { level: cy.zoom() * 3, renderedPosition: centre }, duration }).play().promise('complete');
    await frame();
    await frame();
    cy.off('render', record);
  } else if (current?.sigma) {
    current.sigma.on('afterRender', record);
    const camera = current.sigma.getCamera();
    await camera.animate({ ratio: camera.ratio / 3 }, { duration });
    await frame();
    await frame();
    current.sigma.off('afterRender', record);
  }
  const gaps = [drawn[0]! - start, ...drawn.slice(1).map((t, i) => t - drawn[i]!)].filter(Number.isFinite);
  gaps.sort((a, b) => a - b);
  return { median: gaps[Math.floor(gaps.length / 2)] ?? NaN, worst: gaps[gaps.length - 1] ?? NaN, frames: drawn.length };
}

/**
 * The component laying out a graph that has no positions. `duration` covers the layout: from its
 * start (marked on the performance timeline before the worker's setup) to the first frame showing
 * the placed graph (its overview, or Cytoscape's drawing); `interactive` to Cytoscape's drawing and
 * `ready` to `ag-ready`, both later. `longestTask` is the main thread's while the worker iterates
 * (start to end marks), `drawTask` the longest task after it (drawing the placed graph);
 * `total` and `longestTaskTotal` cover everything from setting `graph`, including loading.
 */
async function layout(spec: SyntheticGraphOptions, attributes: Record<string, string> = {}) {
  const graph = syntheticGraph({ ...spec, positions: false });
  const element = document.createElement('article-graph');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  performance.clearMarks(LAYOUT_START_MARK);
  const ready = new Promise((resolve) => element.addEventListener('ag-ready', resolve, { once: true }));
  const t0 = performance.now();
  element.graph = graph;
  stage.append(element);
  // Nothing is drawn before it is placed: the first elements drawn are the placed ones.
  const pictures = pictureTimes(element);
  const shown = await pictures.first;
  const interactiveAt = await pictures.interactive;
  await ready;
  const t1 = performance.now();
  const cy = element.cy!;
  const layoutStart = performance.getEntriesByName(LAYOUT_START_MARK).at(-1)?.startTime ?? NaN;
  const layoutEnd = performance.getEntriesByName(LAYOUT_END_MARK).at(-1)?.startTime ?? NaN;
  await committed();
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  current = { kind: 'component', element };
  const positions = new Set(cy.nodes().map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`));
  // A task counts for the span it ends in: the one that ends after the end mark is the one that
  // received the positions and drew them.
  const longest = (from: number, to = Infinity) =>
    Math.max(0, ...tasks.filter((t) => t.startTime + t.duration > from && t.startTime + t.duration <= to).map((t) => t.duration));
  return {
    duration: shown - layoutStart,
    interactive: interactiveAt - layoutStart,
    ready: t1 - layoutStart,
    longestTask: longest(layoutStart, layoutEnd),
    drawTask: longest(layoutEnd),
    total: t1 - t0,
    longestTaskTotal: longest(t0),
    distinctPositions: positions.size,
    nodes: cy.nodes().length,
  };
}

/**
 * PNG export of the whole graph with the element's defaults (no legend, no caption) at `scale`
 * (the default, 1, when not given): the component's `exportPng` when it has one, else Cytoscape's `png`.
 */
async function exportPng(spec: SyntheticGraphOptions | 'article', scale?: number) {
  const element = document.createElement('article-graph');
  const ready = new Promise((resolve) => element.addEventListener('ag-ready', resolve, { once: true }));
  if (spec !== 'article') element.graph = syntheticGraph(spec);
  stage.append(element);
  await ready;
  await frame();
  current = { kind: 'component', element };
  const withExport = element as ArticleGraphElement & { exportPng?: (options: { scale?: number }) => Promise<Blob> };
  const t0 = performance.now();
  let bytes: number;
  let method: string;
  if (typeof withExport.exportPng === 'function') {
    const blob = await withExport.exportPng(scale === undefined ? {} : { scale });
    bytes = blob.size;
    method = 'exportPng';
  } else {
    const blob = (await element.cy!.png({ scale: scale ?? 1, full: true, output: 'blob-promise', bg: '#ffffff' })) as Blob;
    bytes = blob.size;
    method = 'cy.png';
  }
  return { duration: performance.now() - t0, bytes, method };
}

/** Mounts and removes the component `cycles` times; the runner measures the heap around it. */
async function mountCycles(cycles: number, spec: SyntheticGraphOptions) {
  const graph = syntheticGraph(spec);
  for (let i = 0; i < cycles; i++) {
    const element = document.createElement('article-graph');
    const ready = new Promise((resolve) => element.addEventListener('ag-ready', resolve, { once: true }));
    element.graph = graph;
    stage.append(element);
    await ready;
    element.remove();
    await frame();
  }
  await committed();
}

/** What the component chose for the graph it shows: its renderer settings and edge style. */
function componentState() {
  const cy = current?.element?.cy;
  if (!cy) return undefined;
  return { renderer: rendererSettingsOf(cy), edgeCurve: cy.edges()[0]?.style('curve-style') };
}

declare global {
  interface Window {
    bench: typeof bench;
  }
}

const bench = { firstFrame, zoomFrames, layout, exportPng, mountCycles, componentState };
window.bench = bench;
document.documentElement.dataset.ready = 'true';
