/**
 * The visual encoding: what the vocabulary says about how its types and relations look is used,
 * and everything it leaves open gets a colour and shape not already taken.
 */
import { describe, expect, it } from 'vitest';
import dataset from '../../graph-data/article-graph.json';
import { parseGraph } from '../../src/model';
import { encodingOf } from '../../src/view/encoding';
import { SHAPE_OUTLINES, shapePathData } from '../../src/view/shapes';

describe('encodingOf', () => {
  it('takes colours, shapes, emphasis and the headline from the vocabulary', () => {
    const graph = parseGraph({
      attributes: {
        vocabulary: {
          entityTypes: { person: { label: 'People', definition: '', color: '#C2410C', shape: 'ellipse' } },
          relations: {
            supplies: { label: 'supplies', definition: '', directed: true, family: 'arms', color: '#dc2626', emphasis: true, headline: true },
            sells: { label: 'sells', definition: '', directed: true, family: 'arms' },
          },
          families: { arms: { label: 'Arms', color: '#c2410c' } },
        },
      },
      nodes: [
        { key: 'a', attributes: { type: 'person' } },
        { key: 'b', attributes: { type: 'company' } },
      ],
      edges: [
        { source: 'a', target: 'b', attributes: { relation: 'supplies' } },
        { source: 'b', target: 'a', attributes: { relation: 'sells' } },
      ],
    });
    const { types, relations } = encodingOf(graph);
    expect(types.find((t) => t.key === 'person')).toMatchObject({ color: '#c2410c', shape: 'ellipse' });
    expect(relations.find((r) => r.key === 'supplies')).toMatchObject({ color: '#dc2626', emphasis: true, labelled: true });
    expect(relations.find((r) => r.key === 'sells')).toMatchObject({ color: '#c2410c', emphasis: false, labelled: false, family: { key: 'arms', label: 'Arms' } });
  });

  it('gives what the vocabulary leaves open a colour and shape it has not handed out, and ignores what it cannot paint', () => {
    const graph = parseGraph({
      attributes: {
        vocabulary: {
          entityTypes: {
            first: { label: 'First', definition: '', color: '#7c3aed', shape: 'octagon' },
            odd: { label: 'Odd', definition: '', color: 'red', shape: 'blob' },
          },
        },
      },
      nodes: [
        { key: 'a', attributes: { type: 'first' } },
        { key: 'b', attributes: { type: 'open' } },
        { key: 'c', attributes: { type: 'odd' } },
      ],
    });
    const types = new Map(encodingOf(graph).types.map((type) => [type.key, type]));
    expect(types.get('first')).toMatchObject({ color: '#7c3aed', shape: 'octagon' });
    expect(types.get('open')!.color).not.toBe('#7c3aed');
    expect(types.get('open')!.shape).not.toBe('octagon');
    expect(types.get('odd')!.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(types.get('odd')!.color).not.toBe('#7c3aed');
    expect(Object.keys(SHAPE_OUTLINES)).toContain(types.get('odd')!.shape);
  });

  it('draws the article graph as its vocabulary says, the supply chain labelled', () => {
    const { types, relations } = encodingOf(parseGraph(dataset));
    expect(types.every((type) => /^#[0-9a-f]{6}$/.test(type.color))).toBe(true);
    expect(new Set(types.map((type) => type.shape)).size).toBe(types.length);
    expect(relations.filter((r) => r.labelled).map((r) => r.key).sort()).toEqual(['delivers-to', 'delivers-via', 'supplies']);
  });
});

describe('node shapes', () => {
  it('trace every shape as one closed path within its box', () => {
    for (const shape of Object.keys(SHAPE_OUTLINES) as Array<keyof typeof SHAPE_OUTLINES>) {
      const d = shapePathData(shape, 10, 10, 8);
      expect(d, shape).toMatch(/^M[\d.]+ [\d.]+.*Z$/);
      const numbers = (d.match(/-?[\d.]+/g) ?? []).map(Number);
      for (const value of numbers) expect(value, `${shape}: ${d}`).toBeGreaterThanOrEqual(0);
      for (const value of numbers) expect(value, `${shape}: ${d}`).toBeLessThanOrEqual(20);
    }
  });
});
