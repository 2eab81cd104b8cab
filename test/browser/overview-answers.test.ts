/**
 * A large graph answers the reader from its overview before Cytoscape holds it: `ag-ready` comes
 * while the overview stands in, a hover marks the node's relationships, a click selects it, a drag
 * moves the view; then Cytoscape, once fetched and built, takes the selection and the view over.
 * Cytoscape's fetch is held back here until the test lets it go, so that the order is certain. An
 * element taken out of the page while its first picture waits for that fetch, and put back once
 * Cytoscape has come, draws its graph in the core it then gets.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { fitViewport } from '../../src/view/overview';
import { syntheticGraph } from '../bench/synthetic-graph';
import { cytoscapeDrawn, nextEvent, unmountAll } from '../support/mount';

/** Holds Cytoscape's fetch back until `open()`; `close()` holds it back again for the next test. */
const gate = vi.hoisted(() => {
  let open!: () => void;
  let opened!: Promise<void>;
  const close = () => void (opened = new Promise<void>((resolve) => (open = resolve)));
  close();
  return { opened: () => opened, open: () => open(), close };
});

vi.mock('../../src/view/load-cytoscape', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/view/load-cytoscape')>();
  return { ...real, loadCytoscape: () => gate.opened().then(real.loadCytoscape) };
});

afterEach(() => {
  unmountAll();
  gate.close();
});

describe('a large graph before Cytoscape holds it', () => {
  it('answers from its overview: announced, hovered, selected and moved, then taken over by Cytoscape', async () => {
    const graph = syntheticGraph({ nodes: 5000, edges: 20000, seed: 7 });
    const element = document.createElement('article-graph');
    element.style.width = '900px';
    element.style.height = '600px';
    element.graph = graph;
    const ready = nextEvent(element, 'ag-ready');
    document.body.append(element);
    try {
      expect((await ready).detail).toEqual({ nodes: 5000, edges: 20000 });
      // Announced while Cytoscape is not even here: the overview answers.
      const root = element.shadowRoot!;
      const overview = root.querySelector<HTMLCanvasElement>('canvas.overview')!;
      expect(overview).not.toBeNull();
      expect(element.cy).toBeUndefined();
      const marks = root.querySelector<HTMLCanvasElement>('canvas.overview ~ canvas')!;
      const inked = () => {
        const data = marks.getContext('2d')!.getImageData(0, 0, marks.width, marks.height).data;
        let count = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
        return count;
      };
      // Where the overview put the graph, and a connected node away from the others to point at.
      const box = overview.getBoundingClientRect();
      const nodes = graph.nodes.map((n) => ({ group: 'nodes' as const, data: { id: String(n.key) }, position: { x: n.attributes!.x as number, y: n.attributes!.y as number } }));
      const viewport = fitViewport(nodes, 44, { width: box.width, height: box.height }, 40, { min: 0.05, max: 1.6 })!;
      const onScreen = (p: { x: number; y: number }) => ({ x: box.left + p.x * viewport.zoom + viewport.pan.x, y: box.top + p.y * viewport.zoom + viewport.pan.y });
      const linked = new Set(graph.edges.flatMap((edge) => [String(edge.source), String(edge.target)]));
      const room = (node: (typeof nodes)[number]) => Math.min(...nodes.filter((o) => o !== node).map((o) => Math.hypot(o.position.x - node.position.x, o.position.y - node.position.y)));
      const target = nodes
        .filter((node) => linked.has(node.data.id))
        .map((node) => ({ node, at: onScreen(node.position) }))
        .filter(({ at }) => at.x > box.left + 60 && at.x < box.right - 60 && at.y > box.top + 60 && at.y < box.bottom - 60)
        .map((candidate) => ({ ...candidate, room: room(candidate.node) }))
        .sort((a, b) => b.room - a.room)[0]!;

      expect(inked()).toBe(0);
      await commands.mouseMove(target.at, window.innerWidth);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(inked()).toBeGreaterThan(0);

      const selected = nextEvent(element, 'ag-select');
      await commands.mouseClick(target.at, window.innerWidth);
      expect((await selected).detail).toEqual({ kind: 'node', key: target.node.data.id });

      // A drag on empty ground moves the view by as much.
      const ground = { x: box.left + 8, y: box.top + 8 };
      await commands.mouseDrag(ground, { x: ground.x + 90, y: ground.y + 40 }, window.innerWidth);

      // An export asked for now waits for Cytoscape to hold the whole graph.
      const png = element.exportPng({ scale: 1 });
      gate.open();
      await cytoscapeDrawn(element);
      expect((await png).type).toBe('image/png');
      const cy = element.cy!;
      expect(cy.elements()).toHaveLength(25000);
      expect(cy.getElementById(target.node.data.id).selected()).toBe(true);
      expect(cy.zoom()).toBeCloseTo(viewport.zoom, 6);
      expect(cy.pan().x).toBeCloseTo(viewport.pan.x + 90, 0);
      expect(cy.pan().y).toBeCloseTo(viewport.pan.y + 40, 0);
      expect(root.querySelector('canvas.overview')).toBeNull();
      expect(marks.isConnected).toBe(false);
    } finally {
      gate.open();
      element.remove();
    }
  });
});

describe('an element moved while its first picture waits for Cytoscape', () => {
  it('draws its graph once it is back', async () => {
    const graph = syntheticGraph({ nodes: 60, edges: 90, seed: 3 });
    const element = document.createElement('article-graph');
    element.setAttribute('loading', 'eager');
    element.style.cssText = 'display: block; width: 900px; height: 600px';
    element.graph = graph;
    document.body.append(element);
    await vi.waitFor(() => expect(element.shadowRoot?.querySelector('canvas.overview')).toBeTruthy(), { timeout: 20_000 });
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 100));
    gate.open();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const ready = nextEvent(element, 'ag-ready');
    document.body.append(element);
    expect((await ready).detail).toEqual({ nodes: graph.nodes.length, edges: graph.edges.length });
    await vi.waitFor(() => expect(element.cy?.nodes()).toHaveLength(graph.nodes.length), { timeout: 20_000 });
    element.remove();
  }, 60_000);
});
