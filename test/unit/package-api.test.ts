/**
 * The package's public contract: custom-elements.json is what the analyzer makes of the sources
 * now, it lists every public property of <article-graph>, and the README's API tables (between the
 * api markers) are the ones written from it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { API_END, API_START, apiSection, apiTable, findElement, type Manifest } from '../../build/api-table';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');
const committed = JSON.parse(read('custom-elements.json')) as Manifest;

type Analyze = (options: { argv: string[]; cwd: string; noWrite: boolean }) => Promise<unknown>;

async function analyze(): Promise<unknown> {
  // The analyzer's command line, as `npm run build` runs it, returning the manifest instead of writing it.
  const { cli } = (await import('@custom-elements-manifest/analyzer/cli.js' as string)) as { cli: Analyze };
  return cli({ argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], cwd: root, noWrite: true });
}

describe('custom-elements.json', () => {
  it('is what the analyzer makes of the sources now (run npm run build to refresh it)', async () => {
    expect(JSON.parse(JSON.stringify(await analyze()))).toEqual(committed);
  }, 30_000);

  it('lists every @property of <article-graph> with its attribute, and its events, parts and CSS properties', () => {
    const element = findElement(committed, 'article-graph');
    const source = read('src/components/article-graph/article-graph.ts');
    const declared = [...source.matchAll(/@property\(([^)]*)\)\s+(?:override\s+)?(\w+)/g)].map(([, options, name]) => ({
      name,
      attribute: /attribute:\s*false/.test(options) ? undefined : (/attribute:\s*'([^']+)'/.exec(options)?.[1] ?? name.toLowerCase()),
    }));
    expect(declared.length).toBeGreaterThan(5);
    for (const { name, attribute } of declared) {
      const member = element.members?.find((m) => m.name === name);
      expect(member, name).toBeDefined();
      expect(member!.attribute, name).toBe(attribute);
    }
    const tags = (tag: string) => [...source.matchAll(new RegExp(`@${tag} (\\S+)`, 'g'))].map((match) => match[1]);
    expect(element.events?.map((e) => e.name)).toEqual(tags('fires'));
    expect(element.cssParts?.map((p) => p.name)).toEqual(tags('csspart'));
    expect(element.cssProperties?.map((p) => p.name)).toEqual(tags('cssprop'));
    expect(element.cssParts?.map((p) => p.name)).toEqual(expect.arrayContaining(['toolbar', 'legend', 'details', 'stage', 'error']));
  });

  it('is what package.json points tools at, and the package entries exist in the sources', () => {
    const pkg = JSON.parse(read('package.json'));
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.exports['.'].types).toBe('./dist/types/index.d.ts');
    expect(pkg.exports['./article-graph.js'].import).toBe('./dist/article-graph.js');
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'custom-elements.json']));
    // The registering modules are the only ones with side effects; the rest may be tree-shaken.
    expect(pkg.sideEffects).toEqual(expect.arrayContaining(['./src/define.ts', './src/article-graph.ts', './dist/article-graph.js']));
    for (const path of ['src/index.ts', 'src/define.ts', 'src/article-graph.ts']) expect(existsSync(`${root}${path}`), path).toBe(true);
  });
});

describe('the API tables', () => {
  const table = apiTable(committed);

  it('list attributes with their properties, methods, events, CSS properties with defaults, and parts', () => {
    expect(table).toContain('### `<article-graph>`');
    expect(table).toContain('| `deep-link` | `deepLink` | `boolean` | `false` |');
    expect(table).toContain('| — | `graph` | `GraphInput \\| undefined` |');
    expect(table).toMatch(/\| `select\(selection: Selection \\\| null\): void` \| Selects a node or an edge/);
    expect(table).toMatch(/\| `ag-select` \| When the selection changes/);
    expect(table).toContain('| `--ag-background` | `#ffffff` | Background of the component and the canvas. |');
    expect(table).toMatch(/\| `toolbar` \| The bar with search/);
    // Private state never leaks into the public tables.
    expect(table).not.toMatch(/hiddenRelations|loadSequence|`data`/);
  });

  it('finds the README section between the markers, and none without them', () => {
    expect(apiSection(`# Title\n${API_START}\n| a |\n${API_END}\nmore`)).toBe('| a |\n');
    expect(apiSection('# Title without markers')).toBeUndefined();
    expect(() => apiSection(`${API_END}\n${API_START}`)).toThrow(/comes before/);
  });

  const readme = existsSync(`${root}README.md`) ? read('README.md') : '';
  it.skipIf(apiSection(readme) === undefined)('match the README between its api markers (npm run build writes them to dist/api.md)', () => {
    expect(apiSection(readme)).toBe(table);
  });
});
