/**
 * What `npm run build` writes:
 * - `vite build` (mode `production`): dist/article-graph.js, one ES module with every dependency
 *   inside that defines <article-graph>; the article dataset and the fcose layout stay in chunks of
 *   their own, loaded only when needed.
 * - `vite build --mode package`: dist/lib/, the package entries for bundlers (index.js without side
 *   effects, define.js and article-graph.js that register the elements), dependencies left as imports.
 */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import type { BuildEnvironmentOptions, Plugin, PluginOption } from 'vite';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { apiTable, type Manifest } from './api-table';
import { bundleSize } from './bundle-size';
import { selfContainedEntry } from './self-contained-entry';

const root = fileURLToPath(new URL('../', import.meta.url));
const at = (path: string) => `${root}${path}`;

/** What the readers of GEXF, GraphML and CSV import, each loaded only when such a file is opened. */
export const IMPORT_FORMAT_DEPENDENCIES = ['graphology-gexf/common/parser.js', 'graphology-graphml/common/parser.js', 'papaparse'];

/** The bundle's own code may add this much (gzipped) to the sum of its dependencies' sizes. */
export const SIZE_ALLOWANCE = 10 * 1024;

export function buildOptions(mode: string): { build: BuildEnvironmentOptions; plugins: PluginOption[] } {
  if (mode === 'package') {
    const dependencies = Object.keys(JSON.parse(readFileSync(at('package.json'), 'utf8')).dependencies ?? {});
    const external = new RegExp(`^(${dependencies.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(/|$)`);
    return {
      plugins: [],
      build: {
        target: 'es2022',
        outDir: at('dist/lib'),
        emptyOutDir: true,
        copyPublicDir: false,
        minify: false,
        lib: {
          entry: { index: at('src/index.ts'), define: at('src/define.ts'), 'article-graph': at('src/article-graph.ts') },
          formats: ['es'],
        },
        rolldownOptions: { external, output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
      },
    };
  }
  return {
    plugins: [
      // The whitespace of Lit's html`` and css`` templates, which the JavaScript minifier must keep.
      // A Rollup plugin (typed against Rollup's own plugin context); Vite runs its transform hook alike.
      { ...(minifyHtmlLiterals({ include: ['src/**/*.ts'], failOnError: true }) as unknown as Plugin), apply: 'build' },
      selfContainedEntry('article-graph.js'),
      apiTableFile(),
      bundleSize({
        entry: 'article-graph.js',
        allowance: SIZE_ALLOWANCE,
        // An overrun is reported as a warning; AG_SIZE_BUDGET=error makes it fail the build (for CI).
        onOver: process.env.AG_SIZE_BUDGET === 'error' ? 'error' : 'warn',
        packageJson: at('package.json'),
      }),
    ],
    build: {
      target: 'es2022',
      outDir: at('dist'),
      emptyOutDir: true,
      copyPublicDir: false,
      lib: { entry: at('src/article-graph.ts'), formats: ['es'], fileName: () => 'article-graph.js' },
      rolldownOptions: {
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          // Vite keeps whitespace in ES libraries for bundlers to re-minify; this file goes to browsers as is.
          minify: true,
        },
        // Lets the bundler keep modules shared with the lazy chunks (Cytoscape, its runtime helpers) in the
        // entry, exported to them, instead of splitting them into a common chunk the entry would import.
        preserveEntrySignatures: 'allow-extension',
      },
    },
  };
}

/** Writes dist/api.md, the README's API tables, from custom-elements.json (which `npm run build` makes first). */
function apiTableFile(): Plugin {
  return {
    name: 'article-graph:api-table',
    apply: 'build',
    generateBundle() {
      const manifest = JSON.parse(readFileSync(at('custom-elements.json'), 'utf8')) as Manifest;
      this.emitFile({ type: 'asset', fileName: 'api.md', source: apiTable(manifest) });
    },
  };
}
