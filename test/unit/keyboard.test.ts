import { describe, expect, it } from 'vitest';
import dataset from '../../graph-data/article-graph.json';
import { parseGraph } from '../../src/model/load';
import { describeNode, describeSelection } from '../../src/components/article-graph/keyboard-controller';
import { nearestInDirection } from '../../src/components/article-graph/keyboard-navigation';

const graph = parseGraph(dataset);

describe('moving the keyboard focus', () => {
  const points = [
    { id: 'right-near', x: 100, y: 5 },
    { id: 'right-far', x: 300, y: 0 },
    { id: 'right-steep', x: 20, y: 200 },
    { id: 'left', x: -80, y: 10 },
    { id: 'up', x: 5, y: -60 },
  ];

  it('picks the nearest point ahead, preferring a straight line', () => {
    expect(nearestInDirection({ x: 0, y: 0 }, points, 'right')?.id).toBe('right-near');
    expect(nearestInDirection({ x: 0, y: 0 }, points, 'left')?.id).toBe('left');
    expect(nearestInDirection({ x: 0, y: 0 }, points, 'up')?.id).toBe('up');
    expect(nearestInDirection({ x: 0, y: 0 }, points, 'down')?.id).toBe('right-steep');
  });

  it('finds nothing when nothing lies in that direction', () => {
    expect(nearestInDirection({ x: 1000, y: 0 }, points, 'right')).toBeUndefined();
    expect(nearestInDirection({ x: 0, y: 0 }, [], 'up')).toBeUndefined();
  });
});

describe('what the live region says', () => {
  it('names a node, its type and its number of relationships', () => {
    const degree = dataset.edges.filter((edge) => edge.source === 'hezbollah' || edge.target === 'hezbollah').length;
    expect(describeNode(graph, 'hezbollah')).toBe(`Hezbollah, armed group, ${degree} relationships`);
    expect(describeSelection(graph, { kind: 'node', key: 'hezbollah' })).toBe(`Selected Hezbollah, armed group, ${degree} relationships`);
  });

  it('reads an edge as a statement and a cleared selection as such', () => {
    expect(describeSelection(graph, { kind: 'edge', key: 'e2' })).toBe('Selected relationship: Bashar al-Assad has agreed to supply Hezbollah');
    expect(describeSelection(graph, null)).toBe('Selection cleared');
    expect(describeSelection(graph, { kind: 'node', key: 'nobody' })).toBe('');
  });

  it('says "1 relationship" for one, and names an untyped node by its key', () => {
    const tiny = parseGraph({ nodes: [{ key: 'a' }, { key: 'b', attributes: { type: 'armed-group' } }], edges: [{ source: 'a', target: 'b' }] });
    expect(describeNode(tiny, 'a')).toBe('a, entity, 1 relationship');
    expect(describeNode(tiny, 'b')).toBe('b, armed group, 1 relationship');
  });
});
