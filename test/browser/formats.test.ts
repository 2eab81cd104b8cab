/**
 * Graphs in the formats newsrooms have, opened by `src` and by `graph` as a user would: GEXF from
 * Gephi and Gephi Lite, GraphML from Gephi and yEd, a CSV edge list with its node table; their labels,
 * colours, sizes and positions drawn; what does not fit refused with its line, or read leniently with
 * a notice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphInput } from '../../src/model/load';
import { mount, nextEvent, part, settle, unmountAll } from '../support/mount';

afterEach(unmountAll);

/** A node's drawn fill as `rgb(r,g,b)`. */
const fillOf = (element: HTMLElementTagNameMap['article-graph'], key: string) => element.cy!.getElementById(key).style('background-color');

describe('opening other formats by src', () => {
  it('draws a GEXF file as Gephi 0.9 writes it, with its viz colours, sizes and positions', async () => {
    const { element, ready } = await mount((el) => (el.src = '/hosts/fixtures/gephi-0.9.gexf'));
    expect(ready.detail).toEqual({ nodes: 6, edges: 6 });
    const cy = element.cy!;
    expect(cy.getElementById('0').data('label')).toBe('Russia');
    expect(fillOf(element, '0')).toBe('rgb(37,99,235)');
    expect(fillOf(element, '3')).toBe('rgb(22,163,74)');
    // Positions as Gephi has them, its y axis turned the screen's way: Russia above and left of Assad.
    expect(cy.getElementById('0').position()).toEqual({ x: -240.5, y: -120.25 });
    expect(cy.getElementById('0').position().y).toBeLessThan(cy.getElementById('2').position().y);
    // Sizes spread over the range the labels suit: the largest node (30) above the smallest (12).
    expect(cy.getElementById('0').width()).toBeGreaterThan(2 * cy.getElementById('4').width());
    // Six edges: a small graph shows every edge label from the start.
    expect(cy.edges().map((edge) => edge.style('label')).sort()).toEqual(['backs', 'controls', 'delivers to', 'delivers via', 'has agreed to supply', 'makes']);
    // Edge keys here are also node keys: the edge is found by its key.
    expect(cy.edges('[key = "4"]').style('line-color')).toBe('rgb(100,116,139)');
  });

  it('draws GEXF 1.3 as Gephi Lite writes it, titled after its meta title', async () => {
    const { element } = await mount((el) => (el.src = '/hosts/fixtures/gephi-lite-1.3.gexf'));
    expect(fillOf(element, 'assad')).toBe('rgb(234,88,12)');
    expect(element.cy!.getElementById('supply').style('line-color')).toBe('rgb(220,38,38)');
    const svg = new DOMParser().parseFromString(await (await element.exportSvg({ caption: true })).text(), 'image/svg+xml');
    expect(svg.querySelector('title')?.textContent).toBe('Supply chain, as Gephi Lite saves it');
  });

  it('draws GraphML as yEd writes it, and as Gephi writes it', async () => {
    const yed = await mount((el) => (el.src = '/hosts/fixtures/yed.graphml'));
    const cy = yed.element.cy!;
    expect(cy.getElementById('n0').data('label')).toBe('Bashar al-Assad');
    expect(fillOf(yed.element, 'n1')).toBe('rgb(22,163,74)');
    expect(cy.getElementById('n0').position()).toEqual({ x: 160, y: 70 });
    expect(cy.getElementById('e0').style('label')).toBe('has agreed to supply');
    const gephi = await mount((el) => (el.src = '/hosts/fixtures/gephi.graphml'));
    expect(fillOf(gephi.element, 'wagner')).toBe('rgb(220,38,38)');
    expect(gephi.element.cy!.getElementById('1').style('label')).toBe('delivers via');
  });

  it('draws a CSV edge list with its node table, named in the URL', async () => {
    const { element, ready } = await mount((el) => (el.src = '/hosts/fixtures/links.csv#nodes=points.csv'));
    expect(ready.detail).toEqual({ nodes: 6, edges: 6 });
    const cy = element.cy!;
    expect(fillOf(element, 'Hezbollah')).toBe('rgb(22,163,74)');
    expect(cy.getElementById('Wagner Group').position()).toEqual({ x: 160, y: 170 });
    expect(cy.getElementById('e1').style('label')).toBe('has agreed to supply');
    // Mutual ties are undirected: no arrowhead.
    expect(cy.edges('[relation = "allied with"]').map((edge) => edge.style('target-arrow-shape'))).toEqual(['none', 'none']);
    // The types come from the node table, and the legend lists them.
    expect(part(element, 'ag-legend').shadowRoot!.textContent).toContain('Armed group');
  });

  it('opens GEXF given as text in the graph property, with thousands of nodes', async () => {
    const count = 3000;
    const nodes = Array.from({ length: count }, (_, i) => `<node id="n${i}" label="Node ${i}"><viz:color r="${i % 256}" g="80" b="160"/><viz:position x="${(i % 60) * 40}" y="${Math.floor(i / 60) * 40}"/></node>`);
    const edges = Array.from({ length: count - 1 }, (_, i) => `<edge id="e${i}" source="n${i}" target="n${i + 1}"/>`);
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n<graph defaultedgetype="undirected">\n<nodes>\n${nodes.join('\n')}\n</nodes>\n<edges>\n${edges.join('\n')}\n</edges>\n</graph>\n</gexf>\n`;
    const started = performance.now();
    const { element, ready } = await mount((el) => (el.graph = text));
    console.info(`3,000-node GEXF from text to ag-ready: ${Math.round(performance.now() - started)} ms`);
    expect(ready.detail).toEqual({ nodes: count, edges: count - 1 });
    expect(element.cy!.getElementById('n300').data('color')).toBe('rgb(44,80,160)');
  });
});

describe('what does not fit', () => {
  it('refuses a GEXF file with a broken edge, naming its line, and keeps the last graph', async () => {
    const { element } = await mount();
    const text = (await (await fetch('/hosts/fixtures/gephi-0.9.gexf')).text()).replace('<edge id="2" source="1" target="3"', '<edge id="e3" source="1"');
    const line = text.split('\n').findIndex((row) => row.includes('<edge id="e3"')) + 1;
    const failed = nextEvent(element, 'ag-error');
    element.src = URL.createObjectURL(new Blob([text], { type: 'application/gexf+xml' }));
    const { detail } = await failed;
    expect(detail.problems).toEqual([{ where: `GEXF line ${line}`, message: 'edge "e3" has no target' }]);
    await settle(element);
    const shown = element.shadowRoot!.querySelector('[part="error"]')!.textContent!;
    expect(shown).toContain(`GEXF line ${line}: edge "e3" has no target`);
    expect(element.cy!.nodes().length).toBeGreaterThan(20);
  });

  it('names the line at which a GEXF file stops being XML', async () => {
    const { element } = await mount();
    const failed = nextEvent(element, 'ag-error');
    element.graph = '<?xml version="1.0"?>\n<gexf>\n  <graph>\n    <nodes><node id="a"></nodes>\n</gexf>\n';
    const { detail } = await failed;
    expect(detail.problems).toHaveLength(1);
    expect(detail.problems[0]!.where).toBe('GEXF line 4');
    expect(detail.problems[0]!.message).toMatch(/^is not well-formed XML: .+/);
  });

  it('draws a graph whose evidence is plain text, saying what it read differently, until dismissed', async () => {
    const graph = {
      nodes: [{ key: 'a', attributes: { label: 'Alpha' } }, { key: 'b', attributes: { label: 'Beta' } }],
      edges: [{ key: 'e1', source: 'a', target: 'b', attributes: { label: 'arms', evidence: 'a quote', certainty: 'probable' } }],
    };
    // Listened to from the start: the warning comes before ag-ready.
    const fresh = await (async () => {
      const host = document.createElement('article-graph');
      host.style.width = '900px';
      host.style.height = '600px';
      const warning = nextEvent(host, 'ag-warning');
      const drawn = nextEvent(host, 'ag-ready');
      host.graph = graph as unknown as GraphInput;
      document.body.append(host);
      return { host, warning: await warning, drawn: await drawn };
    })();
    const { host, warning } = fresh;
    try {
      expect(warning.detail.problems.map((problem) => `${problem.where}: ${problem.message}`)).toEqual([
        'edge 1 ("e1"): certainty must be one of stated, reported, possible, uncertain, got a string ("probable"); ignored',
        'edge 1 ("e1"): evidence must be a list, got a string ("a quote"); read as a quote without a sentence',
      ]);
      await settle(host);
      const notice = host.shadowRoot!.querySelector<HTMLElement>('[part="notice"]')!;
      expect(notice.textContent).toContain('2 parts of the data were ignored or read differently.');
      expect(host.cy!.edges().length).toBe(1);
      host.select({ kind: 'edge', key: 'e1' });
      await settle(host);
      expect(part(host, 'ag-details').shadowRoot!.textContent).toContain('a quote');
      notice.querySelector('button')!.click();
      await settle(host);
      expect(host.shadowRoot!.querySelector('[part="notice"]')).toBeNull();
    } finally {
      host.remove();
    }
  });

  it('shows the edge labels of a small plain graph from the start, and none for edges without one', async () => {
    const graph = {
      nodes: Array.from({ length: 12 }, (_, i) => ({ key: `n${i}`, attributes: { label: `Person ${i}`, color: i % 2 ? '#0ea5e9' : 'tomato', size: 1 + i } })),
      edges: [
        ...Array.from({ length: 10 }, (_, i) => ({ key: `e${i}`, source: `n${i}`, target: `n${i + 1}`, attributes: { label: `knows ${i}` } })),
        { key: 'plain', source: 'n0', target: 'n11' },
        { key: 'line', source: 'n1', target: 'n5', attributes: { type: 'line', color: '#111111', size: 9 } },
      ],
    };
    const { element } = await mount((el) => (el.graph = graph));
    const cy = element.cy!;
    expect(cy.getElementById('e3').style('label')).toBe('knows 3');
    expect(cy.getElementById('plain').style('label')).toBe('');
    expect(fillOf(element, 'n0')).toBe('rgb(255,99,71)');
    expect(fillOf(element, 'n1')).toBe('rgb(14,165,233)');
    expect(cy.getElementById('n11').width()).toBeGreaterThan(cy.getElementById('n0').width());
    expect(cy.getElementById('n0').style('shape')).toBe('ellipse');
    // sigma.js's edge type: a line has no arrowhead, and its own colour and width.
    expect(cy.getElementById('line').style('target-arrow-shape')).toBe('none');
    expect(cy.getElementById('e1').style('target-arrow-shape')).toBe('triangle');
    expect(cy.getElementById('line').style('line-color')).toBe('rgb(17,17,17)');
  });
});
