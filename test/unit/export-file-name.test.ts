import { describe, expect, it } from 'vitest';
import dataset from '../../graph-data/article-graph.json';
import { exportFileName, isoDay, MAX_SLUG, slugify } from '../../src/export/file-name';
import type { GraphAttributes } from '../../src/model/types';

describe('exportFileName', () => {
  it('names the article graph by its title and publication day', () => {
    const attributes = dataset.attributes as unknown as GraphAttributes;
    expect(exportFileName(attributes, 'png')).toBe('us-intelligence-reveals-assads-agreement-2023-11-02.png');
    expect(exportFileName(attributes, 'svg')).toBe('us-intelligence-reveals-assads-agreement-2023-11-02.svg');
    expect(exportFileName(attributes, 'json')).toBe('us-intelligence-reveals-assads-agreement-2023-11-02.json');
  });

  it('falls back to the graph title, then to "graph"', () => {
    expect(exportFileName({ title: 'Supply routes' }, 'png')).toBe('supply-routes.png');
    expect(exportFileName({}, 'json')).toBe('graph.json');
    expect(exportFileName(undefined, 'png')).toBe('graph.png');
    expect(exportFileName({ title: '¿¡!!' }, 'png')).toBe('graph.png');
  });
});

describe('slugify', () => {
  it('drops accents and apostrophes and joins words with hyphens', () => {
    expect(slugify("Assad's Pantsir: Zürich — São Paulo")).toBe('assads-pantsir-zurich-sao-paulo');
  });

  it('cuts at a word boundary within the length bound', () => {
    const slug = slugify('one two three four five six seven eight nine ten eleven twelve');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(slug).toBe('one-two-three-four-five-six-seven-eight');
    expect(slugify('x'.repeat(100))).toBe('x'.repeat(MAX_SLUG));
  });
});

describe('isoDay', () => {
  it('reads the day of an ISO date and nothing else', () => {
    expect(isoDay('2023-11-02T23:18')).toBe('2023-11-02');
    expect(isoDay('2 November 2023')).toBeUndefined();
    expect(isoDay(undefined)).toBeUndefined();
  });
});
