/**
 * What the shell loads only when it is needed: the elements of the first picture are registered up
 * front (the export menu too); the article, story, statements and help are defined, and the export and keyboard
 * code fetched, by the time the graph is announced; the SVG writer is fetched on the first SVG export.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mount, part, unmountAll } from '../support/mount';

// The dev server serves one file per module: far more than the default 250 resource entries.
performance.setResourceTimingBufferSize(10_000);

afterEach(unmountAll);

const LATER_TAGS = ['ag-reader', 'ag-story', 'ag-statements', 'ag-help'] as const;

/** Whether the page has fetched a module whose path ends with `ending`. */
const fetched = (ending: string) => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(ending));

describe('parts loaded on demand', () => {
  it('defines the later parts after the first picture and before ag-ready, and they show the graph', async () => {
    expect(customElements.get('article-graph')).toBeDefined();
    expect(customElements.get('ag-legend')).toBeDefined();
    // The export menu's button stands in the toolbar from the first picture on.
    expect(customElements.get('ag-export-menu')).toBeDefined();
    for (const tag of LATER_TAGS) expect(customElements.get(tag), tag).toBeUndefined();
    expect(fetched('/src/export/exporter.ts')).toBe(false);
    expect(fetched('/src/components/article-graph/keyboard-navigation.ts')).toBe(false);

    const { element, ready } = await mount();

    for (const tag of LATER_TAGS) expect(customElements.get(tag), tag).toBeDefined();
    // So are the code for exporting and for moving by keyboard: the first use does not wait for them.
    expect(fetched('/src/export/exporter.ts')).toBe(true);
    expect(fetched('/src/components/article-graph/keyboard-navigation.ts')).toBe(true);
    // The statements list is there for screen readers while closed, one item per relationship.
    const statements = part(element, 'ag-statements');
    await statements.updateComplete;
    expect(statements.shadowRoot!.querySelectorAll('ol > li')).toHaveLength(ready.detail.edges);
    // The article panel was given the graph before it was defined, and shows its title once upgraded.
    const reader = part(element, 'ag-reader');
    await reader.updateComplete;
    expect(reader.shadowRoot!.textContent).toContain('Pantsir');
  });

  it('fetches the SVG writer on the first SVG export', async () => {
    const { element } = await mount();
    expect(fetched('/src/export/svg.ts')).toBe(false);

    const png = await element.exportPng({ scale: 1 });
    expect(png.type).toBe('image/png');
    expect(png.width).toBeGreaterThan(100);
    expect(fetched('/src/export/svg.ts')).toBe(false);

    const svg = await element.exportSvg();
    expect(await svg.text()).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
    expect(fetched('/src/export/svg.ts')).toBe(true);
  });
});
