/**
 * Command line export: renders `<article-graph>` in headless Chromium and writes a PNG, SVG, PDF or
 * JSON. A PDF is the SVG export printed by Chromium, so it is vector, with its text as text.
 *
 *   npm run export -- --out graph.pdf [--scale 2] [--src graph.gexf] [--theme dark] [--scope graph|view] [--transparent] [--plain]
 *   npm run export -- --out graph.svg --src links.csv --nodes points.csv
 *
 * The graph file is served to the page beside it and given to the element as its `src`, so that it is
 * read as the element reads any URL: its format from its extension, then its content.
 *
 * The component is served from the sources by a Vite dev server on a free port, so the picture is
 * exactly what the element draws in a browser. Runs under tsx (TypeScript, no build step).
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { EXPORT_FORMATS, formatOfFileName, type ExportFormat, type ExportOptions } from '../export/formats';
import { extensionOf, IMPORT_FORMATS } from '../model/formats/index';
import { IMPORT_FORMAT_DEPENDENCIES } from '../../build/build-config';
import { findBrowser } from './find-browser';

export type OutputFormat = ExportFormat;

/** The extensions --out takes, from the export registry: `.png, .svg or .json`. */
const EXTENSIONS = Object.values(EXPORT_FORMATS).map((descriptor) => `.${descriptor.extension}`);
const EXTENSION_LIST = `${EXTENSIONS.slice(0, -1).join(', ')} or ${EXTENSIONS[EXTENSIONS.length - 1]}`;

export interface ExportArgs {
  out: string;
  format: OutputFormat;
  scale: number;
  src: string | undefined;
  /** A CSV node table beside the `--src` edge list. */
  nodes: string | undefined;
  theme: 'light' | 'dark';
  scope: 'graph' | 'view';
  transparent: boolean;
  /** Leave out the caption and the legend (PNG only). */
  plain: boolean;
  /** Browser viewport, which is also the size of `--scope view`. */
  viewport: { width: number; height: number };
}

export const USAGE = `Usage: npm run export -- --out FILE.png|FILE.svg|FILE.pdf|FILE.json [options]

  --out FILE          where to write; the format follows the extension (.png, .svg, .pdf, .json)
  --scale N           pixels per CSS pixel, 1 to 4 (default 2)
  --src FILE          the graph: graphology JSON, GEXF, GraphML or a CSV edge list (default: the article graph)
  --nodes FILE        a CSV node table for the --src edge list
  --theme light|dark  colour scheme (default light)
  --scope graph|view  the whole graph (default) or the view as it opens
  --transparent       no background (PNG, SVG and PDF)
  --plain             no caption and no legend (PNG, SVG and PDF)
  --viewport WxH      browser size, and so the size of the view (default 1280x800)
  --help              this text`;

/** A mistake in the command line: the message says what to change; the process exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseExportArgs(argv: string[]): ExportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string', short: 'o' },
        scale: { type: 'string' },
        src: { type: 'string' },
        nodes: { type: 'string' },
        theme: { type: 'string' },
        scope: { type: 'string' },
        transparent: { type: 'boolean' },
        plain: { type: 'boolean' },
        viewport: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) throw new UsageError('');
  if (!values.out) throw new UsageError('--out is required, e.g. --out graph.png');
  const format = formatOfFileName(values.out);
  if (!format) throw new UsageError(`--out must end in ${EXTENSION_LIST}, not "${extname(values.out) || values.out}".`);
  const scale = values.scale === undefined ? 2 : Number(values.scale);
  if (values.scale !== undefined && (values.scale.trim() === '' || !Number.isFinite(scale) || scale < 1 || scale > 4)) {
    throw new UsageError(`--scale must be a number from 1 to 4, not "${values.scale}".`);
  }
  const theme = values.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark') throw new UsageError(`--theme must be "light" or "dark", not "${theme}".`);
  const scope = values.scope ?? 'graph';
  if (scope !== 'graph' && scope !== 'view') throw new UsageError(`--scope must be "graph" or "view", not "${scope}".`);
  if (values.nodes !== undefined && values.src === undefined) throw new UsageError('--nodes needs --src, the edge list its nodes belong to.');
  const size = /^(\d{2,5})x(\d{2,5})$/.exec(values.viewport ?? '1280x800');
  if (!size) throw new UsageError(`--viewport must look like 1280x800, not "${values.viewport}".`);
  return {
    out: values.out,
    format,
    scale,
    src: values.src,
    nodes: values.nodes,
    theme,
    scope,
    transparent: values.transparent ?? false,
    plain: values.plain ?? false,
    viewport: { width: Number(size[1]), height: Number(size[2]) },
  };
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PAGE = '/__export__.html';

/** A file the page may fetch from the export server: the graph given with --src and --nodes. */
interface ServedFile {
  body: Buffer;
  type: string;
}

/** The URL path the export server serves the --src and --nodes files under. */
const FILES = '/__graph__/';

/** Serves a bare page that registers the elements, and the graph's files. */
function exportPage(files: ReadonlyMap<string, ServedFile>): Plugin {
  return {
    name: 'article-graph-export-page',
    configureServer(server) {
      server.middlewares.use(FILES, (request, response) => {
        const file = files.get(decodeURIComponent((request.url ?? '').replace(/^\//, '').replace(/[?#].*$/, '')));
        if (!file) {
          response.statusCode = 404;
          response.end('not found');
          return;
        }
        response.setHeader('content-type', file.type);
        response.end(file.body);
      });
      server.middlewares.use(PAGE, (_request, response) => {
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>export</title>
<style>html, body { margin: 0; height: 100%; } article-graph { display: block; width: 100vw; height: 100vh; }</style>
</head><body><script type="module">import '/src/define.ts'; document.documentElement.dataset.ready = 'true';</script></body></html>`);
      });
    },
  };
}

async function startServer(files: ReadonlyMap<string, ServedFile>): Promise<{ server: ViteDevServer; url: string }> {
  const server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    // Its own dependency cache, so a running dev server of the project is left alone.
    cacheDir: resolve(ROOT, 'node_modules/.vite-export'),
    // Scan from the element's entry only, not from every HTML page in the project.
    optimizeDeps: { entries: ['src/define.ts'], include: IMPORT_FORMAT_DEPENDENCIES },
    server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
    plugins: [exportPage(files)],
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('The Vite server did not report its port.');
  return { server, url: `http://127.0.0.1:${address.port}${PAGE}` };
}

/**
 * Reads a graph file to be served to the page, under its own name; a JSON file is checked here, so
 * that broken JSON is named before a browser starts. The other formats are read by the element.
 */
async function readGraphFile(option: '--src' | '--nodes', path: string): Promise<[string, ServedFile]> {
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`Cannot read ${option} ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}.`);
  }
  const extension = extensionOf(path);
  const format = Object.values(IMPORT_FORMATS).find((descriptor) => extension !== undefined && descriptor.extensions.includes(extension));
  if (format?.format === 'json') {
    try {
      JSON.parse(body.toString('utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new Error(`${option} ${path} is not JSON: ${(error as Error).message}`);
    }
  }
  return [basename(path), { body, type: format?.mimeTypes[0] ?? 'application/octet-stream' }];
}

/** Mounts the element with the graph at `src` (or the article graph) and waits for `ag-ready`; throws with `ag-error`'s message and problems. */
async function mountGraph(page: Page, src: string | undefined, theme: ExportArgs['theme']): Promise<void> {
  const outcome = await page.evaluate(
    ({ src, theme }) =>
      new Promise<{ ok: true } | { ok: false; message: string; problems: string[] }>((resolve) => {
        const element = document.createElement('article-graph');
        element.theme = theme;
        if (src !== undefined) element.src = src;
        element.addEventListener('ag-ready', () => resolve({ ok: true }), { once: true });
        element.addEventListener(
          'ag-error',
          (event) => resolve({ ok: false, message: event.detail.message, problems: event.detail.problems.map((p) => `${p.where}: ${p.message}`) }),
          { once: true },
        );
        document.body.append(element);
      }),
    { src, theme },
  );
  if (!outcome.ok) {
    const shown = outcome.problems.slice(0, 20).map((problem) => `  - ${problem}`);
    if (outcome.problems.length > shown.length) shown.push(`  … and ${outcome.problems.length - shown.length} more`);
    throw new Error([`The graph could not be loaded: ${outcome.message}`, ...shown].join('\n'));
  }
}

interface Rendered {
  base64: string;
  note: string;
}

async function render(page: Page, args: ExportArgs & { format: Exclude<ExportFormat, 'pdf'> }): Promise<Rendered> {
  const options: ExportOptions = {
    scope: args.scope,
    scale: args.scale,
    legend: !args.plain,
    caption: !args.plain,
    ...(args.transparent ? { background: 'transparent' } : {}),
  };
  return page.evaluate(
    async ({ format, options }) => {
      const element = document.querySelector('article-graph')!;
      const file = await element.exportFile(format, options);
      const base64 = await new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
        reader.onerror = () => reject(reader.error);
        reader.readAsDataURL(file);
      });
      // A PNG says how it was scaled; JSON how much it holds.
      const image = file as Blob & Partial<{ width: number; height: number; scale: number; clamped: unknown; notice: string }>;
      if (image.width !== undefined && image.scale !== undefined) {
        return { base64, note: `${image.width} x ${image.height} px at ${+image.scale.toFixed(2)}x${image.clamped ? `. ${image.notice}` : ''}` };
      }
      if (format === 'json') {
        const json = JSON.parse(await file.text()) as { nodes: unknown[]; edges: unknown[] };
        return { base64, note: `${json.nodes.length} nodes, ${json.edges.length} edges` };
      }
      return { base64, note: 'vector' };
    },
    { format: args.format, options },
  );
}

/**
 * Prints an SVG document to a one-page PDF of its own size: vector shapes, text as text. The SVG is
 * placed in a page of its own, with no script, and Chromium's print-to-PDF does the rest.
 */
async function printSvg(context: BrowserContext, svg: string): Promise<Buffer> {
  const page = await context.newPage();
  try {
    // The SVG's own title, already escaped, names the PDF.
    const title = /<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? 'Graph';
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>@page { margin: 0 } html, body { margin: 0 } svg { display: block }</style></head><body>${svg.replace(/^<\?xml[^>]*\?>\s*/, '')}</body></html>`);
    // One CSS pixel of the picture is one CSS pixel of paper (0.75 pt), whatever --scale asked.
    const size = await page.evaluate(() => {
      const root = document.querySelector('body > svg')!;
      const [, , width, height] = (root.getAttribute('viewBox') ?? '0 0 800 600').split(/\s+/).map(Number);
      root.setAttribute('width', String(width));
      root.setAttribute('height', String(height));
      return { width: Math.ceil(width!), height: Math.ceil(height!) };
    });
    return await page.pdf({ width: `${size.width}px`, height: `${size.height}px`, printBackground: true, pageRanges: '1' });
  } finally {
    await page.close();
  }
}

export async function runExport(args: ExportArgs): Promise<string> {
  const files = new Map<string, ServedFile>();
  let src: string | undefined;
  if (args.src !== undefined) {
    const [name, file] = await readGraphFile('--src', resolve(args.src));
    files.set(`src/${name}`, file);
    src = `${FILES}src/${encodeURIComponent(name)}`;
    if (args.nodes !== undefined) {
      const [nodesName, nodes] = await readGraphFile('--nodes', resolve(args.nodes));
      files.set(`nodes/${nodesName}`, nodes);
      src += `#nodes=${encodeURIComponent(`../nodes/${nodesName}`)}`;
    }
  }
  const browserLaunch = await findBrowser();
  const { server, url } = await startServer(files);
  const browser = await chromium.launch({ executablePath: browserLaunch.executablePath, args: browserLaunch.args });
  try {
    const context = await browser.newContext({ viewport: args.viewport, deviceScaleFactor: 1 });
    // tsx compiles with esbuild's keepNames, which wraps named functions in __name(); functions sent to the page call it too.
    await context.addInitScript('globalThis.__name = (target) => target;');
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 60_000 }).catch(() => {
      throw new Error(`The export page did not start${pageErrors.length ? `: ${pageErrors.join('; ')}` : '.'}`);
    });
    await mountGraph(page, src, args.theme);
    const printedFrom = EXPORT_FORMATS[args.format].printedFrom;
    const made = printedFrom ?? args.format;
    if (made === 'pdf') throw new Error('A PDF is printed from another format; the export registry names none.');
    const { base64, note } = await render(page, { ...args, format: made });
    let bytes: Buffer = Buffer.from(base64, 'base64');
    if (printedFrom) bytes = await printSvg(context, bytes.toString('utf8'));
    await mkdir(dirname(resolve(args.out)), { recursive: true });
    await writeFile(args.out, bytes);
    return `Wrote ${args.out} (${args.format.toUpperCase()}, ${note}, ${bytes.length.toLocaleString('en')} bytes).`;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Runs the command line; resolves to the exit code (0 done, 1 failed, 2 wrong usage). */
export async function main(argv: string[]): Promise<number> {
  let args: ExportArgs;
  try {
    args = parseExportArgs(argv);
  } catch (error) {
    const message = (error as Error).message;
    if (!message) {
      console.log(USAGE);
      return 0;
    }
    console.error(`${message}\n\n${USAGE}`);
    return 2;
  }
  try {
    console.log(await runExport(args));
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return error instanceof UsageError ? 2 : 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
