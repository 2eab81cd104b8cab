import { describe, expect, it, test } from 'vitest';
import { parseGraph } from '../../src/model';
import { encodingOf } from '../../src/view/encoding';
import { buildStylesheet, LIGHT_TOKENS, quoteValue } from '../../src/view/stylesheet';
import { convertingToElements, toElements } from '../../src/view/elements';

describe('quoteValue', () => {
  it('quotes with the quote the value does not contain', () => {
    expect(quoteValue('supplies')).toBe('"supplies"');
    expect(quoteValue('the "big" one')).toBe(`'the "big" one'`);
    expect(quoteValue(`it's`)).toBe(`"it's"`);
    expect(quoteValue(`"it's"`)).toBeUndefined();
  });
});

describe('buildStylesheet', () => {
  it('styles every type and relation in use, quoting keys with quotes in them', () => {
    const graph = parseGraph({
      nodes: [
        { key: 'a', attributes: { type: 'say "hi"' } },
        { key: 'b', attributes: { type: `both " and '` } },
      ],
      edges: [{ source: 'a', target: 'b', attributes: { relation: 'supplies' } }],
    });
    const selectors = buildStylesheet(encodingOf(graph), LIGHT_TOKENS).map((rule) => rule.selector);
    expect(selectors).toContain(`node[type = 'say "hi"']`);
    expect(selectors).toContain('edge[relation = "supplies"]');
    expect(selectors.some((selector) => selector.includes('both'))).toBe(false);
  });
});

describe('converting a large graph', () => {
  test('a slice at a time gives the elements converted at once', () => {
    const graph = parseGraph({
      nodes: Array.from({ length: 700 }, (_, i) => ({ key: `n${i}`, attributes: { label: `Node ${i}`, x: i, y: -i } })),
      edges: Array.from({ length: 1400 }, (_, i) => ({ key: `e${i}`, source: `n${i % 700}`, target: `n${(i * 3 + 1) % 700}` })),
    });
    const work = convertingToElements(graph);
    let pauses = 0;
    let step = work.next();
    while (!step.done) {
      pauses++;
      step = work.next();
    }
    expect(pauses).toBeGreaterThan(5);
    expect(step.value).toEqual(toElements(graph));
    expect(step.value).toHaveLength(2100);
  });
});
