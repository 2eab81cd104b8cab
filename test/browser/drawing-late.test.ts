/**
 * A large graph answers from its overview before Cytoscape holds it. Should Cytoscape's build of it
 * fail after that, nothing of it stays half drawn: the reader is told, the graph before is drawn
 * again as it was, and the element draws the next graph.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import cytoscape, { type Core } from 'cytoscape';
import small from '../fixtures/small-article.json';
import type { GraphData } from '../../src/model/types';
import { syntheticGraph } from '../bench/synthetic-graph';
import { mount, nextEvent, settle, unmountAll } from '../support/mount';
import { failOnUncaught } from '../support/uncaught';

failOnUncaught();
afterEach(() => {
  vi.restoreAllMocks();
  unmountAll();
});

describe('a large graph whose build fails after its overview answered', () => {
  it('is taken off, says so, leaves the graph before drawn as it was, and the next graph is drawn', async () => {
    const { element } = await mount((el) => (el.graph = small as unknown as GraphData), { width: 900, height: 600 });
    const before = small.nodes.length;
    const core = Object.getPrototypeOf(cytoscape({ headless: true })) as Core;
    const add = core.add;
    let calls = 0;
    // Cytoscape refuses a slice of the large graph, well into its build.
    vi.spyOn(core, 'add').mockImplementation(function (this: Core, ...args: unknown[]) {
      if (++calls === 5) throw new Error('Cytoscape refused a slice');
      return (add as (...a: unknown[]) => unknown).apply(this, args) as never;
    } as never);
    const failed = nextEvent(element, 'ag-error');
    element.graph = syntheticGraph({ nodes: 3000, edges: 6000, seed: 7 });
    await vi.waitFor(() => expect(element.shadowRoot!.querySelector('canvas.overview')).not.toBeNull(), { timeout: 30_000 });
    expect((await failed).detail.message).toBe('The graph could not be drawn (Cytoscape refused a slice)');
    expect(calls).toBeGreaterThanOrEqual(5);
    await vi.waitFor(() => expect(element.cy?.nodes()).toHaveLength(before), { timeout: 30_000 });
    await settle(element);
    expect(element.shadowRoot!.querySelector('canvas.overview')).toBeNull();
    expect(element.shadowRoot!.querySelector('[part="error"] [role="alert"]')?.textContent).toContain('Could not draw the new graph; the last one is still shown.');
    expect(element.exportJson().nodes).toHaveLength(before);
    const ready = nextEvent(element, 'ag-ready');
    element.graph = { nodes: [{ key: 'x' }, { key: 'y' }], edges: [{ source: 'x', target: 'y' }] };
    expect((await ready).detail).toEqual({ nodes: 2, edges: 1 });
    await vi.waitFor(() => expect(element.cy?.nodes().map((node) => node.data('key')).sort()).toEqual(['x', 'y']));
  }, 90_000);
});
