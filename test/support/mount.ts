/**
 * Browser test helpers: mount `<article-graph>` in the test page, wait for it to draw, and find
 * where a node is on screen.
 */
import { commands } from 'vitest/browser';
import '../../src/define';
import type { ArticleGraphElement } from '../../src/components/article-graph/article-graph';
import type { AgReadyDetail } from '../../src/events/events';

export interface Mounted {
  element: ArticleGraphElement;
  ready: CustomEvent<AgReadyDetail>;
}

const mounted = new Set<HTMLElement>();

/**
 * Adds an element to the page, lets `configure` set it up before connection, and waits for `ag-ready`
 * and, for a large graph whose overview answers first, for Cytoscape to have drawn the whole graph.
 */
export async function mount(
  configure: (element: ArticleGraphElement) => void = () => {},
  size = { width: 1100, height: 700 },
): Promise<Mounted> {
  const element = document.createElement('article-graph');
  element.style.width = `${size.width}px`;
  element.style.height = `${size.height}px`;
  configure(element);
  const ready = nextEvent(element, 'ag-ready');
  document.body.append(element);
  mounted.add(element);
  const event = await ready;
  await cytoscapeDrawn(element);
  return { element, ready: event };
}

/** Resolves once Cytoscape holds and has drawn the element's graph (`cy` is defined, no overview stands in for it). */
export async function cytoscapeDrawn(element: ArticleGraphElement, timeout = 100_000): Promise<void> {
  const start = performance.now();
  while (!element.cy || element.shadowRoot!.querySelector('canvas.overview')) {
    if (performance.now() - start > timeout) throw new Error(`Cytoscape did not draw within ${timeout} ms`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

export function unmountAll(): void {
  for (const element of mounted) element.remove();
  mounted.clear();
}

export function nextEvent<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  type: K,
  timeout = 30_000,
): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeout} ms`)), timeout);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as HTMLElementEventMap[K]);
      },
      { once: true },
    );
  });
}

/** Where a node is drawn, in client coordinates of the test page. */
export function nodePoint(element: ArticleGraphElement, key: string): { x: number; y: number } {
  const cy = element.cy!;
  const node = cy.getElementById(key);
  if (node.empty()) throw new Error(`node ${key} is not drawn`);
  const rendered = node.renderedPosition();
  const rect = cy.container()!.getBoundingClientRect();
  return { x: rect.left + rendered.x, y: rect.top + rendered.y };
}

export async function clickNode(element: ArticleGraphElement, key: string): Promise<void> {
  await commands.mouseClick(nodePoint(element, key), window.innerWidth);
}

export async function hoverNode(element: ArticleGraphElement, key: string): Promise<void> {
  await commands.mouseMove(nodePoint(element, key), window.innerWidth);
}

/** The shadow root of a sub-element of the shell. */
export function part<K extends keyof HTMLElementTagNameMap>(element: ArticleGraphElement, tag: K): HTMLElementTagNameMap[K] {
  const found = element.shadowRoot!.querySelector(tag);
  if (!found) throw new Error(`<${tag}> is not rendered`);
  return found;
}

export async function settle(element: ArticleGraphElement): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/**
 * A row of the legend by its name, as a person finds it: an entity type, a family of relations, or a
 * relation, whose family is opened first if it is closed. Clicking the row switches it.
 */
export async function legendRow(element: ArticleGraphElement, name: string): Promise<HTMLElement> {
  const legend = part(element, 'ag-legend');
  await legend.updateComplete;
  const find = () =>
    [...legend.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')].find((item) => item.querySelector(':scope > .row .name')?.textContent === name);
  for (const family of legend.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"][aria-expanded="false"]')) {
    if (find()) break;
    family.querySelector<HTMLElement>(':scope > .row [data-disclosure]')!.click();
    await legend.updateComplete;
  }
  const item = find();
  if (!item) throw new Error(`no legend row "${name}"`);
  return item.querySelector<HTMLElement>(':scope > .row')!;
}

/**
 * A control of the toolbar by its name, where a person finds it: in the row when it has room there,
 * else in the overflow menu, which is opened for it.
 */
export async function toolbarControl(element: ArticleGraphElement, label: string): Promise<HTMLElement> {
  const root = element.shadowRoot!;
  const named = (control: Element) => (control.getAttribute('aria-label') ?? control.textContent!.trim()) === label;
  const inRow = [...root.querySelectorAll<HTMLElement>('.actions > [data-control]')].find((control) => named(control) && control.getClientRects().length > 0);
  if (inRow) return inRow;
  const toggle = root.querySelector<HTMLButtonElement>('.overflow-toggle')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await element.updateComplete;
  const item = [...root.querySelectorAll<HTMLElement>('.overflow-menu [role^="menuitem"]')].find((candidate) => candidate.textContent!.trim() === label && candidate.getClientRects().length > 0);
  if (!item) throw new Error(`no toolbar control "${label}"`);
  return item;
}
