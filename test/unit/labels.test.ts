/**
 * Label placement (labels.ts), the claim a graph is about (headlineOf), a graph turned for a tall
 * box, and ForceAtlas2's positions spread for small graphs: the pure parts of a readable picture.
 */
import { describe, expect, it } from 'vitest';
import dataset from '../../graph-data/article-graph.json';
import { headlineOf, parseGraph } from '../../src/model';
import { labelBox, overlappingPairs, placeLabels, type Box, type LabelCandidate } from '../../src/view/labels';
import { toElements, turnFor, turned } from '../../src/view/elements';
import { spread } from '../../src/view/layout-worker';

const box = (x1: number, y1: number, x2: number, y2: number): Box => ({ x1, y1, x2, y2 });

/** A node's label candidate at (x, y), a 60 x 14 label around a node of radius 5. */
function nodeLabel(id: string, x: number, y: number, priority: number, required = false): LabelCandidate {
  return { id, priority, required, places: (['bottom', 'right', 'left', 'top'] as const).map((side) => ({ side, box: labelBox(side, { x, y }, 5, { width: 60, height: 14 }, 3) })) };
}

describe('placeLabels', () => {
  it('draws every label where it prefers when nothing is in the way', () => {
    const placed = placeLabels([nodeLabel('a', 50, 50, 1), nodeLabel('b', 300, 50, 1)], []);
    expect([...placed]).toEqual([
      ['a', 'bottom'],
      ['b', 'bottom'],
    ]);
  });

  it('moves a label to another side, then leaves it out, when the better placed ones take its room', () => {
    // Three nodes close together: the first keeps below, the next finds a side, a third may have none.
    const candidates = [nodeLabel('low', 100, 100, 1), nodeLabel('high', 100, 118, 10), nodeLabel('mid', 100, 84, 5)];
    const placed = placeLabels(candidates, []);
    expect(placed.get('high')).toBe('bottom');
    expect(placed.has('mid')).toBe(true);
    const drawn = candidates.filter((c) => placed.has(c.id)).map((c) => ({ id: c.id, box: c.places.find((p) => p.side === placed.get(c.id))!.box }));
    expect(overlappingPairs(drawn)).toEqual([]);
  });

  it('keeps labels off other entities, unless a label must be drawn', () => {
    const body = [{ id: 'other', box: box(80, 100, 120, 140) }];
    const free = placeLabels([{ id: 'x', priority: 1, places: [{ side: 'bottom', box: box(90, 110, 110, 120) }] }], body);
    expect(free.has('x')).toBe(false);
    const required = placeLabels([{ id: 'x', priority: 1, required: true, places: [{ side: 'bottom', box: box(90, 110, 110, 120) }] }], body);
    expect(required.get('x')).toBe('bottom');
  });

  it('keeps labels inside the visible area', () => {
    const placed = placeLabels([nodeLabel('edge', 10, 50, 1)], [], { viewport: box(0, 0, 400, 300) });
    // Below it would stick out on the left; to the right it fits.
    expect(placed.get('edge')).toBe('right');
  });

  it('steers other labels clear of where a label that must be drawn would rather be', () => {
    const line: LabelCandidate = { id: 'claim', priority: 1, required: true, places: [{ side: 'centre@0', box: box(80, 120, 160, 140) }] };
    // The node goes first (higher priority); below it would take the claim's place, so it goes elsewhere.
    const placed = placeLabels([nodeLabel('entity', 120, 105, 10, true), line], []);
    expect(placed.get('entity')).not.toBe('bottom');
    expect(placed.get('claim')).toBe('centre@0');
  });
});

describe('the claim a graph is about', () => {
  it('is the edges its headline names, with their entities and the item they concern', () => {
    const { nodes, edges } = headlineOf(parseGraph(dataset));
    expect([...edges]).toEqual(dataset.attributes.headline);
    expect([...nodes].sort()).toEqual(['assad', 'hezbollah', 'pantsir', 'wagner']);
  });

  it('is nothing for a graph that names none, or names what it does not have', () => {
    expect(headlineOf(parseGraph({ nodes: [{ key: 'a' }], edges: [] })).edges.size).toBe(0);
    expect(headlineOf(parseGraph({ attributes: { headline: ['ghost', 7] as unknown as string[] }, nodes: [{ key: 'a' }], edges: [] })).edges.size).toBe(0);
  });

  it('marks its elements for the stylesheet and names the item on the first line that concerns it', () => {
    const elements = toElements(parseGraph(dataset));
    const supply = elements.find((element) => element.data.key === 'e2')!;
    expect(supply.classes).toContain('headline');
    expect(supply.data.label).toBe('has agreed to supply\nPantsir (SA-22)');
    const delivery = elements.find((element) => element.data.key === 'e72')!;
    expect(delivery.data.label).not.toContain('Pantsir');
    expect(elements.filter((element) => element.group === 'nodes' && (element.classes as string[] | undefined)?.includes('headline')).map((n) => n.data.id).sort()).toEqual([
      'assad',
      'hezbollah',
      'pantsir',
      'wagner',
    ]);
  });
});

describe('a graph turned for a tall box', () => {
  const graph = parseGraph(dataset);

  it('is turned only where the box is much taller than wide and the graph wider than tall', () => {
    expect(turnFor(graph, { width: 390, height: 700 })).toBe(true);
    expect(turnFor(graph, { width: 1000, height: 700 })).toBe(false);
    expect(turnFor(graph, { width: 600, height: 620 })).toBe(false);
    expect(turnFor(parseGraph({ nodes: [{ key: 'a' }], edges: [] }), { width: 390, height: 700 })).toBe(false);
  });

  it('turns positions a quarter turn clockwise, keeping distances', () => {
    expect(turned({ x: 10, y: 0 })).toEqual({ x: -0, y: 10 });
    const elements = toElements(graph, { turn: true });
    const a = elements.find((e) => e.data.id === 'assad')!.position!;
    const b = elements.find((e) => e.data.id === 'hezbollah')!.position!;
    const [ga, gb] = [graph.getNodeAttributes('assad'), graph.getNodeAttributes('hezbollah')];
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeCloseTo(Math.hypot(ga.x! - gb.x!, ga.y! - gb.y!));
  });
});

describe('spread', () => {
  it('scales a tight layout about its centre so that neighbours stand about the spacing apart, and never shrinks one', () => {
    const tight = new Map(Array.from({ length: 9 }, (_, i) => [`n${i}`, { x: (i % 3) * 10, y: Math.floor(i / 3) * 10 }] as const));
    const spreadOut = spread(tight, 150);
    expect(spreadOut.get('n0')!.x - spreadOut.get('n1')!.x).toBeCloseTo(-150);
    expect(spreadOut.get('n4')).toEqual({ x: 10, y: 10 });
    const loose = new Map([['a', { x: 0, y: 0 }], ['b', { x: 500, y: 0 }]]);
    expect(spread(loose, 150)).toBe(loose);
  });
});
