/**
 * The element's life in a page: connected, removed, put back, moved; and after removal, nothing of
 * it keeps running or keeps memory.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import small from '../fixtures/small-article.json';
import type { GraphData } from '../../src/model/types';
import { mount, nextEvent, settle, unmountAll } from '../support/mount';
import { watchWorkers } from '../support/workers';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

const smallGraph = small as unknown as GraphData;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('connecting and disconnecting', () => {
  it('destroys Cytoscape on removal and draws again with a new core when put back', async () => {
    const { element } = await mount((el) => (el.graph = smallGraph));
    const first = element.cy!;
    expect(first.nodes()).toHaveLength(small.nodes.length);
    element.remove();
    expect(first.destroyed()).toBe(true);
    expect(element.cy).toBeUndefined();
    const ready = nextEvent(element, 'ag-ready');
    document.body.append(element);
    expect((await ready).detail).toEqual({ nodes: small.nodes.length, edges: small.edges.length });
    const second = element.cy!;
    expect(second).not.toBe(first);
    expect(second.destroyed()).toBe(false);
    expect(second.nodes()).toHaveLength(small.nodes.length);
    expect(second.container()).toBe(element.shadowRoot!.querySelector('.cy'));
  });

  it('keeps working when moved to another parent, selection and all', async () => {
    const { element } = await mount((el) => (el.graph = smallGraph));
    element.select({ kind: 'node', key: 'rebels' });
    const first = element.cy!;
    const parent = document.createElement('section');
    document.body.append(parent);
    const ready = nextEvent(element, 'ag-ready');
    parent.append(element);
    await ready;
    await settle(element);
    expect(first.destroyed()).toBe(true);
    expect(element.cy!.nodes()).toHaveLength(small.nodes.length);
    expect(element.cy!.getElementById('rebels').selected()).toBe(true);
    const rect = element.cy!.container()!.getBoundingClientRect();
    expect(rect.width).toBeGreaterThan(100);
    parent.remove();
  });

  it('leaves no listener, observer, worker, frame or timer running after removal', async () => {
    const listeners = new Map<string, number>();
    const count = (key: string, delta: number) => listeners.set(key, (listeners.get(key) ?? 0) + delta);
    const addWindow = window.addEventListener.bind(window);
    const removeWindow = window.removeEventListener.bind(window);
    // A null listener (feature detection of passive events) is never called and needs no removal.
    vi.spyOn(window, 'addEventListener').mockImplementation(((type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
      if (listener) count(`window ${type}`, 1);
      addWindow(type, listener!, options);
    }) as typeof window.addEventListener);
    vi.spyOn(window, 'removeEventListener').mockImplementation(((type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
      if (listener) count(`window ${type}`, -1);
      removeWindow(type, listener!, options);
    }) as typeof window.removeEventListener);
    const matchMedia = window.matchMedia.bind(window);
    vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => {
      const list = matchMedia(query);
      const add = list.addEventListener.bind(list);
      const remove = list.removeEventListener.bind(list);
      list.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
        if (listener) count(`media ${query}`, 1);
        add(type, listener!, options);
      }) as typeof list.addEventListener;
      list.removeEventListener = ((type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
        if (listener) count(`media ${query}`, -1);
        remove(type, listener!, options);
      }) as typeof list.removeEventListener;
      return list;
    });
    const RealResizeObserver = window.ResizeObserver;
    const observing = new Set<ResizeObserver>();
    vi.stubGlobal(
      'ResizeObserver',
      class extends RealResizeObserver {
        override observe(target: Element, options?: ResizeObserverOptions) {
          observing.add(this);
          super.observe(target, options);
        }
        override disconnect() {
          observing.delete(this);
          super.disconnect();
        }
      },
    );

    const workers = watchWorkers();

    const { element } = await mount((el) => (el.graph = smallGraph));
    expect(observing.size).toBeGreaterThan(0);
    // An automatic layout too, which may run off the main thread.
    void element.runLayout('fcose');
    element.select({ kind: 'node', key: 'rebels' });
    element.zoomIn();
    await settle(element);
    const cy = element.cy!;
    unmountAll();
    await pause(300);

    expect(cy.destroyed()).toBe(true);
    expect(observing.size).toBe(0);
    expect(workers.alive.size, 'workers never terminated').toBe(0);
    const left = [...listeners].filter(([, n]) => n > 0);
    expect(left, 'listeners added and never removed').toEqual([]);

    // Nothing asks for frames or timers once the element is gone.
    let frames = 0;
    let timers = 0;
    const realFrame = window.requestAnimationFrame.bind(window);
    const realTimeout = window.setTimeout.bind(window);
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frames++;
      return realFrame(callback);
    });
    vi.spyOn(window, 'setInterval');
    vi.spyOn(window, 'setTimeout').mockImplementation(((handler: TimerHandler, timeout?: number, ...rest: unknown[]) => {
      timers++;
      return realTimeout(handler, timeout, ...rest);
    }) as typeof setTimeout);
    await new Promise((resolve) => realTimeout(resolve, 500));
    expect(frames).toBe(0);
    expect(timers).toBe(0);
    expect(window.setInterval).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});

describe('a layout running off the main thread', () => {
  it('terminates its worker when the element is removed mid-layout', async () => {
    const { started, alive } = watchWorkers();
    // Large enough, and without positions, for the automatic layout to run in a worker.
    const nodes = Array.from({ length: 400 }, (_, i) => ({ key: `n${i}` }));
    const edges = nodes.slice(1).map((node, i) => ({ source: `n${Math.floor(i / 4)}`, target: node.key }));
    const element = document.createElement('article-graph');
    element.style.cssText = 'width: 900px; height: 600px';
    element.graph = { nodes, edges };
    document.body.append(element);
    for (let i = 0; i < 100 && started.length === 0; i++) await pause(20);
    element.remove();
    await pause(200);
    expect(started.length, 'a worker was started').toBeGreaterThan(0);
    expect(alive.size, 'workers left running').toBe(0);
    vi.unstubAllGlobals();
  });
});

describe('memory', () => {
  it('stays flat over 50 mount and unmount cycles', async () => {
    const cycle = async () => {
      const { element } = await mount((el) => (el.graph = smallGraph));
      element.select({ kind: 'node', key: 'rebels' });
      await settle(element);
      unmountAll();
    };
    // Warm up: compiled code, caches and the first styles are not leaks.
    for (let i = 0; i < 5; i++) await cycle();
    await pause(100);
    const before = await commands.heapAfterGarbageCollection();
    for (let i = 0; i < 50; i++) await cycle();
    await pause(100);
    const after = await commands.heapAfterGarbageCollection();
    const growth = after - before;
    console.info(`heap: ${(before / 2 ** 20).toFixed(1)} MiB before, ${(after / 2 ** 20).toFixed(1)} MiB after 50 cycles (${(growth / 1024).toFixed(0)} KiB)`);
    expect(growth).toBeLessThanOrEqual(2 * 2 ** 20);
  }, 120_000);
});
