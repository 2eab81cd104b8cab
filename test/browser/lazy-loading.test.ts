/**
 * Lazy by default: an `<article-graph>` far below the reader fetches and draws nothing (no data,
 * no Cytoscape, not even its toolbar) and keeps the box it will draw in, until it comes within a
 * screen of the viewport; `loading="eager"` starts it at once. The first test must stay first: it
 * reads which modules this page has fetched, and the later tests fetch them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/define';
import type { ArticleGraphElement } from '../../src/components/article-graph/article-graph';
import { nearNow } from '../../src/components/article-graph/near';
import { nextEvent } from '../support/mount';

// The dev server serves one file per module: far more than the default 250 resource entries.
performance.setResourceTimingBufferSize(10_000);

const made: HTMLElement[] = [];
afterEach(() => {
  for (const element of made.splice(0)) element.remove();
  scrollTo(0, 0);
});

/** Whether the page has fetched a module whose path ends with `ending`. */
const fetched = (ending: string) => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(ending));

const frames = (count: number) => new Promise<void>((resolve) => {
  const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(count);
});

/** An element `screens` viewport heights down the page, 600 px wide and sized by its own aspect ratio. */
function below(screens: number, configure: (element: ArticleGraphElement) => void = () => {}): ArticleGraphElement {
  const spacer = document.createElement('div');
  spacer.style.height = `${screens * innerHeight}px`;
  const element = document.createElement('article-graph');
  element.style.width = '600px';
  configure(element);
  document.body.append(spacer, element);
  made.push(spacer, element);
  return element;
}

describe('loading', () => {
  it('fetches and draws nothing far below the reader, keeps its box, and draws once scrolled near', async () => {
    const element = below(3);
    await element.updateComplete;
    await frames(10);
    expect(element.shadowRoot!.querySelector('.shell')).toBeNull();
    expect(element.cy).toBeUndefined();
    expect(fetched('/deps/cytoscape.js')).toBe(false);
    expect(fetched('/graph-data/article-graph.json')).toBe(false);
    // Its box is there already: 600 px wide at 3:2 (16:9 in a window from 1,100 px wide).
    const before = element.getBoundingClientRect();
    expect(before.width).toBe(600);
    expect(before.height).toBeCloseTo(innerWidth >= 1100 ? 337.5 : 400, 0);

    // Near: within a screen of the viewport. (This page is in a frame, whose own view bounds what
    // the observer sees: here the element starts once it is in view.)
    scrollTo(0, element.offsetTop - 1.5 * innerHeight);
    expect(nearNow(element)).toBe(true);
    scrollTo(0, element.offsetTop - 2.5 * innerHeight);
    expect(nearNow(element)).toBe(false);
    const ready = nextEvent(element, 'ag-ready');
    scrollTo(0, element.offsetTop - innerHeight / 2);
    expect((await ready).detail.nodes).toBeGreaterThan(10);
    expect(fetched('/deps/cytoscape.js')).toBe(true);
    expect(fetched('/graph-data/article-graph.json')).toBe(true);
    const after = element.getBoundingClientRect();
    expect([after.width, after.height]).toEqual([before.width, before.height]);
  });

  it('starts at once with loading="eager", however far down', async () => {
    const element = below(4, (e) => e.setAttribute('loading', 'eager'));
    expect((await nextEvent(element, 'ag-ready')).detail.nodes).toBeGreaterThan(10);
    expect(element.cy!.nodes().length).toBeGreaterThan(10);
  });

  it('starts when asked to load eagerly later, and treats an unknown value as lazy', async () => {
    const element = below(4, (e) => e.setAttribute('loading', 'soon'));
    await element.updateComplete;
    await frames(10);
    expect(element.cy).toBeUndefined();
    expect(element.shadowRoot!.querySelector('.shell')).toBeNull();
    const ready = nextEvent(element, 'ag-ready');
    element.loading = 'eager';
    expect((await ready).detail.nodes).toBeGreaterThan(10);
  });

  it('takes a graph set before it starts, and draws that one', async () => {
    const element = below(3);
    element.graph = { nodes: [{ key: 'a', attributes: { label: 'A', x: 0, y: 0 } }, { key: 'b', attributes: { label: 'B', x: 200, y: 0 } }], edges: [{ key: 'e', source: 'a', target: 'b', attributes: { relation: 'supplies' } }] } as ArticleGraphElement['graph'];
    await frames(5);
    expect(element.cy).toBeUndefined();
    const ready = nextEvent(element, 'ag-ready');
    scrollTo(0, element.offsetTop);
    expect((await ready).detail).toEqual({ nodes: 2, edges: 1 });
  });

  it('leaves nothing behind when removed before it came near', async () => {
    const element = below(3);
    await frames(3);
    element.remove();
    scrollTo(0, document.body.scrollHeight);
    await frames(10);
    expect(element.cy).toBeUndefined();
    expect(element.shadowRoot!.querySelector('.shell')).toBeNull();
  });
});
