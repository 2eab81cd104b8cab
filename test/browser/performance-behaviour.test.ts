import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleGraphElement } from '../../src/components/article-graph/article-graph';
import { runningWorkerLayouts, startForceAtlas2 } from '../../src/view/layout-worker';
import { FAST_ABOVE, rendererSettingsOf } from '../../src/view/level-of-detail';
import { fitViewport } from '../../src/view/overview';
import { syntheticGraph } from '../bench/synthetic-graph';
import { cytoscapeDrawn, mount, nextEvent, unmountAll } from '../support/mount';
import { comparePixels, pixels, watchOverview } from '../support/overview';
import { watchWorkers } from '../support/workers';

afterEach(unmountAll);

function progressStatus(element: ArticleGraphElement): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>('.layout-progress');
}

/** Resolves once the element shows its layout progress, i.e. a worker layout is running. */
async function layoutStarted(element: ArticleGraphElement): Promise<string> {
  for (let i = 0; i < 400; i++) {
    const status = progressStatus(element);
    if (status) return status.textContent ?? '';
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no layout progress was shown');
}

/** A 900 x 600 element given `graph` (and whatever `configure` sets) and put on the page, not awaited. */
function attach(graph: ArticleGraphElement['graph'], configure: (element: ArticleGraphElement) => void = () => {}): ArticleGraphElement {
  const element = document.createElement('article-graph');
  element.style.width = '900px';
  element.style.height = '600px';
  configure(element);
  element.graph = graph;
  document.body.append(element);
  return element;
}

describe('large graphs without positions', () => {
  it('are laid out in a worker, with progress shown, while the element stays responsive', async () => {
    const element = attach(syntheticGraph({ nodes: 2000, edges: 4000, seed: 3, positions: false }));
    const ready = nextEvent(element, 'ag-ready', 25_000);
    try {
      const status = await layoutStarted(element);
      expect(status).toMatch(/^Laying out… \d+%$/);
      expect(runningWorkerLayouts.size).toBe(1);
      // The element answers while the worker iterates; the selection made meanwhile is drawn with the graph.
      const selected = nextEvent(element, 'ag-select');
      element.select({ kind: 'node', key: 'n7' });
      expect((await selected).detail).toEqual({ kind: 'node', key: 'n7' });
      expect(runningWorkerLayouts.size).toBe(1);
      await ready;
      await cytoscapeDrawn(element);
      expect(runningWorkerLayouts.size).toBe(0);
      expect(progressStatus(element)).toBeNull();
      const cy = element.cy!;
      expect(cy.nodes()).toHaveLength(2000);
      expect(cy.getElementById('n7').selected()).toBe(true);
      const positions = new Set(cy.nodes().map((node) => `${Math.round(node.position('x'))},${Math.round(node.position('y'))}`));
      expect(positions.size).toBeGreaterThan(1900);
      // Fitted: the drawing's middle is in view.
      const box = cy.nodes().boundingBox({});
      const extent = cy.extent();
      const middle = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
      expect(middle.x > extent.x1 && middle.x < extent.x2 && middle.y > extent.y1 && middle.y < extent.y2).toBe(true);
    } finally {
      element.remove();
    }
  });

  it('stop their worker when the element is removed mid-layout', async () => {
    const element = attach(syntheticGraph({ nodes: 2000, edges: 4000, seed: 5, positions: false }));
    await layoutStarted(element);
    expect(runningWorkerLayouts.size).toBe(1);
    element.remove();
    expect(runningWorkerLayouts.size).toBe(0);
    expect(element.cy).toBeUndefined();
  });

  it("can be stopped while the worker's copy of the graph is still being set up", async () => {
    const nodes = Array.from({ length: 3000 }, (_, i) => `n${i}`);
    const edges = Array.from({ length: 9000 }, (_, i) => [nodes[i % 3000]!, nodes[(i * 7 + 1) % 3000]!] as const);
    const workers = watchWorkers();
    try {
      const run = startForceAtlas2({ nodes, edges });
      expect(runningWorkerLayouts.size).toBe(1);
      run.stop();
      expect(runningWorkerLayouts.size).toBe(0);
      expect(await run.done).toBeUndefined();
      // The rest of the setup does not go on to start a worker.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(workers.started).toHaveLength(0);
      expect(runningWorkerLayouts.size).toBe(0);
      // Unstopped, the same setup does start one.
      const control = startForceAtlas2({ nodes, edges });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(workers.started).toHaveLength(1);
      control.stop();
      expect(workers.alive.size).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keep fcose below 300 nodes and use the graph positions when every node has them', async () => {
    const { element } = await mount((e) => (e.graph = syntheticGraph({ nodes: 120, edges: 200, seed: 2, positions: true })));
    const select = element.shadowRoot!.querySelector<HTMLSelectElement>('select[aria-label="Layout"]')!;
    expect(select.value).toBe('preset');
    const graph = syntheticGraph({ nodes: 120, edges: 200, seed: 2, positions: true });
    const first = graph.nodes[0]!;
    expect(element.cy!.getElementById(String(first.key)).position()).toEqual({ x: first.attributes!.x, y: first.attributes!.y });
  });
});

describe('level of detail', () => {
  const large = () => syntheticGraph({ nodes: FAST_ABOVE.nodes + 500, edges: 2000, seed: 9 });

  it('is fast for a large graph: straight edges without arrows, edges hidden while the view moves', async () => {
    const { element } = await mount((e) => (e.graph = large()));
    const cy = element.cy!;
    expect(rendererSettingsOf(cy)).toEqual({ hideEdgesOnViewport: true, hideLabelsOnViewport: true, textureOnViewport: true, motionBlur: false, pixelRatio: 1 });
    const edge = cy.edges()[0]!;
    expect(edge.style('curve-style')).toBe('haystack');
    expect(edge.style('target-arrow-shape')).toBe('none');
    expect(Number.parseFloat(cy.nodes()[0]!.style('min-zoomed-font-size'))).toBeGreaterThanOrEqual(12);
  });

  it('is full for the article-size graph', async () => {
    const { element } = await mount((e) => (e.graph = syntheticGraph({ nodes: 40, edges: 60, seed: 1 })));
    const cy = element.cy!;
    expect(rendererSettingsOf(cy)?.hideEdgesOnViewport).toBe(false);
    expect(cy.edges()[0]!.style('curve-style')).toBe('bezier');
  });

  it('follows the level-of-detail attribute, also when it changes after drawing', async () => {
    const { element } = await mount((e) => {
      e.setAttribute('level-of-detail', 'full');
      e.graph = large();
    });
    const cy = element.cy!;
    expect(rendererSettingsOf(cy)?.hideEdgesOnViewport).toBe(false);
    expect(cy.edges()[0]!.style('curve-style')).toBe('bezier');
    element.setAttribute('level-of-detail', 'fast');
    await element.updateComplete;
    expect(rendererSettingsOf(cy)?.hideEdgesOnViewport).toBe(true);
    expect(cy.edges()[0]!.style('curve-style')).toBe('haystack');
    element.setAttribute('level-of-detail', 'auto');
    await element.updateComplete;
    expect(cy.edges()[0]!.style('curve-style')).toBe('haystack');
  });

  it('touches only the elements whose view state changes', async () => {
    const { element } = await mount((e) => (e.graph = large()));
    const cy = element.cy!;
    let restyled = 0;
    cy.on('style', () => restyled++);
    element.select({ kind: 'node', key: 'n0' });
    await element.updateComplete;
    // Selecting one node restyles it and its edges, not the whole graph.
    expect(restyled).toBeGreaterThan(0);
    expect(restyled).toBeLessThan(200);
  });
});

describe('hovering a large graph', () => {
  it('highlights the neighbourhood without restyling the rest of the graph', async () => {
    const { element } = await mount((e) => (e.graph = syntheticGraph({ nodes: FAST_ABOVE.nodes + 500, edges: 2000, seed: 9 })));
    const cy = element.cy!;
    const node = cy.getElementById('n3');
    let restyled = 0;
    cy.on('style', () => restyled++);
    node.emit('mouseover');
    await element.updateComplete;
    const edges = node.connectedEdges();
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.filter('.highlighted')).toHaveLength(edges.length);
    expect(cy.elements('.faded')).toHaveLength(0);
    expect(restyled).toBeLessThan(200);
  });
});

/** Resolves with what the overview showed, at the moment it was put up, once `element` puts one up. */
async function overviewShown(element: ArticleGraphElement): Promise<{ image: string; width: number; height: number; cytoscapeElements: number }> {
  const canvas = await watchOverview(element).shown;
  return { image: canvas.toDataURL(), width: canvas.width, height: canvas.height, cytoscapeElements: element.cy?.elements().length ?? -1 };
}

describe('the first picture of a large graph', () => {
  const large = () => syntheticGraph({ nodes: 3000, edges: 9000, seed: 4 });

  it.each(['light', 'dark'] as const)('is an overview drawn before Cytoscape builds, that looks like what Cytoscape then draws, and goes away (%s theme)', async (theme) => {
    const element = attach(large(), (e) => (e.theme = theme));
    const ready = nextEvent(element, 'ag-ready');
    const shown = overviewShown(element);
    await element.updateComplete;
    try {
      const overview = await shown;
      // Up while Cytoscape still holds nothing of the graph (its core is handed out only once it holds the whole graph).
      expect(overview.cytoscapeElements).toBeLessThanOrEqual(0);
      await ready;
      await cytoscapeDrawn(element);
      const root = element.shadowRoot!;
      expect(root.querySelector('canvas.overview')).toBeNull();
      const cy = element.cy!;
      expect(cy.elements()).toHaveLength(12000);
      // Its first frame put up the picture of the view's zoom level, filled a slice at a time before
      // (Cytoscape's own would still be empty, to be filled over many frames): one layer, every element.
      const layerCache = (cy as unknown as { renderer(): { data: { lyrTxrCache: { layersByLevel: Record<number, { eles: unknown[]; invalid?: boolean }[]> } } } }).renderer().data.lyrTxrCache;
      const level = Math.max(-4, Math.ceil(Math.log2(cy.zoom())));
      expect(layerCache.layersByLevel[level]?.map((layer) => [layer.eles.length, layer.invalid ?? false])).toEqual([[12000, false]]);
      // Cytoscape took over the overview's viewport: nothing moves at the swap.
      const nodes = cy.nodes().map((node) => ({ group: 'nodes' as const, data: { id: node.id() }, position: node.position() }));
      const viewport = fitViewport(nodes, 44, { width: cy.width(), height: cy.height() }, 40, { min: cy.minZoom(), max: 1.6 })!;
      expect(cy.zoom()).toBeCloseTo(viewport.zoom, 6);
      expect(cy.pan().x).toBeCloseTo(viewport.pan.x, 3);
      expect(cy.pan().y).toBeCloseTo(viewport.pan.y, 3);
      // And the two pictures agree: the same shapes, colours and edges in the same places.
      const drawn = root.querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]')!;
      expect([drawn.width, drawn.height]).toEqual([overview.width, overview.height]);
      const background = theme === 'dark' ? '#111827' : '#ffffff';
      const [a, b] = await Promise.all([pixels(overview.image, overview.width, overview.height, background), pixels(drawn, overview.width, overview.height, background)]);
      const { differing, inked } = comparePixels(a, b, background);
      expect(inked).toBeGreaterThan(0.05);
      expect(differing).toBeLessThan(0.02);
    } finally {
      element.remove();
    }
  });

  it('gives way to a graph set while it is up: only the newer graph is drawn', async () => {
    const element = attach(large());
    const shown = overviewShown(element);
    await element.updateComplete;
    try {
      await shown;
      const ready = nextEvent(element, 'ag-ready');
      element.graph = syntheticGraph({ nodes: 40, edges: 60, seed: 1 });
      expect((await ready).detail).toEqual({ nodes: 40, edges: 60 });
      // Long enough for the superseded draw to have gone on, had it not given way.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(element.cy!.nodes()).toHaveLength(40);
      expect(element.shadowRoot!.querySelector('canvas.overview')).toBeNull();
    } finally {
      element.remove();
    }
  });

  it('is not used where Cytoscape draws labels: article-size graphs get the full picture, a large graph zoomed in enough to read none', async () => {
    const levels: string[] = [];
    const count = (element: ArticleGraphElement) => void watchOverview(element).shown.then((canvas) => levels.push(canvas.dataset.level ?? ''));
    await mount((e) => {
      e.graph = syntheticGraph({ nodes: 40, edges: 60, seed: 1 });
      queueMicrotask(() => count(e));
    });
    // Forced fast on a graph that fits at a readable zoom.
    await mount((e) => {
      e.setAttribute('level-of-detail', 'fast');
      e.graph = syntheticGraph({ nodes: 12, edges: 12, seed: 1 });
      queueMicrotask(() => count(e));
    });
    expect(levels).toEqual(['full']);
  });

  it('goes with the element when it is removed before Cytoscape has drawn', async () => {
    const element = attach(large());
    const shown = overviewShown(element);
    await element.updateComplete;
    await shown;
    element.remove();
    expect(element.shadowRoot!.querySelector('canvas.overview')).toBeNull();
    expect(element.cy).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(element.shadowRoot!.querySelector('canvas.overview')).toBeNull();
  });
});
