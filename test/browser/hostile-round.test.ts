/**
 * Hostile and odd input, a second round: the cases of the first round that were fixed, checked
 * again end to end, and new ones. Each is drawn, or refused with a clear message in the box and in
 * `ag-error`; nothing uncaught, no element left stuck, no file that does not open.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import small from '../fixtures/small-article.json';
import type { ArticleGraphElement } from '../../src/components/article-graph/article-graph';
import type { GraphData } from '../../src/model/types';
import { edgeElementId, nodeElementId } from '../../src/view/elements';
import { mount, nextEvent, settle } from '../support/mount';
import { failOnUncaught } from '../support/uncaught';

failOnUncaught();
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

const smallGraph = small as unknown as GraphData;
type Input = NonNullable<ArticleGraphElement['graph']>;

function alertText(element: ArticleGraphElement): string | undefined {
  return element.shadowRoot!.querySelector('[part="error"] [role="alert"]')?.textContent?.replace(/\s+/g, ' ');
}

/** The SVG parsed as a document: it must be well-formed, with one `<svg>` root. */
async function openSvg(blob: Blob): Promise<{ text: string; doc: Document }> {
  const text = await blob.text();
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')?.textContent ?? null).toBeNull();
  expect(doc.documentElement.localName).toBe('svg');
  expect(text.trimEnd().endsWith('</svg>')).toBe(true);
  return { text, doc };
}

/** Mounts `graph`, expects it drawn with these counts and no message; returns the element. */
async function draws(graph: Input, counts: { nodes: number; edges: number }, configure: (el: ArticleGraphElement) => void = () => {}) {
  const { element, ready } = await mount((el) => {
    configure(el);
    el.graph = graph;
  });
  expect(ready.detail).toEqual(counts);
  expect(element.cy!.nodes()).toHaveLength(counts.nodes);
  expect(element.cy!.edges()).toHaveLength(counts.edges);
  expect(alertText(element)).toBeUndefined();
  return element;
}

describe('the first round, checked again end to end', () => {
  it('writes one well-formed SVG whatever the title and labels hold ($\' $& U+0001 U+FFFE, a lone surrogate)', async () => {
    const element = await draws(
      { attributes: { title: "Costs $' and $& and $1" }, nodes: [{ key: 'a', attributes: { label: 'ctl\u0001 \uFFFE end' } }, { key: 'b', attributes: { label: 'half \uD800 pair' } }], edges: [{ source: 'a', target: 'b', attributes: { label: '$`' } }] },
      { nodes: 2, edges: 1 },
    );
    const { text, doc } = await openSvg(await element.exportSvg());
    expect(doc.querySelector('title')!.textContent).toBe("Costs $' and $& and $1");
    expect(text).not.toMatch(/[\u0001\uFFFE]/);
  });

  it('refuses exportSvg({ scale: NaN }) and a padding of NaN, Infinity or 1e9, saying which', async () => {
    const element = await draws(smallGraph, { nodes: small.nodes.length, edges: small.edges.length });
    await expect(element.exportSvg({ scale: NaN })).rejects.toThrow(/scale must be a number/);
    for (const padding of [NaN, Infinity, 1e9]) await expect(element.exportPng({ padding })).rejects.toThrow(/padding must be a number/);
    await expect(element.exportPng({ scale: '3' as unknown as number })).rejects.toThrow(/scale must be a number/);
  });

  it('ignores a hash that is not valid percent-encoding, with a warning, and draws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    history.replaceState(null, '', '#g.select=node:%E0%A4%A&g.hide=%');
    const element = await draws(smallGraph, { nodes: small.nodes.length, edges: small.edges.length }, (el) => {
      el.id = 'g';
      el.deepLink = true;
    });
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    location.hash = '#g.select=node:%ZZ';
    await settle(element);
    expect(warn).toHaveBeenCalled();
    expect(element.cy!.$(':selected')).toHaveLength(0);
  });

  it('falls back to the default for level-of-detail="bogus", timeout="abc" and max-nodes="abc", and draws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await draws(smallGraph, { nodes: small.nodes.length, edges: small.edges.length }, (el) => {
      el.setAttribute('level-of-detail', 'bogus');
      el.setAttribute('timeout', 'abc');
      el.setAttribute('max-nodes', 'abc');
    });
    const said = warn.mock.calls.map((call) => call.join(' ')).join('\n');
    for (const named of ['level-of-detail', 'bogus', 'timeout', 'max-nodes']) expect(said).toContain(named);
  });

  it('exports a graph whose vocabulary labels and source fields were objects and numbers', async () => {
    const element = await draws(
      {
        attributes: {
          source: { title: 'T', url: { href: 'x' } as unknown as string, published: { y: 1 } as unknown as string, paragraphs: [] },
          vocabulary: { relations: { r: { label: 5 as unknown as string, definition: {} as unknown as string, directed: true } }, entityTypes: { t: { label: ['x'] as unknown as string, definition: '' } }, attributions: {}, families: {} },
        },
        nodes: [{ key: 'a', attributes: { type: 't' } }, { key: 'b' }],
        edges: [{ source: 'a', target: 'b', attributes: { relation: 'r' } }],
      },
      { nodes: 2, edges: 1 },
    );
    const { text } = await openSvg(await element.exportSvg({ legend: true, caption: true }));
    expect(text).toContain('>5</');
    expect((await element.exportPng()).size).toBeGreaterThan(0);
  });
});

describe('a fresh round', () => {
  it('1. draws a node and an edge that share a key, and a key that looks like another id', async () => {
    const element = await draws(
      { nodes: [{ key: 'x' }, { key: 'node:x' }, { key: 'edge:x' }], edges: [{ key: 'x', source: 'x', target: 'node:x' }, { key: 'node:x', source: 'edge:x', target: 'x' }] },
      { nodes: 3, edges: 2 },
    );
    const cy = element.cy!;
    expect(cy.getElementById(nodeElementId('edge:x')).data('key')).toBe('edge:x');
    expect(cy.getElementById(edgeElementId('node:x')).source().data('key')).toBe('edge:x');
  });

  it('2. selects keys holding selector characters (" ] \\ # , : .) by key, and through a deep link', async () => {
    const key = 'a"]\\#,:.b';
    const element = await draws({ nodes: [{ key }, { key: 'b' }], edges: [{ source: key, target: 'b' }] }, { nodes: 2, edges: 1 }, (el) => {
      el.id = 'sel';
      el.deepLink = true;
    });
    element.select({ kind: 'node', key });
    await settle(element);
    expect(element.cy!.$(':selected').map((node) => node.data('key'))).toEqual([key]);
    await vi.waitFor(() => expect(decodeURIComponent(location.hash)).toContain(`sel.select=node:${key}`));
  });

  it('3. draws fifty parallel edges and a self-loop keyed like its node', async () => {
    const edges = Array.from({ length: 50 }, (_, i) => ({ key: `p${i}`, source: 'a', target: 'b' }));
    await draws({ nodes: [{ key: 'a' }, { key: 'b' }], edges: [...edges, { key: 'a', source: 'a', target: 'a' }] }, { nodes: 2, edges: 51 });
  });

  it('4. draws labels of bidirectional overrides, zero-width characters and only spaces', async () => {
    const element = await draws(
      { nodes: [{ key: 'a', attributes: { label: '\u202Egnp.exe' } }, { key: 'b', attributes: { label: '\u200B\u200B' } }, { key: 'c', attributes: { label: '   ' } }], edges: [] },
      { nodes: 3, edges: 0 },
    );
    await openSvg(await element.exportSvg());
  });

  it('(first round) exports a picture of a graph whose only nodes stand at ±1e308', async () => {
    const element = await draws({ nodes: [{ key: 'a', attributes: { x: 1e308, y: -1e308 } }, { key: 'b', attributes: { x: -1e308, y: 1e308 } }], edges: [{ source: 'a', target: 'b' }] }, { nodes: 2, edges: 1 });
    const image = await element.exportPng({ scale: 1 });
    expect(image.width).toBeGreaterThan(100);
    expect(image.height).toBeGreaterThan(100);
  });

  it('5. draws a single node at 1e308 and nodes at -0 and 5e-324', async () => {
    const one = await draws({ nodes: [{ key: 'far', attributes: { x: 1e308, y: 1e308 } }], edges: [] }, { nodes: 1, edges: 0 });
    const { x, y } = one.cy!.getElementById('far').position();
    expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    const tiny = await draws({ nodes: [{ key: 'a', attributes: { x: -0, y: 0 } }, { key: 'b', attributes: { x: 5e-324, y: 5e-324 } }], edges: [] }, { nodes: 2, edges: 0 });
    const [a, b] = ['a', 'b'].map((key) => tiny.cy!.getElementById(key).renderedPosition());
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(5);
    expect((await tiny.exportPng()).width).toBeGreaterThan(0);
  });

  it('6. lays out a graph of 3,000 nodes that all stand at one point', async () => {
    const nodes = Array.from({ length: 3000 }, (_, i) => ({ key: `n${i}`, attributes: { x: 7, y: 7 } }));
    const element = await draws({ nodes, edges: [] }, { nodes: 3000, edges: 0 });
    const positions = new Set(element.cy!.nodes().map((node) => `${Math.round(node.position('x'))},${Math.round(node.position('y'))}`));
    expect(positions.size).toBeGreaterThan(2900);
  }, 60_000);

  it('7. ignores a selected attribute naming no element, and prefers the node when a node and an edge share the key', async () => {
    const element = await draws({ nodes: [{ key: 'k' }, { key: 'b' }], edges: [{ key: 'k', source: 'k', target: 'b' }] }, { nodes: 2, edges: 1 }, (el) => el.setAttribute('selected', 'nothing-here'));
    expect(element.cy!.$(':selected')).toHaveLength(0);
    element.setAttribute('selected', 'k');
    await settle(element);
    expect(element.cy!.$(':selected').map((e) => `${e.group()} ${e.data('key')}`)).toEqual(['nodes k']);
  });

  it('8. reads relations=",, ,a,,", panels="reader,reader,bogus" and theme="Dark" without failing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await draws(smallGraph, { nodes: small.nodes.length, edges: small.edges.length }, (el) => {
      el.setAttribute('relations', ',, ,a,,');
      el.setAttribute('panels', 'reader,reader,bogus');
      el.setAttribute('theme', 'Dark');
    });
    expect(warn.mock.calls.map((call) => call.join(' ')).join('\n')).toContain('Dark');
  });

  it('9. refuses src="javascript:…" and a data: URL of HTML without running them', async () => {
    const { element } = await mount((el) => (el.graph = smallGraph));
    (window as unknown as { ran?: boolean }).ran = false;
    for (const src of ['javascript:window.ran=true', 'data:text/html,<script>window.ran=true</script>']) {
      const failed = nextEvent(element, 'ag-error');
      element.graph = undefined;
      element.src = src;
      expect((await failed).detail.message.length).toBeGreaterThan(0);
      await settle(element);
      expect(alertText(element)).toContain('the last one is still shown');
    }
    expect((window as unknown as { ran?: boolean }).ran).toBe(false);
    expect(element.cy!.nodes()).toHaveLength(small.nodes.length);
  });

  it('10. refuses a graph of a million spaces as empty text', async () => {
    const { element } = await mount((el) => (el.graph = smallGraph));
    const failed = nextEvent(element, 'ag-error');
    element.graph = ' '.repeat(1_000_000);
    expect((await failed).detail.message).toContain('empty');
  });

  it('11. refuses a number key and a string key that are the same key', async () => {
    const { element } = await mount((el) => (el.graph = smallGraph));
    const failed = nextEvent(element, 'ag-error');
    element.graph = { nodes: [{ key: 1e21 }, { key: '1e+21' }], edges: [] };
    expect((await failed).detail.problems.map((p) => p.message).join(' ')).toContain('already used');
  });

  it('12. writes a well-formed SVG from article text holding ]]>, </text> and a 20,000-character title', async () => {
    const element = await draws(
      {
        attributes: { title: `${'Long '.repeat(4000)}</text>]]>`, source: { title: 'S ]]> </svg>', paragraphs: [{ id: 'p', sentences: [{ id: 's', text: '<![CDATA[ x ]]> </text>' }] }] } },
        nodes: [{ key: 'a', attributes: { label: ']]></text><svg onload=alert(1)>' } }, { key: 'b' }],
        edges: [{ source: 'a', target: 'b' }],
      },
      { nodes: 2, edges: 1 },
    );
    const { doc } = await openSvg(await element.exportSvg({ caption: true, legend: true }));
    expect(doc.querySelectorAll('[onload]')).toHaveLength(0);
  });

  it('13. keeps colours and shapes from the data out of the markup of an SVG and ignores those Cytoscape cannot draw', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await draws(
      {
        attributes: { vocabulary: { relations: {}, entityTypes: { t: { label: 'T', definition: '', color: '"/><script>alert(1)</script>', shape: 'bogus' } }, attributions: {}, families: {} } },
        nodes: [{ key: 'a', attributes: { type: 't', color: 'url(javascript:alert(1))' } }, { key: 'b', attributes: { color: 'red; fill: blue' } }],
        edges: [{ source: 'a', target: 'b', attributes: { color: 'expression(alert(1))' } }],
      },
      { nodes: 2, edges: 1 },
    );
    const { doc } = await openSvg(await element.exportSvg({ legend: true }));
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect((await element.exportPng()).size).toBeGreaterThan(0);
    warn.mockRestore();
  });

  it('14. refuses exportFile("gif") and export options that are not an object', async () => {
    const element = await draws(smallGraph, { nodes: small.nodes.length, edges: small.edges.length });
    await expect(element.exportFile('gif' as 'png')).rejects.toThrow(/gif/);
    await expect(element.exportPng('big' as unknown as undefined)).rejects.toThrow(/must be an object/);
    await expect(element.exportSvg({ background: 42 as unknown as string })).rejects.toThrow(/background/);
  });

  it('15. refuses a background that is not a colour, and writes one that is', async () => {
    const element = await draws(smallGraph, { nodes: small.nodes.length, edges: small.edges.length });
    await expect(element.exportSvg({ background: 'red"/><script>alert(1)</script><rect fill="' })).rejects.toThrow(/is not a CSS colour/);
    const { doc } = await openSvg(await element.exportSvg({ background: 'rgb(1 2 3 / 50%)' }));
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });

  it('16. focuses, selects and searches for keys that do not exist without a word', async () => {
    const element = await draws(smallGraph, { nodes: small.nodes.length, edges: small.edges.length });
    await element.focusNode('nowhere', 2);
    element.select({ kind: 'edge', key: 'nowhere' });
    element.select({ kind: 'node', key: '__proto__' });
    await settle(element);
    expect(element.cy!.$(':selected')).toHaveLength(0);
  });

  it('17. draws a graph given while disconnected once connected again', async () => {
    const { element } = await mount((el) => (el.graph = smallGraph));
    element.remove();
    element.graph = { nodes: [{ key: 'later' }], edges: [] };
    const ready = nextEvent(element, 'ag-ready');
    document.body.append(element);
    expect((await ready).detail).toEqual({ nodes: 1, edges: 0 });
    expect(element.cy!.nodes().map((node) => node.data('key'))).toEqual(['later']);
    element.remove();
  });

  it('18. ends with the last of five graphs given at once, one of them refused', async () => {
    const { element } = await mount((el) => (el.graph = smallGraph));
    const ready = nextEvent(element, 'ag-ready');
    for (const graph of [{ nodes: [{ key: 'one' }] }, { nodes: 'broken' }, { nodes: [{ key: '   ' }] }, { nodes: [{ key: '__proto__' }] }, { nodes: [{ key: 'last' }, { key: 'final' }] }]) {
      element.graph = graph as Input;
      await element.updateComplete;
    }
    expect((await ready).detail).toEqual({ nodes: 2, edges: 0 });
    await settle(element);
    expect(element.cy!.nodes().map((node) => node.data('key')).sort()).toEqual(['final', 'last']);
    expect(alertText(element)).toBeUndefined();
  });

  it('19. reads a headline naming edges that do not exist, and one that is not a list', async () => {
    await draws({ attributes: { headline: ['ghost', 5 as unknown as string, 'e'] }, nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ key: 'e', source: 'a', target: 'b' }] }, { nodes: 2, edges: 1 });
    await draws({ attributes: { headline: 'e' as unknown as string[] }, nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ key: 'e', source: 'a', target: 'b' }] }, { nodes: 2, edges: 1 });
  });

  it('20. exports JSON of a graph with blank keys that reads back to the same keys', async () => {
    const element = await draws({ nodes: [{ key: ' ' }, { key: '\t' }], edges: [{ key: '', source: ' ', target: '\t' }] }, { nodes: 2, edges: 1 });
    const json = element.exportJson();
    expect(json.nodes!.map((node) => node.key).sort()).toEqual(['\t', ' ']);
    expect(json.edges!.map((edge) => [edge.key, edge.source, edge.target])).toEqual([['', ' ', '\t']]);
  });

  it('21. keeps working when a node label is a million characters with line breaks', async () => {
    const label = 'line\n'.repeat(200_000);
    const element = await draws({ nodes: [{ key: 'a', attributes: { label } }, { key: 'b' }], edges: [{ source: 'a', target: 'b' }] }, { nodes: 2, edges: 1 });
    expect(element.cy!.getElementById('a').data('label').length).toBeLessThanOrEqual(48);
    await openSvg(await element.exportSvg());
  });

  it('22. hides and shows relations whose keys hold commas through the relations attribute', async () => {
    const element = await draws(
      { nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ source: 'a', target: 'b', attributes: { relation: 'x,y' } }, { source: 'b', target: 'a', attributes: { relation: 'z' } }] },
      { nodes: 2, edges: 2 },
      (el) => el.setAttribute('relations', 'z'),
    );
    await settle(element);
    expect(element.cy!.edges(':visible').map((edge) => edge.data('relation'))).toEqual(['z']);
  });
});
