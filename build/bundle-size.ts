/**
 * A build plugin that prints the gzip size of the entry bundle and compares it with what its
 * dependencies weigh on their own (each bundled alone, minified and gzipped, as a package size
 * site would measure them). The bundle's own code may add at most `allowance` bytes on top.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { build, type Plugin } from 'vite';

export interface BundleSizeOptions {
  /** File name of the entry chunk to measure, e.g. `article-graph.js`. */
  entry: string;
  /** Bytes (gzipped) the bundle may weigh beyond the sum of its dependencies. */
  allowance: number;
  /** `error` fails the build when over; `warn` only reports it. */
  onOver: 'error' | 'warn';
  /** Path of the package.json whose `dependencies` are counted. */
  packageJson: string;
  /** Names of lazily loaded chunks whose gzip sizes are printed beside the entry's. */
  alsoReport?: readonly string[];
}

export interface SizeReport {
  entry: { name: string; bytes: number; gzip: number };
  /** The bundle's own largest modules (rendered bytes, before minifying), to know what to trim. */
  largest: Array<{ id: string; bytes: number }>;
  dependencies: Array<{ name: string; specifiers: string[]; gzip: number }>;
  budget: number;
}

export const gzipSize = (code: string | Uint8Array): number => gzipSync(code, { level: 9 }).length;

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The package a resolved file belongs to, e.g. `/x/node_modules/@a/b/c.js` -> `@a/b`. */
export function packageOf(id: string): string | undefined {
  const match = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/](?!.*[\\/]node_modules[\\/])/.exec(id);
  return match?.[1].replace('\\', '/');
}

/** Minified gzip size of what these specifiers of one package export, bundled alone. */
async function ownSize(specifiers: string[], root: string): Promise<number> {
  // A module that exists only in this build, placed in the project so that imports resolve as they do there.
  const entry = `${root}/dependency-size-entry.js`;
  const source = specifiers.map((specifier, i) => `export * as m${i} from ${JSON.stringify(specifier)};`).join('\n');
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [
      {
        name: 'dependency-size-entry',
        enforce: 'pre',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? source : null),
      },
    ],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: 'dependency' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  let total = 0;
  for (const result of results) {
    if (!('output' in result)) continue;
    for (const file of result.output) if (file.type === 'chunk') total += gzipSize(file.code);
  }
  return total;
}

export function formatSizeReport(report: SizeReport): string {
  const sum = report.dependencies.reduce((total, dependency) => total + dependency.gzip, 0);
  const own = report.entry.gzip - sum;
  const lines = [
    `${report.entry.name}: ${kib(report.entry.bytes)}, gzip ${kib(report.entry.gzip)}`,
    ...report.dependencies.map((d) => `  ${d.name} on its own (${d.specifiers.join(', ')}): gzip ${kib(d.gzip)}`),
    `  dependencies together: gzip ${kib(sum)}; the bundle adds ${kib(own)} (allowed: ${kib(report.budget)})`,
    `  largest own modules: ${report.largest.map((m) => `${m.id} ${kib(m.bytes)}`).join(', ')}`,
  ];
  return lines.join('\n');
}

export function bundleSize(options: BundleSizeOptions): Plugin {
  const dependencies = new Set(Object.keys(JSON.parse(readFileSync(options.packageJson, 'utf8')).dependencies ?? {}));
  /** Bare specifiers of the dependencies as imported, with the file each resolved to. */
  const imports = new Map<string, string>();
  let root = process.cwd();
  return {
    name: 'article-graph:bundle-size',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async resolveId(source, importer, resolveOptions) {
      if (!importer || source.startsWith('.') || source.startsWith('/') || source.startsWith('\0')) return null;
      const name = source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0];
      if (!dependencies.has(name) || packageOf(importer) !== undefined) return null;
      const resolved = await this.resolve(source, importer, { ...resolveOptions, skipSelf: true });
      if (resolved && !resolved.external) imports.set(source, resolved.id);
      return resolved;
    },
    async generateBundle(_outputOptions, bundle) {
      const chunk = Object.values(bundle).find((file) => file.type === 'chunk' && file.fileName === options.entry);
      if (!chunk || chunk.type !== 'chunk') return;
      const inEntry = new Set(Object.keys(chunk.modules));
      const byPackage = new Map<string, string[]>();
      for (const [specifier, id] of imports) {
        if (!inEntry.has(id)) continue; // a lazily loaded chunk, not part of the entry's weight
        const name = packageOf(id)!;
        byPackage.set(name, [...(byPackage.get(name) ?? []), specifier]);
      }
      const measured = await Promise.all(
        [...byPackage].sort(([a], [b]) => a.localeCompare(b)).map(async ([name, specifiers]) => ({ name, specifiers, gzip: await ownSize(specifiers, root) })),
      );
      const report: SizeReport = {
        entry: { name: options.entry, bytes: Buffer.byteLength(chunk.code), gzip: gzipSize(chunk.code) },
        dependencies: measured,
        budget: options.allowance,
        largest: Object.entries(chunk.modules)
          .filter(([id]) => packageOf(id) === undefined && !id.startsWith('\0'))
          .map(([id, module]) => ({ id: id.startsWith(root) ? id.slice(root.length + 1) : id, bytes: module.renderedLength }))
          .sort((a, b) => b.bytes - a.bytes)
          .slice(0, 6),
      };
      const lazy = Object.values(bundle).filter((file) => file.type === 'chunk' && !file.isEntry && options.alsoReport?.includes(file.name));
      const chunks = lazy.map((file) => `  ${file.fileName}: gzip ${kib(gzipSize((file as { code: string }).code))}`);
      console.log(`\n${formatSizeReport(report)}${chunks.length ? `\n  fetched when an element comes near:\n${chunks.join('\n')}` : ''}\n`);
      const over = report.entry.gzip - measured.reduce((total, d) => total + d.gzip, 0) - options.allowance;
      if (over > 0) {
        const message = `${options.entry} is ${kib(over)} over its size budget (its dependencies' own gzip sizes + ${kib(options.allowance)})`;
        if (options.onOver === 'error') this.error(message);
        else this.warn(message);
      }
    },
  };
}
