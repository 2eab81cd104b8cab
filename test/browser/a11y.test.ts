/**
 * Accessibility: the graph used from the keyboard alone, the list of statements, the live region,
 * the help, colour contrast of the text tokens, and axe-core over the demo page in both themes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import dataset from '../../graph-data/article-graph.json';
import type { ArticleGraphElement } from '../../src/components/article-graph/article-graph';
import { mount, nextEvent, part, settle, unmountAll, legendRow } from '../support/mount';

afterEach(unmountAll);

const canvasOf = (element: ArticleGraphElement) => element.shadowRoot!.querySelector<HTMLElement>('.cy')!;
const liveText = (element: ArticleGraphElement) => element.shadowRoot!.querySelector('[data-live-region]')!.textContent!.trim();
const focusedNodes = (element: ArticleGraphElement) => element.cy!.nodes('.keyboard-focus').map((node) => node.id());
const degree = (key: string) => dataset.edges.filter((edge) => edge.source === key || edge.target === key).length;

async function press(keys: string, element: ArticleGraphElement) {
  await userEvent.keyboard(keys);
  await settle(element);
}

describe('keyboard use of the graph', () => {
  it('reaches the canvas with Tab; it has a role and a name', async () => {
    const { element } = await mount();
    const canvas = canvasOf(element);
    expect(canvas.getAttribute('role')).toBe('application');
    expect(canvas.getAttribute('aria-label')).toContain(`Graph of ${dataset.nodes.length} entities`);
    part(element, 'ag-search').focus();
    let steps = 0;
    while (element.shadowRoot!.activeElement !== canvas && steps < 400) {
      await userEvent.tab();
      steps++;
    }
    expect(element.shadowRoot!.activeElement).toBe(canvas);
    expect(canvas.matches(':focus-visible')).toBe(true);
    expect(getComputedStyle(canvas).outlineStyle).toBe('solid');
  });

  it('moves between nodes with the arrow keys, selects with Enter and clears with Escape', async () => {
    const { element } = await mount();
    canvasOf(element).focus();
    await press('{ArrowRight}', element);
    const [first] = focusedNodes(element);
    expect(first, 'a node under keyboard focus').toBeDefined();
    const firstLabel = dataset.nodes.find((node) => node.key === first)!.attributes.label;
    expect(liveText(element)).toContain(`${firstLabel},`);
    const before = element.cy!.getElementById(first).renderedPosition();
    let moved = first;
    for (const key of ['{ArrowRight}', '{ArrowLeft}', '{ArrowDown}', '{ArrowUp}']) {
      await press(key, element);
      moved = focusedNodes(element)[0];
      if (moved !== first) {
        const after = element.cy!.getElementById(moved).renderedPosition();
        const dx = after.x - before.x;
        const dy = after.y - before.y;
        const expected = { '{ArrowRight}': dx > 0, '{ArrowLeft}': dx < 0, '{ArrowDown}': dy > 0, '{ArrowUp}': dy < 0 }[key];
        expect(expected, `${key} moved from ${first} to ${moved}`).toBe(true);
        break;
      }
    }
    expect(moved).not.toBe(first);
    expect(focusedNodes(element)).toHaveLength(1);
    const selected = nextEvent(element, 'ag-select');
    await press('{Enter}', element);
    expect((await selected).detail).toEqual({ kind: 'node', key: moved });
    expect(liveText(element)).toMatch(/^Selected /);
    const cleared = nextEvent(element, 'ag-select');
    await press('{Escape}', element);
    expect((await cleared).detail).toEqual({ kind: null, key: null });
    expect(focusedNodes(element)).toEqual([]);
  });

  it('follows relationships with Shift and an arrow key', async () => {
    const { element } = await mount();
    element.select({ kind: 'node', key: 'hezbollah' });
    await settle(element);
    canvasOf(element).focus();
    const neighbours = new Set(element.cy!.getElementById('hezbollah').neighborhood('node').map((node) => node.id()));
    const reached = new Set<string>();
    for (const key of ['{Shift>}{ArrowRight}{/Shift}', '{Shift>}{ArrowLeft}{/Shift}', '{Shift>}{ArrowUp}{/Shift}', '{Shift>}{ArrowDown}{/Shift}']) {
      element.select({ kind: 'node', key: 'hezbollah' });
      await settle(element);
      await press(key, element);
      const [now] = focusedNodes(element);
      if (now !== 'hezbollah') reached.add(now);
    }
    expect(reached.size).toBeGreaterThan(0);
    for (const key of reached) expect(neighbours.has(key), key).toBe(true);
  });

  it('announces a selection in the live region', async () => {
    const { element } = await mount();
    const region = element.shadowRoot!.querySelector('[data-live-region]')!;
    expect(region.getAttribute('role')).toBe('status');
    element.select({ kind: 'node', key: 'hezbollah' });
    await settle(element);
    expect(liveText(element)).toBe(`Selected Hezbollah, armed group, ${degree('hezbollah')} relationships`);
    element.select({ kind: 'edge', key: 'e2' });
    await settle(element);
    expect(liveText(element)).toBe('Selected relationship: Bashar al-Assad has agreed to supply Hezbollah');
    element.select(null);
    await settle(element);
    expect(liveText(element)).toBe('Selection cleared');
  });

  it('zooms with + and -, fits with 0, and focuses the search with /', async () => {
    const { element } = await mount();
    const cy = element.cy!;
    canvasOf(element).focus();
    const start = cy.zoom();
    await press('+', element);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(cy.zoom()).toBeGreaterThan(start * 1.1);
    await press('-', element);
    await press('-', element);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(cy.zoom()).toBeLessThan(start);
    await press('0', element);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(cy.zoom()).toBeCloseTo(start, 1);
    await press('/', element);
    const search = part(element, 'ag-search');
    expect(search.shadowRoot!.activeElement?.tagName).toBe('INPUT');
  });

  it('lists the shortcuts in a help overlay opened with ? or the toolbar button, closed with Escape', async () => {
    const { element } = await mount();
    canvasOf(element).focus();
    await press('?', element);
    const help = part(element, 'ag-help');
    await help.updateComplete;
    expect(help.open).toBe(true);
    const text = help.shadowRoot!.textContent!;
    for (const words of ['Keyboard shortcuts', 'Enter', 'Shift + arrow', 'Zoom in', 'Search for an entity', 'list of statements']) expect(text).toContain(words);
    expect(help.shadowRoot!.querySelector('[role="dialog"]')).not.toBeNull();
    await press('{Escape}', element);
    expect(help.open).toBe(false);
    expect(element.shadowRoot!.activeElement).toBe(canvasOf(element));
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Keyboard shortcuts"]')!;
    await userEvent.click(button);
    await settle(element);
    expect(help.open).toBe(true);
  });
});

describe('the graph as a list of statements', () => {
  it('is in the page for assistive technology while closed, as text without controls', async () => {
    const { element } = await mount();
    const statements = part(element, 'ag-statements');
    await statements.updateComplete;
    expect(statements.open).toBe(false);
    expect(statements.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(statements.shadowRoot!.querySelectorAll('ol > li')).toHaveLength(dataset.edges.length);
    expect(statements.shadowRoot!.querySelector('button')).toBeNull();
    expect(statements.shadowRoot!.textContent!.replace(/\s+/g, ' ')).toContain('Bashar al-Assad — has agreed to supply → Hezbollah');
  });

  it('opens from the toolbar, selects a statement, and follows the filters', async () => {
    const { element } = await mount();
    const list = [...element.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'List')!;
    await userEvent.click(list);
    await settle(element);
    const statements = part(element, 'ag-statements');
    await statements.updateComplete;
    expect(statements.open).toBe(true);
    expect(statements.getBoundingClientRect().width).toBeGreaterThan(300);
    const rows = [...statements.shadowRoot!.querySelectorAll('ol > li')];
    const row = rows.find((li) => li.textContent!.replace(/\s+/g, ' ').includes('Bashar al-Assad — has agreed to supply'))!;
    expect(row.querySelector('blockquote')!.textContent).toContain('has agreed to supply');
    const selected = nextEvent(element, 'ag-select');
    await userEvent.click(row.querySelector('button')!);
    expect((await selected).detail).toEqual({ kind: 'edge', key: 'e2' });
    await statements.updateComplete;
    expect(row.querySelector('button')!.getAttribute('aria-pressed')).toBe('true');
    // Switching a relation off in the legend removes its statements from the list.
    const supplies = await legendRow(element, 'supplies');
    const supplying = dataset.edges.filter((edge) => edge.attributes.relation === 'supplies').length;
    await userEvent.click(supplies);
    await settle(element);
    await statements.updateComplete;
    expect(statements.shadowRoot!.querySelectorAll('ol > li').length).toBeLessThanOrEqual(dataset.edges.length - supplying);
    expect(statements.shadowRoot!.querySelector('h2')!.textContent).toContain(`of ${dataset.edges.length}`);
  });
});

// ---- Colour contrast and axe ------------------------------------------------------------------

function channels(colour: string): number[] {
  const probe = document.createElement('canvas').getContext('2d')!;
  probe.fillStyle = colour;
  const hex = String(probe.fillStyle);
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

function contrast(a: string, b: string): number {
  const lum = (colour: string) => {
    const [r, g, bl] = channels(colour).map((c) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('colour contrast and automated checks', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`keeps text at WCAG AA contrast in the ${theme} theme`, async () => {
      const { element } = await mount((el) => (el.theme = theme));
      const style = getComputedStyle(element);
      const token = (name: string) => style.getPropertyValue(name).trim();
      for (const text of ['--_text', '--_muted', '--_link', '--_accent']) {
        for (const background of ['--_bg', '--_surface']) {
          const ratio = contrast(token(text), token(background));
          expect(ratio, `${text} on ${background}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
        }
      }
      expect(contrast(token('--_text'), token('--_accent-soft'))).toBeGreaterThanOrEqual(4.5);
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`finds no serious or critical axe violation on the demo page (${theme})`, async () => {
      // The demo page's own markup and stylesheet, served by the test server, in the test document.
      const page = new DOMParser().parseFromString(await (await fetch('/index.html')).text(), 'text/html');
      document.documentElement.lang = page.documentElement.lang;
      document.title = page.title;
      const stylesheet = document.createElement('link');
      stylesheet.rel = 'stylesheet';
      stylesheet.href = page.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!.getAttribute('href')!;
      const styled = nextEvent(stylesheet, 'load');
      document.head.append(stylesheet);
      await styled;
      const container = document.createElement('div');
      container.append(...[...page.body.children].map((child) => document.importNode(child, true)));
      const graph = container.querySelector('article-graph')!;
      graph.setAttribute('theme', theme);
      document.documentElement.style.colorScheme = theme;
      const ready = nextEvent(graph, 'ag-ready');
      document.body.append(container);
      try {
        await ready;
        await settle(graph);
        const results = await axe.run(container, { resultTypes: ['violations'] });
        const bad = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary}`).join(' | ')}`);
        expect(bad).toEqual([]);
        // The list of statements and the help are checked too, open.
        const toggles = [...graph.shadowRoot!.querySelectorAll('button')].filter((b) => b.textContent!.trim() === 'List' || b.getAttribute('aria-label') === 'Keyboard shortcuts');
        for (const toggle of toggles) toggle.click();
        await settle(graph);
        const open = await axe.run(container, { resultTypes: ['violations'] });
        expect(open.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).toEqual([]);
      } finally {
        container.remove();
        stylesheet.remove();
        document.documentElement.style.colorScheme = '';
      }
    });
  }
});

describe('the list of statements of a large graph', () => {
  it('lists the first 500 and says how to reach the rest', async () => {
    const nodes = Array.from({ length: 700 }, (_, i) => ({ key: `n${i}`, attributes: { x: (i % 30) * 40, y: Math.floor(i / 30) * 40 } }));
    const edges = nodes.slice(1).map((node, i) => ({ source: `n${i}`, target: node.key }));
    const { element } = await mount((el) => (el.graph = { nodes, edges }));
    const statements = part(element, 'ag-statements');
    await statements.updateComplete;
    expect(statements.shadowRoot!.querySelectorAll('ol > li')).toHaveLength(500);
    expect(statements.shadowRoot!.textContent).toContain('The first 500 of 699 statements are listed');
  });
});
