import { describe, expect, it } from 'vitest';
import dataset from '../../graph-data/article-graph.json';
import { serializeShown } from '../../src/export/json';
import { parseGraph } from '../../src/model/load';
import { filterElements, neighbourhood } from '../../src/model/queries';

const graph = () => parseGraph(dataset);

describe('serializeShown', () => {
  it('keeps only the shown nodes and edges, with every attribute and the graph attributes', () => {
    const data = graph();
    const shown = filterElements(data, { onlyNodes: neighbourhood(data, 'wagner', 1), hiddenRelations: new Set(['supplies']) });
    const exported = serializeShown(data, shown);
    expect(exported.nodes.map((node) => node.key).sort()).toEqual([...shown.nodes].sort());
    expect(exported.edges.map((edge) => edge.key).sort()).toEqual([...shown.edges].sort());
    expect(exported.edges.every((edge) => edge.attributes?.relation !== 'supplies')).toBe(true);
    expect(exported.attributes).toEqual(dataset.attributes);
    const reloaded = parseGraph(exported);
    for (const key of shown.edges) expect(reloaded.getEdgeAttributes(key)).toEqual(data.getEdgeAttributes(key));
    for (const key of shown.nodes) expect(reloaded.getNodeAttributes(key)).toEqual(data.getNodeAttributes(key));
  });

  it('writes drawn positions, and shares no object with the live graph', () => {
    const data = graph();
    const shown = filterElements(data, {});
    const exported = serializeShown(data, shown, { positions: new Map([['hezbollah', { x: 12.3456, y: -7 }]]) });
    const hezbollah = exported.nodes.find((node) => node.key === 'hezbollah')!;
    expect(hezbollah.attributes).toMatchObject({ x: 12.35, y: -7 });
    expect(data.getNodeAttribute('hezbollah', 'x')).not.toBe(12.35);
    const edge = exported.edges.find((e) => (e.attributes?.evidence?.length ?? 0) > 0)!;
    edge.attributes!.evidence![0].quote = 'changed';
    expect(data.getEdgeAttribute(edge.key!, 'evidence')![0].quote).not.toBe('changed');
  });
});
