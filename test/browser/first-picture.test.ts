/**
 * The first picture of an article-size graph (src/view/picture.ts): drawn before Cytoscape holds
 * any element, then replaced by Cytoscape's drawing of the same view, which must look the same:
 * the same shapes, colours, lines, arrowheads and labels in the same places, so that nothing moves
 * at the swap. Compared pixel by pixel where readers meet the graph, in both themes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mount, unmountAll } from '../support/mount';
import { comparePixels, pixels, watchOverview } from '../support/overview';

afterEach(unmountAll);

const SIZES = [
  { name: 'a phone', width: 390, height: 700 },
  { name: 'a 600 x 400 column box', width: 600, height: 400 },
  { name: 'a laptop', width: 1024, height: 700 },
];

describe('the first picture of the article graph', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const size of SIZES) {
      it(`is what Cytoscape then draws, in ${size.name} (${theme} theme)`, async () => {
        let seen: { image: string; width: number; height: number; level?: string; cytoscapeElements: number } | undefined;
        const { element } = await mount((e) => {
          e.theme = theme;
          queueMicrotask(() =>
            void watchOverview(e).shown.then((canvas) => {
              seen = { image: canvas.toDataURL(), width: canvas.width, height: canvas.height, level: canvas.dataset.level, cytoscapeElements: e.cy?.elements().length ?? 0 };
            }),
          );
        }, size);
        expect(seen, 'a first picture').toBeDefined();
        const picture = seen!;
        expect(picture.level).toBe('full');
        // Up while Cytoscape held nothing of the graph; gone once Cytoscape has drawn.
        expect(picture.cytoscapeElements).toBe(0);
        expect(element.shadowRoot!.querySelector('canvas.overview')).toBeNull();
        const drawn = element.shadowRoot!.querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]')!;
        expect([drawn.width, drawn.height]).toEqual([picture.width, picture.height]);
        const background = theme === 'dark' ? '#111827' : '#ffffff';
        const [a, b] = await Promise.all([pixels(picture.image, picture.width, picture.height, background), pixels(drawn, picture.width, picture.height, background)]);
        const { differing, inked } = comparePixels(a, b, background);
        expect(inked).toBeGreaterThan(0.04);
        expect(differing).toBeLessThan(0.02);
      });
    }
  }

  it('is drawn for a graph given as a property; not for one without positions (laid out first), a small one, one with its own colours or one with a loop', async () => {
    const levels: Array<string | undefined> = [];
    const watch = (e: HTMLElement) => queueMicrotask(() => void watchOverview(e).shown.then((canvas) => levels.push(canvas.dataset.level)));
    // 15 entities on a circle, 60 relationships between them: more than a small graph's 50.
    const nodes = Array.from({ length: 15 }, (_, i) => ({ key: `n${i}`, attributes: { label: `N${i}`, x: 300 * Math.cos(i / 2.4), y: 300 * Math.sin(i / 2.4) } }));
    const pairs = nodes.flatMap((a, i) => nodes.slice(i + 1).map((b) => [a.key, b.key] as const)).slice(0, 60);
    const edges = pairs.map(([source, target], i) => ({ key: `e${i}`, source, target, attributes: { relation: 'supplies', label: `supplies ${i}` } }));
    const show = async (graph: unknown) => {
      await mount((e) => {
        e.graph = graph as never;
        watch(e);
      });
      unmountAll();
    };
    await show({ nodes, edges });
    expect(levels).toEqual(['full']);
    await show({ nodes: nodes.map(({ key }) => ({ key, attributes: { label: key } })), edges });
    // Every edge label of a small graph, and a graph's own colours, are left to Cytoscape from the start.
    await show({ nodes, edges: edges.slice(0, 50) });
    await show({ nodes: nodes.map((node, i) => (i === 0 ? { ...node, attributes: { ...node.attributes, color: '#ff00aa' } } : node)), edges });
    // Nor for one with a loop, which Cytoscape draws and the picture does not.
    await show({ nodes, edges: [...edges, { key: 'loop', source: 'n0', target: 'n0', attributes: { relation: 'supplies' } }] });
    expect(levels).toEqual(['full']);
  });
});
