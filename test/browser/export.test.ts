import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import dataset from '../../graph-data/article-graph.json';
import { MAX_PIXELS, MAX_SIDE } from '../../src/export/limits';
import type { ArticleGraphElement } from '../../src/components/article-graph/article-graph';
import { ExportedImage } from '../../src/export/png';
import { parseGraph } from '../../src/model/load';
import type { GraphData } from '../../src/model/types';
import { syntheticGraph } from '../bench/synthetic-graph';
import { clickNode, cytoscapeDrawn, mount, nextEvent, part, settle, unmountAll, legendRow } from '../support/mount';

afterEach(unmountAll);

interface Decoded {
  width: number;
  height: number;
  pixels: Uint8ClampedArray;
}

async function decode(blob: Blob): Promise<Decoded> {
  expect(blob.type).toBe('image/png');
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  return { width: bitmap.width, height: bitmap.height, pixels: data };
}

function pixel(image: Decoded, x: number, y: number): [number, number, number, number] {
  const i = (y * image.width + x) * 4;
  return [image.pixels[i], image.pixels[i + 1], image.pixels[i + 2], image.pixels[i + 3]];
}

/** Pixels in rows [top, bottom) that differ clearly from `background`, and the distinct colours among all (sampled). */
function inkIn(image: Decoded, background: [number, number, number], top = 0, bottom = image.height): { ink: number; colours: number } {
  const colours = new Set<number>();
  let ink = 0;
  const step = Math.max(1, Math.floor((image.width * (bottom - top)) / 400_000));
  for (let p = top * image.width; p < bottom * image.width; p += step) {
    const i = p * 4;
    const [r, g, b, a] = [image.pixels[i], image.pixels[i + 1], image.pixels[i + 2], image.pixels[i + 3]];
    colours.add((r << 16) | (g << 8) | b);
    if (a > 0 && Math.abs(r - background[0]) + Math.abs(g - background[1]) + Math.abs(b - background[2]) > 60) ink++;
  }
  return { ink, colours: colours.size };
}

const WHITE: [number, number, number] = [255, 255, 255];

describe('exportPng', () => {
  it('draws the whole graph at the scale asked for, on the theme background, not blank', async () => {
    const { element } = await mount((el) => (el.theme = 'light'));
    const one = await element.exportPng({ scale: 1 });
    const two = await element.exportPng({ scale: 2 });
    expect(one).toBeInstanceOf(ExportedImage);
    expect(one.clamped).toBeUndefined();
    const [a, b] = [await decode(one), await decode(two)];
    expect([a.width, a.height]).toEqual([one.width, one.height]);
    expect([b.width, b.height]).toEqual([two.width, two.height]);
    expect(Math.abs(b.width - 2 * a.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(b.height - 2 * a.height)).toBeLessThanOrEqual(2);
    // The whole graph, not the 1100 px view, at its own size: the same whatever the view's zoom.
    expect(a.width).toBeGreaterThan(1100);
    element.cy!.zoom(element.cy!.zoom() / 2);
    await settle(element);
    expect((await element.exportPng({ scale: 1 })).width).toBe(one.width);
    expect(pixel(b, 1, 1)).toEqual([255, 255, 255, 255]);
    const { ink, colours } = inkIn(b, WHITE);
    expect(colours).toBeGreaterThan(50);
    expect(ink).toBeGreaterThan(2000);
  });

  it('draws the view at the size of the viewport times the scale', async () => {
    const { element } = await mount();
    const cy = element.cy!;
    const image = await decode(await element.exportPng({ scope: 'view', scale: 3 }));
    expect(image.width).toBe(Math.round(cy.width()) * 3);
    expect(image.height).toBe(Math.round(cy.height()) * 3);
    expect(inkIn(image, WHITE).ink).toBeGreaterThan(1000);
  });

  it('leaves the background transparent when asked, and uses the dark theme otherwise', async () => {
    const { element } = await mount((el) => (el.theme = 'dark'));
    const transparent = await decode(await element.exportPng({ background: 'transparent' }));
    expect(pixel(transparent, 0, 0)[3]).toBe(0);
    expect(pixel(transparent, transparent.width - 1, transparent.height - 1)[3]).toBe(0);
    const themed = await decode(await element.exportPng());
    expect(pixel(themed, 0, 0)).toEqual([0x11, 0x18, 0x27, 255]);
    const coloured = await decode(await element.exportPng({ background: 'rebeccapurple' }));
    expect(pixel(coloured, 2, 2)).toEqual([0x66, 0x33, 0x99, 255]);
  });

  it('frames only what is shown when the view is focused, and refuses to export nothing', async () => {
    const { element } = await mount();
    const whole = await element.exportPng();
    await element.focusNode('prigozhin', 1);
    await settle(element);
    const focused = await element.exportPng();
    expect(focused.width * focused.height).toBeLessThan(0.6 * whole.width * whole.height);
    const empty = await mount((el) => (el.graph = { nodes: [], edges: [] }));
    await expect(empty.element.exportPng()).rejects.toThrow('Nothing to export: no entity is shown.');
  });

  it('refuses a background that is not a colour, saying why', async () => {
    const { element } = await mount();
    await expect(element.exportPng({ background: 'not-a-colour' })).rejects.toThrow(/"not-a-colour" is not a CSS colour/);
  });

  it('adds a caption above and the legend below when asked', async () => {
    const { element } = await mount((el) => (el.theme = 'light'));
    const plain = await decode(await element.exportPng({ scale: 2 }));
    const decorated = await decode(await element.exportPng({ scale: 2, caption: true, legend: true }));
    const captionOnly = await decode(await element.exportPng({ scale: 2, caption: true }));
    expect(decorated.height).toBeGreaterThan(captionOnly.height + 100);
    expect(captionOnly.height).toBeGreaterThan(plain.height + 100);
    // The title's ink sits in the top band, where the plain export has only padding.
    const band = 2 * 40;
    expect(inkIn(plain, WHITE, 0, 40).ink).toBe(0);
    expect(inkIn(decorated, WHITE, 0, band).ink).toBeGreaterThan(300);
    // The legend's swatches: the colour of "supplies" (#dc2626) appears below the graph.
    const graphBottom = decorated.height - (decorated.height - captionOnly.height) - 2 * 40;
    let supplies = 0;
    for (let y = graphBottom; y < decorated.height; y++) {
      for (let x = 0; x < decorated.width; x++) {
        const [r, g, b] = pixel(decorated, x, y);
        if (Math.abs(r - 0xdc) < 12 && Math.abs(g - 0x26) < 12 && Math.abs(b - 0x26) < 12) supplies++;
      }
    }
    expect(supplies).toBeGreaterThan(20);
  });

  it('exports the article graph at 2x with legend and caption without a long wait', async () => {
    const { element } = await mount((el) => (el.theme = 'light'));
    const times: number[] = [];
    let frames = 0;
    let counting = true;
    const countFrames = () => {
      frames++;
      if (counting) requestAnimationFrame(countFrames);
    };
    requestAnimationFrame(countFrames);
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      const image = await element.exportPng({ scale: 2, legend: true, caption: true });
      times.push(performance.now() - started);
      expect(image.clamped).toBeUndefined();
    }
    counting = false;
    const median = [...times].sort((a, b) => a - b)[2];
    console.info(`article graph, exportPng at 2x with legend and caption: median ${Math.round(median)} ms (${times.map(Math.round).join(', ')})`);
    expect(median).toBeLessThan(3000);
    // The page kept painting between the steps of the exports.
    expect(frames).toBeGreaterThan(5);
  });

  it('keeps a huge graph within the canvas limits, says it scaled down, and still draws it', async () => {
    const count = 20_000;
    const side = Math.ceil(Math.sqrt(count));
    const graph: GraphData = {
      attributes: { title: 'A huge synthetic grid' },
      nodes: Array.from({ length: count }, (_, i) => ({ key: `n${i}`, attributes: { label: `N${i}`, x: (i % side) * 60, y: Math.floor(i / side) * 60 } })),
      edges: Array.from({ length: count - 1 }, (_, i) => ({ source: `n${i}`, target: `n${i + 1}` })),
    };
    const { element } = await mount((el) => {
      el.graph = graph;
      el.layout = 'preset';
    });
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
    observer.observe({ type: 'longtask' });
    const started = performance.now();
    const image = await element.exportPng({ scale: 4 });
    const elapsed = performance.now() - started;
    observer.disconnect();
    expect(image.clamped).toBeDefined();
    expect(image.scale).toBeLessThan(2);
    expect(image.notice).toMatch(/Scaled down from 4x/);
    const decoded = await decode(image);
    expect(Math.max(decoded.width, decoded.height)).toBeLessThanOrEqual(MAX_SIDE);
    expect(decoded.width * decoded.height).toBeLessThanOrEqual(MAX_PIXELS);
    expect([decoded.width, decoded.height]).toEqual([image.width, image.height]);
    // Large, within the limits: not a fallback thumbnail.
    expect(Math.max(decoded.width, decoded.height)).toBeGreaterThan(MAX_SIDE * 0.45);
    const { ink, colours } = inkIn(decoded, WHITE);
    expect(ink).toBeGreaterThan(10_000);
    expect(colours).toBeGreaterThan(10);
    console.info(
      `20,000-node export at ${image.scale.toFixed(2)}x: ${decoded.width} x ${decoded.height} px in ${Math.round(elapsed)} ms; ` +
        `longest main-thread task ${Math.round(Math.max(0, ...longTasks))} ms of ${longTasks.length}`,
    );
  }, 120_000);
});

/** An exported SVG parsed as a browser parses the file; fails on anything not well-formed. */
async function parseSvg(blob: Blob): Promise<Document> {
  expect(blob.type).toBe('image/svg+xml');
  const svg = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
  expect(svg.querySelector('parsererror')?.textContent ?? null).toBeNull();
  expect(svg.documentElement.localName).toBe('svg');
  return svg;
}

/** Whether the browser shows the SVG as an image, and at what size. */
async function imageSize(blob: Blob): Promise<{ width: number; height: number }> {
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return { width: image.naturalWidth, height: image.naturalHeight };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Script, event attributes and links: none may be in an exported file. */
function activeContent(svg: Document): string[] {
  const found: string[] = [];
  for (const element of svg.querySelectorAll('*')) {
    if (['script', 'foreignObject', 'a', 'iframe', 'use', 'image'].includes(element.localName)) found.push(`<${element.localName}>`);
    for (const attribute of element.attributes) if (/^on|href$/i.test(attribute.name)) found.push(`${element.localName}@${attribute.name}`);
  }
  return found;
}

describe('the whole graph composed from the elements', () => {
  /** Exports of the same element drawn by Cytoscape: no picture is composed from its elements. */
  function drawnByCytoscape(element: ArticleGraphElement): () => void {
    const host = element as unknown as { drawnPicture(): unknown };
    const own = host.drawnPicture;
    host.drawnPicture = () => undefined;
    return () => void (host.drawnPicture = own);
  }

  /**
   * Share of pixels of `a` that differ clearly from `b` (of the same size) and from its neighbours
   * too: the two pictures may stand a fraction of a pixel apart, which only shifts antialiasing.
   */
  function differing(a: Decoded, b: Decoded): number {
    expect([a.width, a.height]).toEqual([b.width, b.height]);
    const near = (i: number, j: number) => Math.abs(a.pixels[i] - b.pixels[j]) + Math.abs(a.pixels[i + 1] - b.pixels[j + 1]) + Math.abs(a.pixels[i + 2] - b.pixels[j + 2]) <= 60;
    let count = 0;
    for (let y = 1; y < a.height - 1; y++) {
      for (let x = 1; x < a.width - 1; x++) {
        const i = (y * a.width + x) * 4;
        if (near(i, i)) continue;
        let matched = false;
        for (let dy = -1; dy <= 1 && !matched; dy++) for (let dx = -1; dx <= 1 && !matched; dx++) matched = near(i, ((y + dy) * a.width + x + dx) * 4);
        if (!matched) count++;
      }
    }
    return count / (a.width * a.height);
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`is the picture Cytoscape draws, and Cytoscape's graph is not restyled for it (${theme} theme)`, async () => {
      const { element } = await mount((el) => (el.theme = theme));
      const cy = element.cy!;
      let touched = 0;
      const count = () => void touched++;
      cy.on('style class', count);
      const composed = await decode(await element.exportPng({ scale: 2 }));
      expect(touched).toBe(0);
      const restore = drawnByCytoscape(element);
      const drawn = await decode(await element.exportPng({ scale: 2 }));
      restore();
      // The listener hears the restyle Cytoscape's drawing takes.
      expect(touched).toBeGreaterThan(0);
      cy.off('style class', count);
      expect(inkIn(drawn, theme === 'dark' ? [0x11, 0x18, 0x27] : WHITE).ink).toBeGreaterThan(20_000);
      expect(differing(composed, drawn)).toBeLessThan(0.001);
    });
  }

  it('follows the graph as it stands: a node moved, a type hidden, a node selected', async () => {
    const { element } = await mount((el) => (el.theme = 'light'));
    const before = await decode(await element.exportPng());
    const node = element.cy!.$id('hezbollah');
    node.position({ x: node.position('x') + 160, y: node.position('y') - 90 });
    await userEvent.click(await legendRow(element, 'Media'));
    await settle(element);
    await clickNode(element, 'wagner');
    await settle(element);
    const composed = await decode(await element.exportPng());
    // The media, at the top of the graph, are left out: the picture is shorter.
    expect(composed.height).toBeLessThan(before.height - 20);
    const restore = drawnByCytoscape(element);
    const drawn = await decode(await element.exportPng());
    restore();
    // Here 0.16%: where a moved node's lines end a pixel apart, their dashes start a pixel apart.
    expect(differing(composed, drawn)).toBeLessThan(0.004);
    // Not a check that passes anyway: the same picture with the node where it stood differs.
    node.position({ x: node.position('x') - 160, y: node.position('y') + 90 });
    expect(differing(await decode(await element.exportPng()), drawn)).toBeGreaterThan(0.01);
  });

  it('of a large graph is drawn while Cytoscape still builds it, as Cytoscape then draws it', async () => {
    const element = document.createElement('article-graph');
    element.style.cssText = 'display:block;width:800px;height:600px';
    element.theme = 'light';
    element.graph = syntheticGraph({ nodes: 1200, edges: 2400, seed: 9 });
    const ready = nextEvent(element, 'ag-ready');
    document.body.append(element);
    try {
      await ready;
      // The overview answers: Cytoscape holds part of the graph.
      expect(element.cy).toBeUndefined();
      const composed = await decode(await element.exportPng());
      // Not waited for: Cytoscape still builds the graph.
      expect(element.cy).toBeUndefined();
      await cytoscapeDrawn(element);
      const restore = drawnByCytoscape(element);
      const drawn = await decode(await element.exportPng());
      restore();
      // Cytoscape's box takes in the labels it leaves out: its picture is the same, a little wider.
      expect(drawn.width - composed.width).toBeGreaterThanOrEqual(0);
      expect(drawn.width - composed.width).toBeLessThan(120);
      expect(drawn.height - composed.height).toBeGreaterThanOrEqual(0);
      expect(drawn.height - composed.height).toBeLessThan(120);
      let best = 1;
      for (let dy = 0; dy <= drawn.height - composed.height; dy++) {
        for (let dx = 0; dx <= drawn.width - composed.width; dx++) {
          let apart = 0;
          let seen = 0;
          for (let y = 0; y < composed.height; y += 7) {
            for (let x = 0; x < composed.width; x += 7) {
              const [a, b] = [pixel(composed, x, y), pixel(drawn, x + dx, y + dy)];
              seen++;
              if (Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) > 60) apart++;
            }
          }
          best = Math.min(best, apart / seen);
        }
      }
      expect(best).toBeLessThan(0.01);
      // The labels drawn: the text's near-black ink (no node or line is that dark), as much in both.
      const text = (image: Decoded) => {
        let count = 0;
        for (let i = 0; i < image.pixels.length; i += 4) if (image.pixels[i] + image.pixels[i + 1] + image.pixels[i + 2] < 200) count++;
        return count;
      };
      const [composedText, drawnText] = [text(composed), text(drawn)];
      expect(composedText).toBeGreaterThan(2000);
      expect(Math.abs(composedText - drawnText) / drawnText).toBeLessThan(0.1);
    } finally {
      element.remove();
    }
  });

  it('is left to Cytoscape for a graph with a loop, which only Cytoscape draws', async () => {
    const nodes = Array.from({ length: 15 }, (_, i) => ({ key: `n${i}`, attributes: { label: `N${i}`, x: 300 * Math.cos(i / 2.4), y: 300 * Math.sin(i / 2.4) } }));
    const pairs = nodes.flatMap((a, i) => nodes.slice(i + 1).map((b) => [a.key, b.key] as const)).slice(0, 60);
    const edges = pairs.map(([source, target], i) => ({ key: `e${i}`, source, target, attributes: { relation: 'supplies', label: `supplies ${i}` } }));
    const drawnBy = async (graph: unknown) => {
      const { element } = await mount((el) => (el.graph = graph as never));
      let touched = 0;
      element.cy!.on('style class', () => void touched++);
      await element.exportPng();
      unmountAll();
      return touched > 0 ? 'Cytoscape' : 'composed';
    };
    expect(await drawnBy({ nodes, edges })).toBe('composed');
    expect(await drawnBy({ nodes, edges: [...edges, { key: 'loop', source: 'n0', target: 'n0', attributes: { relation: 'supplies' } }] })).toBe('Cytoscape');
  });

  it("is left to Cytoscape for a graph with colours of its own, which it draws", async () => {
    const nodes = Array.from({ length: 15 }, (_, i) => ({ key: `n${i}`, attributes: { label: `N${i}`, x: 300 * Math.cos(i / 2.4), y: 300 * Math.sin(i / 2.4), ...(i === 0 ? { color: '#ff00aa' } : {}) } }));
    const pairs = nodes.flatMap((a, i) => nodes.slice(i + 1).map((b) => [a.key, b.key] as const)).slice(0, 60);
    const edges = pairs.map(([source, target], i) => ({ key: `e${i}`, source, target, attributes: { relation: 'supplies', label: `supplies ${i}` } }));
    const { element } = await mount((el) => ((el.theme = 'light'), (el.graph = { nodes, edges })));
    const image = await decode(await element.exportPng());
    let pink = 0;
    for (let i = 0; i < image.pixels.length; i += 4) if (image.pixels[i] > 240 && image.pixels[i + 1] < 20 && image.pixels[i + 2] > 150 && image.pixels[i + 2] < 190) pink++;
    expect(pink).toBeGreaterThan(100);
  });
});

describe('exportSvg', () => {
  it('writes the graph as vector shapes and text, with the legend and caption when asked, and it opens as an image', async () => {
    const { element } = await mount((el) => (el.theme = 'light'));
    const blob = await element.exportSvg({ legend: true, caption: true });
    const svg = await parseSvg(blob);
    expect(activeContent(svg)).toEqual([]);
    const texts = [...svg.querySelectorAll('text')].map((text) => text.textContent ?? '');
    const all = texts.join(' | ');
    expect(svg.querySelector('title')?.textContent).toBe(dataset.attributes.source.title);
    // Caption: the title and the byline above, the credit below; the legend's headings and names.
    expect(all).toContain(dataset.attributes.source.title.split(' ')[0]);
    expect(all).toContain('ICARO Media Group');
    for (const heading of ['Entities', 'Relations', 'Certainty']) expect(texts).toContain(heading);
    expect(all).toContain('Hezbollah');
    expect(all).toMatch(/\d+ of \d+ entities and \d+ of \d+ relationships shown/);
    // Pantsir's type (weapon) is a round triangle in its colour, traced as a path.
    const fills = [...svg.querySelectorAll('path')].map((path) => path.getAttribute('fill'));
    expect(fills).toContain('rgb(109,40,217)');
    // Edges follow Cytoscape's curves; directed ones end in an arrowhead.
    const curves = [...svg.querySelectorAll('path[fill="none"]')].filter((path) => /Q/.test(path.getAttribute('d') ?? ''));
    expect(curves.length).toBeGreaterThan(10);
    expect(svg.querySelectorAll('polygon').length).toBeGreaterThan(20);
    // Hedged claims are dashed as on the canvas.
    expect(svg.querySelectorAll('path[stroke-dasharray]').length).toBeGreaterThan(0);
    // The document is as large as the PNG of the same options, and the browser draws it.
    const png = await element.exportPng({ legend: true, caption: true });
    const root = svg.documentElement;
    expect([Number(root.getAttribute('width')), Number(root.getAttribute('height'))]).toEqual([png.width, png.height]);
    expect(await imageSize(blob)).toEqual({ width: png.width, height: png.height });
  });

  it("draws a large graph's labels only where they have room: at its own size none covers another", async () => {
    // 1,200 nodes (the fast level) packed closely: at the graph's own size every label would be
    // legible, and most would sit on others.
    const { element } = await mount((el) => (el.graph = syntheticGraph({ nodes: 1200, edges: 2400, seed: 9 })), { width: 800, height: 600 });
    const svg = await parseSvg(await element.exportSvg());
    const host = document.createElement('div');
    host.append(document.importNode(svg.documentElement, true));
    document.body.append(host);
    try {
      const labels = [...host.querySelectorAll('text')].filter((text) => /^Entity \d+$/.test(text.textContent ?? ''));
      // Round the clusters' edges there is room; inside them, none.
      expect(labels.length).toBeGreaterThan(5);
      expect(labels.length).toBeLessThan(600);
      const boxes = labels.map((text) => text.getBBox()).sort((a, b) => a.x - b.x);
      let overlaps = 0;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length && boxes[j]!.x < boxes[i]!.x + boxes[i]!.width; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          if (a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1 && b.x < a.x + a.width - 1) overlaps++;
        }
      }
      expect(overlaps).toBe(0);
      // The screen keeps its own rules: no label of the graph was hidden there.
      expect(element.cy!.elements('.label-hidden').length).toBe(0);
    } finally {
      host.remove();
    }
  });

  it('is well-formed whatever the labels hold, with the text kept and nothing run', async () => {
    const hostile = ['$& and $\' and $` and $1', 'ctrl\u0001\u0008\u000b\u001f', 'not\uFFFE\uFFFFchars', 'lone \uD800 high and \uDC00 low', '<script>alert(1)</script>', ']]> & "quotes" \'too\'', 'emoji 🛰️ kept'];
    const graph: GraphData = {
      attributes: { title: 'Title $& $\' <svg onload=alert(1)>' },
      nodes: hostile.map((label, i) => ({ key: `n${i}`, attributes: { label, x: (i % 3) * 200, y: Math.floor(i / 3) * 150 } })),
      edges: hostile.slice(1).map((label, i) => ({ key: `e${i}`, source: `n${i}`, target: `n${i + 1}`, attributes: { label } })),
    };
    const { element } = await mount((el) => (el.graph = graph));
    const blob = await element.exportSvg({ legend: true, caption: true });
    const svg = await parseSvg(blob);
    expect(svg.querySelectorAll('svg > svg')).toHaveLength(1);
    expect(activeContent(svg)).toEqual([]);
    expect(svg.querySelector('title')?.textContent).toBe('Title $& $\' <svg onload=alert(1)>');
    const all = [...svg.querySelectorAll('text')].map((text) => text.textContent).join(' | ');
    // Every label the canvas shows is in the file, less what XML forbids; the label placement may
    // leave some out for want of room, as on screen.
    const forbidden = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
    const shown = element.cy!.elements().filter((item) => item.style('label') !== '' && !item.hasClass('label-hidden'));
    expect(shown.length).toBeGreaterThanOrEqual(4);
    for (const item of shown.toArray()) {
      for (const line of String(item.data('label')).replace(forbidden, '').split(/\s+/).filter(Boolean)) expect(all).toContain(line);
    }
    expect(await blob.text()).not.toMatch(/[\u0001\u0008\uFFFE\uFFFF]/);
    expect((await imageSize(blob)).width).toBeGreaterThan(100);
  });

  it('draws the view as it is on screen, and scales the document, not its content', async () => {
    const { element } = await mount();
    const cy = element.cy!;
    const svg = await parseSvg(await element.exportSvg({ scope: 'view', scale: 2 }));
    const root = svg.documentElement;
    expect(Number(root.getAttribute('width'))).toBe(2 * Math.round(cy.width()));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${Math.round(cy.width())} ${Math.round(cy.height())}`);
    const graphViewport = svg.querySelector('svg > svg')!;
    expect(graphViewport.getAttribute('viewBox')!.split(' ').map(Number)[2]).toBeCloseTo(cy.width() / cy.zoom(), 1);
  });
});

describe('passing state in exports', () => {
  it('leaves selection and hover out of the whole graph, keeps them with highlight, and in the view', async () => {
    const { element } = await mount((el) => (el.theme = 'light'));
    const cleanPng = await decode(await element.exportPng({ scale: 1 }));
    const cleanSvg = await (await element.exportSvg()).text();
    await clickNode(element, 'hezbollah');
    await settle(element);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(element.cy!.$(':selected').length).toBe(1);
    expect(element.cy!.$('.faded').length + element.cy!.$('.labelled').length).toBeGreaterThan(0);

    const selectedPng = await decode(await element.exportPng({ scale: 1 }));
    expect([selectedPng.width, selectedPng.height]).toEqual([cleanPng.width, cleanPng.height]);
    let differing = 0;
    for (let i = 0; i < cleanPng.pixels.length; i++) if (cleanPng.pixels[i] !== selectedPng.pixels[i]) differing++;
    expect(differing).toBe(0);
    expect(await (await element.exportSvg()).text()).toBe(cleanSvg);

    // Asked for, the highlight is drawn; the screen keeps it throughout.
    const highlighted = await decode(await element.exportPng({ scale: 1, highlight: true }));
    const changed = highlighted.width !== cleanPng.width || highlighted.height !== cleanPng.height || highlighted.pixels.some((value, i) => value !== cleanPng.pixels[i]);
    expect(changed).toBe(true);
    expect(await (await element.exportSvg({ highlight: true })).text()).not.toBe(cleanSvg);
    expect(element.cy!.$(':selected').map((node) => node.id())).toEqual(['hezbollah']);
    expect(element.cy!.$('.labelled').length).toBeGreaterThan(0);
  });
});

describe('exportJson', () => {
  it('writes what is shown, filters applied, with evidence, source text and vocabulary kept', async () => {
    const { element } = await mount();
    const supplies = await legendRow(element, 'supplies');
    supplies.click();
    await settle(element);

    const exported = element.exportJson();
    const reloaded = parseGraph(JSON.parse(JSON.stringify(exported)));
    const suppliesEdges = dataset.edges.filter((edge) => edge.attributes.relation === 'supplies');
    expect(suppliesEdges.length).toBeGreaterThan(0);
    expect(reloaded.size).toBe(dataset.edges.length - suppliesEdges.length);
    expect(reloaded.order).toBe(dataset.nodes.length);
    reloaded.forEachEdge((_, attributes) => expect(attributes.relation).not.toBe('supplies'));
    const original = dataset.edges.find((edge) => edge.attributes.relation !== 'supplies' && (edge.attributes.evidence?.length ?? 0) > 0)!;
    expect(reloaded.getEdgeAttribute(original.key, 'evidence')).toEqual(original.attributes.evidence);
    expect(reloaded.getEdgeAttribute(original.key, 'attribution')).toEqual(original.attributes.attribution);
    expect(reloaded.getAttribute('source')).toEqual(dataset.attributes.source);
    expect(reloaded.getAttribute('vocabulary')).toEqual(dataset.attributes.vocabulary);
    // Positions as drawn, so the file reopens with the same picture.
    const drawn = element.cy!.getElementById('hezbollah').position();
    expect(reloaded.getNodeAttribute('hezbollah', 'x')).toBeCloseTo(drawn.x, 1);
  });

  it('writes only the neighbourhood when the view is focused on a node', async () => {
    const { element } = await mount();
    await element.focusNode('wagner', 1);
    await settle(element);
    const exported = element.exportJson();
    const shown = element.visibleElements()!;
    expect(exported.nodes.map((node) => node.key).sort()).toEqual([...shown.nodes].sort());
    expect(exported.nodes.length).toBeLessThan(dataset.nodes.length);
    expect(parseGraph(exported).order).toBe(shown.nodes.size);
  });
});

describe('the export menu', () => {
  it('exports the chosen format at the chosen scale and reports the saved file name', async () => {
    const { element } = await mount();
    const menu = part(element, 'ag-export-menu');
    const toggle = menu.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!;
    toggle.click();
    await menu.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    menu.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Scale 3 times"]')!.click();
    await menu.updateComplete;
    const requested = nextEvent(menu, 'ag-export-request');
    menu.shadowRoot!.querySelector<HTMLButtonElement>('.choice[data-format="json"]')!.click();
    expect((await requested).detail).toEqual({ format: 'json', scope: 'graph', scale: 3 });
    await settle(element);
    await menu.updateComplete;
    expect(menu.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('Saved us-intelligence-reveals-assads-agreement-2023-11-02.json');
  });

  it('closes on Escape, giving focus back to its button', async () => {
    const { element } = await mount();
    const menu = part(element, 'ag-export-menu');
    const toggle = menu.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!;
    await userEvent.click(toggle);
    await menu.updateComplete;
    expect(menu.shadowRoot!.querySelector<HTMLElement>('.panel')!.hidden).toBe(false);
    menu.shadowRoot!.querySelector<HTMLButtonElement>('.choice')!.focus();
    await userEvent.keyboard('{Escape}');
    await menu.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(menu.shadowRoot!.querySelector<HTMLElement>('.panel')!.hidden).toBe(true);
    expect(menu.shadowRoot!.activeElement).toBe(toggle);
  });
});
