/**
 * An element taken out of the page while its first picture waits for Cytoscape's code, and put back
 * once the code has come, draws its graph in the core it then gets.
 */
import { describe, expect, it, vi } from 'vitest';
import { syntheticGraph } from '../bench/synthetic-graph';
import { nextEvent } from '../support/mount';
import '../../src/define';

const gate = vi.hoisted(() => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
});
vi.mock('../../src/view/load-cytoscape', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/view/load-cytoscape')>();
  return { ...real, loadCytoscape: () => gate.opened.then(real.loadCytoscape) };
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
