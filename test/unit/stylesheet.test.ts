import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/model';
import { encodingOf } from '../../src/view/encoding';
import { buildStylesheet, LIGHT_TOKENS, quoteValue } from '../../src/view/stylesheet';

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
