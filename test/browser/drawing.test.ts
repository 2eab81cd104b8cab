/**
 * Drawing is all-or-nothing: a graph that was read but cannot be drawn leaves the one before drawn
 * as it was, says so truthfully, and the element draws the next graph. Keys become element ids one
 * to one, so no relationship is lost or taken for another.
 */
import { describe, expect, it, vi } from 'vitest';
import Graph from 'graphology';
import cytoscape, { type Core } from 'cytoscape';
import small from '../fixtures/small-article.json';
import type { ArticleGraphElement } from '../../src/components/article-graph/article-graph';
import type { GraphData } from '../../src/model/types';
import { edgeElementId, nodeElementId } from '../../src/view/elements';
import { mount, nextEvent, settle } from '../support/mount';
import { failOnUncaught } from '../support/uncaught';

failOnUncaught();

const smallGraph = small as unknown as GraphData;
const triangle = { nodes: [{ key: 'x' }, { key: 'y' }, { key: 'z' }], edges: [{ source: 'x', target: 'y' }, { source: 'y', target: 'z' }] };

function alertText(element: ArticleGraphElement): string | undefined {
  return element.shadowRoot!.querySelector('[part="error"] [role="alert"]')?.textContent?.replace(/\s+/g, ' ');
}

/** Whether Cytoscape is in a batch: changes made in one are not drawn until it closes. */
function inBatch(cy: Core): boolean {
  return (cy as unknown as { _private: { batchCount: number } })._private.batchCount > 0;
}

/** Gives `graph`, waits for it to be drawn, and checks that it is what is drawn. */
async function drawsNext(element: ArticleGraphElement, graph: typeof triangle) {
  const ready = nextEvent(element, 'ag-ready');
  element.graph = graph;
  expect((await ready).detail).toEqual({ nodes: graph.nodes.length, edges: graph.edges.length });
  await settle(element);
  const cy = element.cy!;
  expect(inBatch(cy)).toBe(false);
  expect(cy.nodes().map((node) => node.data('key')).sort()).toEqual(graph.nodes.map((node) => node.key).sort());
  expect(alertText(element)).toBeUndefined();
}

describe('a graph that cannot be drawn', () => {
  it('leaves the graph before drawn as it was, says so, and draws the next one', async () => {
    const { element } = await mount((el) => (el.graph = smallGraph));
    const cy = element.cy!;
    element.select({ kind: 'node', key: small.nodes[0]!.key });
    // Cytoscape refuses the new graph's elements once, in the middle of a batch.
    const add = cy.add.bind(cy);
    vi.spyOn(cy, 'add').mockImplementationOnce(() => {
      throw new Error('Cytoscape refused an element');
    }).mockImplementation(add);
    const failed = nextEvent(element, 'ag-error');
    element.graph = triangle;
    expect((await failed).detail).toEqual({ message: 'The graph could not be drawn (Cytoscape refused an element)', problems: [] });
    await vi.waitFor(() => expect(cy.nodes()).toHaveLength(small.nodes.length));
    await settle(element);
    expect(inBatch(cy)).toBe(false);
    expect(alertText(element)).toContain('Could not draw the new graph; the last one is still shown.');
    expect(alertText(element)).toContain('Cytoscape refused an element');
    // As it was: the selection too.
    await vi.waitFor(() => expect(cy.$(':selected').map((node) => node.data('key'))).toEqual([small.nodes[0]!.key]));
    await drawsNext(element, triangle);
  });

  it('says that nothing is shown when the very first graph cannot be drawn, and draws the next', async () => {
    const element = document.createElement('article-graph');
    element.style.cssText = 'width: 900px; height: 500px';
    element.graph = triangle;
    const failed = nextEvent(element, 'ag-error');
    // Every Cytoscape core refuses elements, the one the element is about to create too.
    vi.spyOn(Object.getPrototypeOf(cytoscape({ headless: true })) as Core, 'add').mockImplementation(() => {
      throw new Error('no room');
    });
    document.body.append(element);
    await failed;
    await settle(element);
    expect(alertText(element)).toContain('Could not draw the graph.');
    expect(inBatch(element.cy!)).toBe(false);
    vi.restoreAllMocks();
    await drawsNext(element, { nodes: [{ key: 'p' }, { key: 'q' }], edges: [{ source: 'p', target: 'q' }] } as typeof triangle);
    element.remove();
  });

  it('says that nothing is shown when the graph cannot be drawn again after the element is moved', async () => {
    const { element } = await mount((el) => (el.graph = triangle));
    element.remove();
    vi.spyOn(Object.getPrototypeOf(cytoscape({ headless: true })) as Core, 'add').mockImplementation(() => {
      throw new Error('no room');
    });
    const failed = nextEvent(element, 'ag-error');
    document.body.append(element);
    expect((await failed).detail.message).toBe('The graph could not be drawn (no room)');
    await settle(element);
    expect(alertText(element)).toContain('Could not draw the graph.');
    vi.restoreAllMocks();
    await drawsNext(element, { nodes: [{ key: 'p' }], edges: [] } as unknown as typeof triangle);
    element.remove();
  });
});

describe('keys Cytoscape would not take as they are', () => {
  it('draws a node keyed with spaces only and an edge keyed "", then the next graph', async () => {
    const { element } = await mount((el) => (el.graph = smallGraph));
    const ready = nextEvent(element, 'ag-ready');
    element.graph = { nodes: [{ key: '   ' }, { key: 'b' }], edges: [{ key: '', source: '   ', target: 'b' }] };
    expect((await ready).detail).toEqual({ nodes: 2, edges: 1 });
    const cy = element.cy!;
    expect(cy.getElementById(nodeElementId('   ')).data('key')).toBe('   ');
    expect(cy.getElementById(edgeElementId('')).source().data('key')).toBe('   ');
    element.select({ kind: 'edge', key: '' });
    await settle(element);
    expect(cy.$(':selected').map((edge) => edge.data('key'))).toEqual(['']);
    await drawsNext(element, triangle);
  });

  it('draws a node "a" and edges "a" and "a#edge", and selects each for itself', async () => {
    const { element } = await mount((el) => (el.graph = smallGraph));
    const ready = nextEvent(element, 'ag-ready');
    element.graph = {
      nodes: [{ key: 'a' }, { key: 'b' }, { key: 'c' }],
      edges: [
        { key: 'a', source: 'a', target: 'b' },
        { key: 'a#edge', source: 'b', target: 'c' },
      ],
    };
    expect((await ready).detail).toEqual({ nodes: 3, edges: 2 });
    const cy = element.cy!;
    expect(cy.edges().map((edge) => edge.data('key')).sort()).toEqual(['a', 'a#edge']);
    // A tap on the drawn edge selects that relationship, not the one whose id it once shared.
    cy.getElementById(edgeElementId('a#edge')).emit('tap');
    await settle(element);
    expect(cy.$(':selected').map((edge) => edge.data('key'))).toEqual(['a#edge']);
    element.select({ kind: 'edge', key: 'a' });
    await settle(element);
    expect(cy.edges(':selected').map((edge) => `${edge.data('key')}: ${edge.source().data('key')} -> ${edge.target().data('key')}`)).toEqual(['a: a -> b']);
    element.select({ kind: 'node', key: 'a' });
    await settle(element);
    expect(cy.$(':selected').map((node) => `${node.group()} ${node.data('key')}`)).toEqual(['nodes a']);
  });
});

describe('a graph changed and given again', () => {
  it('draws the same Graph object again once it has changed', async () => {
    const graph = new Graph();
    graph.addNode('one');
    graph.addNode('two');
    graph.addEdge('one', 'two');
    const { element } = await mount((el) => (el.graph = graph));
    expect(element.cy!.nodes()).toHaveLength(2);
    graph.addNode('three');
    graph.addEdge('two', 'three');
    const ready = nextEvent(element, 'ag-ready');
    element.graph = graph;
    expect((await ready).detail).toEqual({ nodes: 3, edges: 2 });
    expect(element.cy!.nodes().map((node) => node.data('key')).sort()).toEqual(['one', 'three', 'two']);
  });
});
