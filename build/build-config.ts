/**
 * What `npm run build` writes:
 * - `vite build` (mode `production`): dist/article-graph.js, one ES module with every dependency
 *   inside that defines <article-graph>; the article dataset and the fcose layout stay in chunks of
 *   their own, loaded only when needed.
 * - `vite build --mode editor`: dist/ag-editor.js, the editor's own one-file bundle beside it, with its
 *   lazy chunks (the preview's `<article-graph>`, the entity suggester) in dist/chunks/.
 * - `vite build --mode package`: dist/lib/, the package entries for bundlers (index.js without side
 *   effects, define.js, define-editor.js, article-graph.js and ag-editor.js that register the
 *   elements), dependencies left as imports.
 */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import type { BuildEnvironmentOptions, Plugin, PluginOption } from 'vite';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { apiTable, type Manifest } from './api-table';
import { bundleSize } from './bundle-size';
import { chunkGroups } from './chunk-groups';
import { selfContainedEntry } from './self-contained-entry';

const root = fileURLToPath(new URL('../', import.meta.url));
const at = (path: string) => `${root}${path}`;

/** What the readers of GEXF, GraphML and CSV import, each loaded only when such a file is opened. */
export const IMPORT_FORMAT_DEPENDENCIES = ['graphology-gexf/common/parser.js', 'graphology-graphml/common/parser.js', 'papaparse'];

/**
 * The viewer's entry is a loader with no dependency of its own (see src/article-graph.ts): this is
 * what a page pays for it, gzipped, before any element comes near. The rest is reported beside it.
 */
export const SIZE_ALLOWANCE = 4 * 1024;

/** The editor's own code (text, forms, drafts, model) may add this much on top of its dependencies. */
export const EDITOR_SIZE_ALLOWANCE = 30 * 1024;

/** The one-file bundles: the viewer (the default build) and the editor (`--mode editor`). */
const BUNDLES = {
  production: { source: 'src/article-graph.ts', file: 'article-graph.js', allowance: SIZE_ALLOWANCE, emptyOutDir: true },
  editor: { source: 'src/ag-editor.ts', file: 'ag-editor.js', allowance: EDITOR_SIZE_ALLOWANCE, emptyOutDir: false },
} as const;

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
          entry: {
            index: at('src/index.ts'),
            define: at('src/define.ts'),
            'define-editor': at('src/define-editor.ts'),
            'article-graph': at('src/article-graph.ts'),
            'ag-editor': at('src/ag-editor.ts'),
          },
          formats: ['es'],
        },
        rolldownOptions: { external, output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
      },
    };
  }
  const bundle = mode === 'editor' ? BUNDLES.editor : BUNDLES.production;
  // The viewer's loader fetches these side by side once an element is near: each is one chunk.
  const groups =
    mode === 'editor'
      ? undefined
      : chunkGroups(root, bundle.source, [
          // First: the model's index re-exports the loader, which the element itself never calls.
          { name: 'graph-loader', root: 'src/model/load.ts' },
          { name: 'element', root: 'src/define.ts' },
        ]);
  return {
    plugins: [
      ...(groups ? [groups.plugin] : []),
      // The whitespace of Lit's html`` and css`` templates, which the JavaScript minifier must keep.
      // A Rollup plugin (typed against Rollup's own plugin context); Vite runs its transform hook alike.
      { ...(minifyHtmlLiterals({ include: ['src/**/*.ts'], failOnError: true }) as unknown as Plugin), apply: 'build' },
      selfContainedEntry(bundle.file, groups ? groups.names : []),
      apiTableFile(),
      bundleSize({
        entry: bundle.file,
        allowance: bundle.allowance,
        // An overrun is reported as a warning; AG_SIZE_BUDGET=error makes it fail the build (for CI).
        onOver: process.env.AG_SIZE_BUDGET === 'error' ? 'error' : 'warn',
        // What the loader fetches once an element comes near (chunk-groups.ts), for the record.
        alsoReport: groups ? [...groups.names, 'article-graph', 'cytoscape.esm'] : [],
        packageJson: at('package.json'),
      }),
    ],
    build: {
      target: 'es2022',
      outDir: at('dist'),
      // The editor's bundle is written beside the viewer's, into the same dist/.
      emptyOutDir: bundle.emptyOutDir,
      copyPublicDir: false,
      lib: { entry: at(bundle.source), formats: ['es'], fileName: () => bundle.file },
      rolldownOptions: {
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          // Vite keeps whitespace in ES libraries for bundlers to re-minify; this file goes to browsers as is.
          minify: true,
          ...(groups ? { codeSplitting: groups.codeSplitting } : {}),
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
