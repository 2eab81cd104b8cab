/**
 * The article graph where readers meet it: a phone held upright, a 600 x 400 box in an article
 * column, a laptop and a desktop. At each, the element fills the box the page gives it, the claim
 * the article is about is labelled at a readable size on the first picture, no drawn label covers
 * another, the toolbar is one row, what is selected stays clear of the panels, and the graph is a
 * few Tab presses away. On a touch screen, one finger over the graph scrolls the page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import '../../src/define';
import type { ArticleGraphElement } from '../../src/components/article-graph/article-graph';
import { nextEvent, settle } from '../support/mount';

/** The four entities of the article's headline claim. */
const CORE = ['assad', 'hezbollah', 'wagner', 'pantsir'];

const PLACES = [
  { name: 'a phone held upright', viewport: { width: 390, height: 844 }, box: { width: 390, height: 700 } },
  { name: 'a 600 x 400 box in an article column', viewport: { width: 1024, height: 768 }, box: { width: 600, height: 400 } },
  { name: 'a laptop', viewport: { width: 1024, height: 768 }, box: { width: 1024, height: 700 } },
  { name: 'a desktop', viewport: { width: 1440, height: 900 }, box: { width: 1440, height: 820 } },
] as const;

type Box = { x1: number; y1: number; x2: number; y2: number };

const placed: HTMLElement[] = [];

afterEach(async () => {
  for (const element of placed.splice(0)) element.remove();
  await page.viewport(1280, 800);
});

/**
 * A page as a reader meets it: a focusable control before the graph, the graph in a box of `box`
 * filling it (`width: 100%; height: 100%`), and more page below it to scroll to.
 */
async function place(box: { width: number; height: number }): Promise<{ element: ArticleGraphElement; frame: HTMLElement; before: HTMLElement }> {
  const wrapper = document.createElement('div');
  const before = document.createElement('button');
  before.textContent = 'A link in the article';
  const frame = document.createElement('div');
  frame.style.cssText = `width:${box.width}px;height:${box.height}px`;
  const element = document.createElement('article-graph');
  element.style.cssText = 'width:100%;height:100%';
  element.theme = 'light';
  frame.append(element);
  const after = document.createElement('div');
  after.style.height = '1600px';
  wrapper.append(before, frame, after);
  const ready = nextEvent(element, 'ag-ready');
  document.body.append(wrapper);
  placed.push(wrapper);
  await ready;
  await settle(element);
  return { element, frame, before };
}

const LABEL_ONLY = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false } as const;

/** The labels Cytoscape draws, as boxes on screen. */
function drawnLabels(element: ArticleGraphElement): Array<{ id: string; box: Box }> {
  const cy = element.cy!;
  const zoom = cy.zoom();
  const pan = cy.pan();
  return cy
    .elements()
    .filter((ele) => ele.visible() && ele.style('label') !== '' && !ele.hasClass('label-hidden') && Number(ele.style('text-opacity')) > 0 && Number(ele.style('opacity')) > 0.5)
    .map((ele) => {
      const b = ele.boundingBox(LABEL_ONLY);
      return { id: ele.id(), box: { x1: b.x1 * zoom + pan.x, y1: b.y1 * zoom + pan.y, x2: b.x2 * zoom + pan.x, y2: b.y2 * zoom + pan.y } };
    })
    .filter(({ box }) => box.x2 > box.x1 && box.y2 > box.y1);
}

const overlap = (a: Box, b: Box) => a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5;

describe.each(PLACES)('the article graph on $name', ({ viewport, box }) => {
  it('fills its box exactly, borders inside', async () => {
    await page.viewport(viewport.width, viewport.height);
    const { element, frame } = await place(box);
    const own = element.getBoundingClientRect();
    const given = frame.getBoundingClientRect();
    expect([own.width, own.height]).toEqual([given.width, given.height]);
    expect([own.left, own.top]).toEqual([given.left, given.top]);
  });

  it('labels the claim the article is about at a readable size, and no drawn label covers another', async () => {
    await page.viewport(viewport.width, viewport.height);
    const { element } = await place(box);
    const cy = element.cy!;
    const stage = element.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
    const canvas = cy.container()!.getBoundingClientRect();
    for (const key of CORE) {
      const node = cy.getElementById(key);
      expect(node.hasClass('label-hidden'), `${key} labelled`).toBe(false);
      const onScreen = Number(node.numericStyle('font-size')) * cy.zoom();
      expect(onScreen, `${key} label size on screen`).toBeGreaterThanOrEqual(11);
      const { x, y } = node.renderedPosition();
      expect(canvas.left + x >= stage.left && canvas.left + x <= stage.right && canvas.top + y >= stage.top && canvas.top + y <= stage.bottom, `${key} in view`).toBe(true);
    }
    // The supply claim's line names the system it is about.
    expect(cy.getElementById('e2').data('label')).toContain('Pantsir');
    const labels = drawnLabels(element);
    const clashes: string[] = [];
    for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) if (overlap(a.box, b.box)) clashes.push(`${a.id} / ${b.id}`);
    expect(clashes).toEqual([]);
  });

  it('keeps its toolbar to one row', async () => {
    await page.viewport(viewport.width, viewport.height);
    const { element } = await place(box);
    const toolbar = element.shadowRoot!.querySelector('[part="toolbar"]')!.getBoundingClientRect();
    expect(toolbar.height).toBeLessThanOrEqual(56);
    expect(toolbar.width).toBeLessThanOrEqual(element.getBoundingClientRect().width);
  });

  it('keeps the selected entity clear of the panels', async () => {
    await page.viewport(viewport.width, viewport.height);
    const { element } = await place(box);
    element.select({ kind: 'node', key: 'hezbollah' });
    await settle(element);
    // The details open, then the view moves the selection out from under them.
    await new Promise((resolve) => setTimeout(resolve, 700));
    const cy = element.cy!;
    const canvas = cy.container()!.getBoundingClientRect();
    const node = cy.getElementById('hezbollah');
    const { x, y } = node.renderedPosition();
    const point = { x: canvas.left + x, y: canvas.top + y };
    const stage = element.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
    expect(point.x > stage.left && point.x < stage.right && point.y > stage.top && point.y < stage.bottom, 'in the stage').toBe(true);
    const panels = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.panel')].filter((panel) => !panel.hidden);
    expect(panels.length, 'the details are open').toBeGreaterThan(0);
    for (const panel of panels) {
      const rect = panel.getBoundingClientRect();
      const under = point.x >= rect.left && point.x <= rect.right && point.y >= rect.top && point.y <= rect.bottom;
      expect(under, `under ${panel.className}`).toBe(false);
    }
  });

  it('is reached within 10 Tab presses from the control before it', async () => {
    await page.viewport(viewport.width, viewport.height);
    const { element, before } = await place(box);
    before.focus();
    const canvas = element.shadowRoot!.querySelector<HTMLElement>('.cy')!;
    let presses = 0;
    while (element.shadowRoot!.activeElement !== canvas && presses < 30) {
      await userEvent.tab();
      presses++;
    }
    expect(element.shadowRoot!.activeElement).toBe(canvas);
    expect(presses).toBeLessThanOrEqual(10);
  });
});

describe('the small things', () => {
  it('clears the selection with Escape from inside a panel', async () => {
    await page.viewport(1440, 900);
    const { element } = await place({ width: 1440, height: 820 });
    element.select({ kind: 'node', key: 'wagner' });
    await settle(element);
    const details = element.shadowRoot!.querySelector<HTMLElement>('.panel.details')!;
    details.querySelector<HTMLElement>('.panel-close')!.focus();
    const cleared = nextEvent(element, 'ag-select');
    await userEvent.keyboard('{Escape}');
    expect((await cleared).detail).toEqual({ kind: null, key: null });
  });

  it('opens the export menu inside a small box', async () => {
    await page.viewport(390, 844);
    const { element } = await place({ width: 390, height: 480 });
    const menu = element.shadowRoot!.querySelector('ag-export-menu')!;
    menu.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
    await menu.updateComplete;
    const panel = menu.shadowRoot!.querySelector<HTMLElement>('.panel')!.getBoundingClientRect();
    const own = element.getBoundingClientRect();
    expect(panel.left).toBeGreaterThanOrEqual(own.left);
    expect(panel.right).toBeLessThanOrEqual(own.right);
  });

  it('spreads a small graph placed by ForceAtlas2, and no layout leaves drawn labels over one another', async () => {
    await page.viewport(1440, 900);
    const { element } = await place({ width: 1440, height: 820 });
    for (const layout of ['forceatlas2', 'fcose', 'grid', 'concentric'] as const) {
      await element.runLayout(layout);
      await settle(element);
      await new Promise((resolve) => setTimeout(resolve, 700));
      const cy = element.cy!;
      if (layout === 'forceatlas2') {
        // No pile: the closest two entities stand more than a node's width apart on screen.
        const points = cy.nodes().map((node) => node.renderedPosition());
        let closest = Infinity;
        for (const [i, a] of points.entries()) for (const b of points.slice(i + 1)) closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
        expect(closest, 'closest two entities, in px').toBeGreaterThan(14);
      }
      const labels = drawnLabels(element);
      const clashes: string[] = [];
      for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) if (overlap(a.box, b.box)) clashes.push(`${a.id} / ${b.id}`);
      expect(clashes, layout).toEqual([]);
    }
  }, 60_000);
});

describe('on a touch screen', () => {
  /** A phone held upright, the graph embedded in a page at its top; where its canvas is and how it is panned. */
  async function onPhone() {
    await page.viewport(390, 844);
    const { element } = await place({ width: 390, height: 480 });
    window.scrollTo(0, 0);
    const cy = element.cy!;
    return { element, cy, pan: { ...cy.pan() }, canvas: cy.container()!.getBoundingClientRect() };
  }

  it('scrolls the page under one finger over an embedded graph, leaving the graph where it was', async () => {
    const { element, cy, pan, canvas } = await onPhone();
    const start = { x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height * 0.7 };
    await commands.touchSwipe([start, { x: start.x, y: start.y - 200 }], window.innerWidth);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(window.scrollY).toBeGreaterThan(50);
    expect(cy.pan()).toEqual(pan);
    // And says how to move the graph instead.
    expect(element.shadowRoot!.querySelector('.gesture-hint')?.textContent).toContain('two fingers');
  });

  it('moves the graph under two fingers', async () => {
    const { cy, pan, canvas } = await onPhone();
    // Two fingers a thumb's width apart, as a reader puts them down.
    const a = { x: canvas.left + canvas.width / 2 - 90, y: canvas.top + canvas.height * 0.6 };
    const b = { x: canvas.left + canvas.width / 2 + 90, y: canvas.top + canvas.height * 0.6 };
    await commands.touchSwipe2([a, b], { x: 0, y: -120 }, window.innerWidth);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(Math.abs(cy.pan().y - pan.y)).toBeGreaterThan(40);
    expect(window.scrollY).toBeLessThan(20);
  });
});
