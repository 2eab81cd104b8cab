import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import dataset from '../../graph-data/article-graph.json';
import type { GraphData } from '../../src/model/types';
import { clickNode, hoverNode, legendRow, mount, nextEvent, part, settle, unmountAll } from '../support/mount';

afterEach(unmountAll);

const nodeKeys = dataset.nodes.map((node) => node.key).sort();

describe('<article-graph> with the article dataset', () => {
  it('draws every node of the dataset, inside the box', async () => {
    const { element, ready } = await mount();
    expect(ready.detail).toEqual({ nodes: dataset.nodes.length, edges: dataset.edges.length });
    const cy = element.cy!;
    expect(cy.nodes().map((node) => node.id()).sort()).toEqual(nodeKeys);
    expect(cy.edges()).toHaveLength(dataset.edges.length);
    const extent = cy.extent();
    for (const node of cy.nodes()) {
      const { x, y } = node.position();
      expect(node.visible()).toBe(true);
      expect(x >= extent.x1 && x <= extent.x2 && y >= extent.y1 && y <= extent.y2, node.id()).toBe(true);
    }
  });

  it('draws no node label over another label or another node in the default view', async () => {
    const { element } = await mount();
    const cy = element.cy!;
    type Box = { x1: number; y1: number; x2: number; y2: number };
    const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    // The labels drawn: those the label placement leaves out wait for room.
    const labels = cy
      .nodes()
      .filter((node) => !node.hasClass('label-hidden'))
      .map((node) => ({ id: node.id(), box: node.boundingBox({ includeNodes: false, includeLabels: true, includeEdges: false }) }));
    expect(labels.length).toBeGreaterThan(cy.nodes().length / 2);
    const bodies = cy.nodes().map((node) => ({ id: node.id(), box: node.boundingBox({ includeNodes: true, includeLabels: false, includeEdges: false }) }));
    const clashes: string[] = [];
    for (const [i, label] of labels.entries()) {
      for (const other of labels.slice(i + 1)) if (overlap(label.box, other.box)) clashes.push(`${label.id} label / ${other.id} label`);
      for (const body of bodies) if (body.id !== label.id && overlap(label.box, body.box)) clashes.push(`${label.id} label / ${body.id} node`);
    }
    expect(clashes).toEqual([]);
  });

  it('selects a node clicked where it is drawn and shows its evidence', async () => {
    const { element } = await mount();
    const selected = nextEvent(element, 'ag-select');
    await clickNode(element, 'assad');
    expect((await selected).detail).toEqual({ kind: 'node', key: 'assad' });
    await settle(element);
    expect(element.cy!.getElementById('assad').selected()).toBe(true);
    const details = part(element, 'ag-details');
    await details.updateComplete;
    const text = details.shadowRoot!.textContent!;
    expect(text).toContain('Bashar al-Assad');
    expect(text).toContain('Bashar al-Assad has agreed to supply Hezbollah');
    const quotes = [...details.shadowRoot!.querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes.some((quote) => quote!.includes('has agreed to supply the Lebanese militant group Hezbollah'))).toBe(true);
    // The claim the article leads with comes first, with who makes it and through whom.
    const first = details.shadowRoot!.querySelector('li.statement')!;
    expect(first.querySelector('button')!.textContent!.trim()).toBe('Bashar al-Assad has agreed to supply Hezbollah');
    expect(first.querySelector('.claimant')!.textContent).toBe('According to US intelligence, via two individuals familiar with the intelligence');
  });

  it('clears the selection on a click on the background and says so', async () => {
    const { element } = await mount();
    await clickNode(element, 'hezbollah');
    await settle(element);
    const cleared = nextEvent(element, 'ag-select');
    const rect = element.cy!.container()!.getBoundingClientRect();
    // A corner of the canvas, away from every node.
    await commands.mouseClick({ x: rect.left + 6, y: rect.bottom - 6 }, window.innerWidth);
    expect((await cleared).detail).toEqual({ kind: null, key: null });
  });

  it('hides the edges of a relation switched off in the legend, and shows them again', async () => {
    const { element } = await mount();
    const supplies = await legendRow(element, 'supplies');
    expect(supplies.closest('[role="treeitem"]')!.getAttribute('aria-checked')).toBe('true');
    const edges = () => element.cy!.edges('[relation = "supplies"]');
    expect(edges().length).toBeGreaterThan(0);
    await userEvent.click(supplies);
    await settle(element);
    expect(supplies.closest('[role="treeitem"]')!.getAttribute('aria-checked')).toBe('false');
    expect(edges().filter(':visible')).toHaveLength(0);
    expect(element.cy!.edges('[relation != "supplies"]').filter(':hidden')).toHaveLength(0);
    await userEvent.click(supplies);
    await settle(element);
    expect(edges().filter(':hidden')).toHaveLength(0);
  });

  it('hides the nodes of an entity type switched off, with their edges', async () => {
    const { element } = await mount();
    await userEvent.click(await legendRow(element, 'Media'));
    await settle(element);
    const hidden = element.cy!.nodes('[type = "media"]');
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.filter(':visible')).toHaveLength(0);
    expect(hidden.connectedEdges().filter(':visible')).toHaveLength(0);
  });

  it('finds a node by an alias, selects it and brings it into view', async () => {
    const { element } = await mount();
    const search = part(element, 'ag-search');
    const input = search.shadowRoot!.querySelector('input')!;
    await userEvent.click(input);
    await userEvent.keyboard('Nasrallah');
    await search.updateComplete;
    const options = [...search.shadowRoot!.querySelectorAll('[role="option"]')];
    expect(options.map((o) => o.textContent?.trim())[0]).toContain('Hassan Nasrallah');
    const selected = nextEvent(element, 'ag-select');
    await userEvent.keyboard('{Enter}');
    expect((await selected).detail).toEqual({ kind: 'node', key: 'nasrallah' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const cy = element.cy!;
    const { x, y } = cy.getElementById('nasrallah').renderedPosition();
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(cy.width());
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(cy.height());
  });

  it('highlights the neighbourhood of a hovered node and fades the rest', async () => {
    const { element } = await mount();
    await hoverNode(element, 'nasrallah');
    await settle(element);
    const cy = element.cy!;
    const near = cy.getElementById('nasrallah').closedNeighborhood();
    expect(near.nodes().filter('.faded')).toHaveLength(0);
    expect(cy.nodes().not(near).not('.faded')).toHaveLength(0);
    expect(cy.nodes().not(near).length).toBeGreaterThan(0);
    const rect = cy.container()!.getBoundingClientRect();
    await commands.mouseMove({ x: rect.left + 4, y: rect.bottom - 4 }, window.innerWidth);
    await settle(element);
    expect(cy.nodes('.faded')).toHaveLength(0);
  });

  it('focus mode shows only the neighbourhood within k hops', async () => {
    const { element } = await mount();
    await element.focusNode('nasrallah', 1);
    await settle(element);
    const cy = element.cy!;
    const visible = cy.nodes().filter((node) => node.visible()).map((node) => node.id()).sort();
    const expected = cy.getElementById('nasrallah').closedNeighborhood().nodes().map((node) => node.id()).sort();
    expect(visible).toEqual(expected);
    await element.focusNode('nasrallah', 2);
    await settle(element);
    expect(cy.nodes().filter((node) => node.visible()).length).toBeGreaterThan(expected.length);
  });

  it('describes a selected edge with its attribution, certainty and quotes', async () => {
    const { element } = await mount();
    const edge = dataset.edges.find((e) => e.attributes.relation === 'delivers-via')!;
    element.select({ kind: 'edge', key: edge.key });
    await settle(element);
    const details = part(element, 'ag-details');
    await details.updateComplete;
    const text = details.shadowRoot!.textContent!;
    expect(text).toContain('delivers via');
    expect(text).toContain('According to');
    expect(text).toContain('Certainty');
    expect(details.shadowRoot!.querySelectorAll('blockquote').length).toBe(edge.attributes.evidence.length);
    // Wagner's part is reported; what is uncertain is whether the delivery has happened.
    expect(text).toContain('Reported by a source');
    expect(details.shadowRoot!.querySelector('.doubt-row')!.textContent).toContain('Uncertain: whether the system has already been delivered or is still pending');
  });

  it('names the chain of sources of a claim that reaches the article through another', async () => {
    const { element } = await mount();
    element.select({ kind: 'edge', key: 'e2' });
    await settle(element);
    const details = part(element, 'ag-details');
    await details.updateComplete;
    const rows = [...details.shadowRoot!.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent!.replace(/\s+/g, ' ').trim()]);
    expect(rows).toContainEqual(['According to', 'US intelligence, via two individuals familiar with the intelligence']);
    expect(rows).toContainEqual(['Certainty', 'Reported by a source: “intelligence suggesting”']);
  });
});

describe('<article-graph> with other graphs', () => {
  it('loads a graph from the graph property and one from src', async () => {
    const { element, ready } = await mount((el) => {
      el.graph = { nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ source: 'a', target: 'b' }] };
    });
    expect(ready.detail).toEqual({ nodes: 2, edges: 1 });
    const url = URL.createObjectURL(new Blob([JSON.stringify({ nodes: [{ key: 'x' }, { key: 'y' }, { key: 'z' }], edges: [] })], { type: 'application/json' }));
    const next = nextEvent(element, 'ag-ready');
    element.graph = undefined;
    element.src = url;
    expect((await next).detail).toEqual({ nodes: 3, edges: 0 });
    expect(element.cy!.nodes().map((n) => n.id()).sort()).toEqual(['x', 'y', 'z']);
  });

  it('fires ag-error with every problem, shows it, and keeps the last good graph', async () => {
    const { element } = await mount();
    const failed = nextEvent(element, 'ag-error');
    element.graph = { nodes: [{ key: 'a' }], edges: [{ source: 'a', target: 'ghost' }, { target: 'a' }] } as GraphData;
    const { detail } = await failed;
    expect(detail.problems.map((p) => `${p.where}: ${p.message}`)).toEqual(['edge 1: target "ghost" is not a node', 'edge 2: has no source']);
    await settle(element);
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('edge 1: target "ghost" is not a node');
    expect(alert.textContent).toContain('the last one is still shown');
    expect(element.cy!.nodes()).toHaveLength(dataset.nodes.length);
  });

  it('runs an automatic layout for a graph without positions, keeping nodes apart', async () => {
    const nodes = Array.from({ length: 30 }, (_, i) => ({ key: `n${i}` }));
    const edges = nodes.slice(1).map((node, i) => ({ source: `n${Math.floor(i / 3)}`, target: node.key }));
    const { element } = await mount((el) => (el.graph = { nodes, edges }));
    const positions = element.cy!.nodes().map((node) => node.position());
    const distinct = new Set(positions.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(distinct.size).toBe(30);
  });

  it('shows a friendly empty state for an empty graph', async () => {
    const { element } = await mount((el) => (el.graph = { nodes: [], edges: [] }));
    await settle(element);
    expect(element.shadowRoot!.querySelector('.empty')?.textContent).toContain('This graph is empty');
  });
});
