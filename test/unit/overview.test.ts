import { describe, expect, it } from 'vitest';
import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { parseGraph } from '../../src/model';
import { CYTOSCAPE_LINE_STYLES, DASH_PATTERNS, encodingOf } from '../../src/view/encoding';
import { toElements } from '../../src/view/elements';
import { fitViewport, NodeIndex, overviewApplies, overviewPaint } from '../../src/view/overview';
import { buildStylesheet, DARK_TOKENS, LIGHT_TOKENS, quoteValue } from '../../src/view/stylesheet';
import { syntheticGraph } from '../bench/synthetic-graph';

const node = (id: string, x: number, y: number): ElementDefinition => ({ group: 'nodes', data: { id }, position: { x, y } });

describe('NodeIndex', () => {
  it('finds the node under a point, the nearest where bodies overlap, and nothing on empty ground', () => {
    const index = new NodeIndex([node('a', 0, 0), node('b', 30, 0), node('c', 500, 500), { group: 'nodes', data: { id: 'unplaced' } }], 22);
    expect(index.at(5, 3)).toBe('a');
    expect(index.at(20, 0)).toBe('b');
    expect(index.at(490, 512)).toBe('c');
    expect(index.at(250, 250)).toBeUndefined();
    // Just outside a body: found only with slack.
    expect(index.at(525, 500)).toBeUndefined();
    expect(index.at(525, 500, 4)).toBe('c');
  });
});

describe('fitViewport', () => {
  it('fits the node shapes into the box with the padding around, centred', () => {
    // Shapes span -22..222 by -22..122 (244 x 144); the box leaves 720 x 520 inside the padding.
    const viewport = fitViewport([node('a', 0, 0), node('b', 200, 100)], 44, { width: 800, height: 600 }, 40, { min: 0.05, max: 10 })!;
    expect(viewport.zoom).toBeCloseTo(720 / 244);
    expect(viewport.pan.x + viewport.zoom * 100).toBeCloseTo(400);
    expect(viewport.pan.y + viewport.zoom * 50).toBeCloseTo(300);
  });

  it('keeps within the zoom limits, centred', () => {
    const viewport = fitViewport([node('a', 10, 10)], 44, { width: 800, height: 600 }, 40, { min: 0.05, max: 1.6 })!;
    expect(viewport).toEqual({ zoom: 1.6, pan: { x: 400 - 16, y: 300 - 16 } });
    const far = fitViewport([node('a', 0, 0), node('b', 100_000, 0)], 44, { width: 800, height: 600 }, 40, { min: 0.05, max: 1.6 })!;
    expect(far.zoom).toBe(0.05);
    expect(far.pan.x + 0.05 * 50_000).toBeCloseTo(400);
  });

  it('gives nothing without positions or without room', () => {
    const limits = { min: 0.05, max: 2 };
    expect(fitViewport([node('a', 0, 0), { group: 'nodes', data: { id: 'b' } }], 44, { width: 800, height: 600 }, 40, limits)).toBeUndefined();
    expect(fitViewport([], 44, { width: 800, height: 600 }, 40, limits)).toBeUndefined();
    expect(fitViewport([node('a', 0, 0)], 44, { width: 60, height: 600 }, 40, limits)).toBeUndefined();
  });
});

describe('overviewApplies', () => {
  it('only where node labels would be too small for Cytoscape to draw', () => {
    const paint = overviewPaint(encodingOf(parseGraph(syntheticGraph({ nodes: 10, edges: 10 }))), LIGHT_TOKENS);
    const threshold = paint.minLabelPx / paint.labelFontSize;
    expect(overviewApplies(paint, { zoom: threshold * 0.99, pan: { x: 0, y: 0 } })).toBe(true);
    expect(overviewApplies(paint, { zoom: threshold, pan: { x: 0, y: 0 } })).toBe(false);
  });
});

/** The style the rules with exactly this selector set, merged in order. */
function rule(sheet: StylesheetJson, selector: string): Record<string, unknown> {
  return Object.assign({}, ...sheet.filter((r) => r.selector === selector).map((r) => (r as unknown as { style: Record<string, unknown> }).style));
}

describe('overviewPaint', () => {
  const data = parseGraph({
    nodes: [
      { key: 'a', attributes: { type: 'person' } },
      { key: 'b', attributes: { type: 'weapon' } },
      { key: 'c', attributes: { type: 'custom kind' } },
    ],
    edges: [
      { source: 'a', target: 'b', attributes: { relation: 'supplies', certainty: 'possible' } },
      { source: 'b', target: 'c', attributes: { relation: 'mentions', certainty: 'uncertain' } },
    ],
  });

  for (const [theme, tokens] of [
    ['light', LIGHT_TOKENS],
    ['dark', DARK_TOKENS],
  ] as const) {
    it(`paints what the fast stylesheet draws (${theme} theme)`, () => {
      const encoding = encodingOf(data);
      const sheet = buildStylesheet(encoding, tokens, { levelOfDetail: 'fast' });
      const paint = overviewPaint(encoding, tokens);
      const base = rule(sheet, 'node');
      expect(paint.node).toEqual({ size: base.width, color: base['background-color'], borderWidth: base['border-width'], borderColor: base['border-color'] });
      expect(paint.labelFontSize).toBe(base['font-size']);
      expect(paint.minLabelPx).toBe(rule(sheet, 'node')['min-zoomed-font-size']);
      for (const type of encoding.types) {
        const style = rule(sheet, `node[type = ${quoteValue(type.key)}]`);
        expect(paint.types.get(type.key)).toEqual({ color: style['background-color'], shape: style.shape });
      }
      const edge = rule(sheet, 'edge');
      expect(paint.edge).toEqual({ width: edge.width, opacity: edge.opacity, color: edge['line-color'] });
      for (const relation of encoding.relations) {
        const style = { ...edge, ...rule(sheet, `edge[relation = ${quoteValue(relation.key)}]`) };
        expect(paint.relations.get(relation.key)).toEqual({ color: style['line-color'], width: style.width, opacity: style.opacity });
      }
      for (const [certainty, lineStyle] of paint.lineStyles) {
        const style = rule(sheet, `edge[certainty = "${certainty}"]`);
        expect(style['line-style'] ?? 'solid').toBe(CYTOSCAPE_LINE_STYLES[lineStyle]);
        expect(style['line-dash-pattern'] ?? []).toEqual([...DASH_PATTERNS[lineStyle]]);
      }
    });
  }

  it('covers every element the conversion produces', () => {
    const encoding = encodingOf(data);
    const paint = overviewPaint(encoding, LIGHT_TOKENS);
    for (const element of toElements(data)) {
      if (element.group === 'nodes') expect(paint.types.has(element.data.type as string)).toBe(true);
      else expect(paint.relations.has(element.data.relation as string)).toBe(true);
    }
  });
});
