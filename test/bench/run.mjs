#!/usr/bin/env node
/**
 * `npm run bench`: the component, bare Cytoscape and sigma.js 3 side by side on the same seeded
 * graphs in headless Chromium (no GPU), an 800x600 box, medians of RUNS runs (default 3).
 * Then what an embed costs a news page on a phone (page-cost.mjs). Prints tables with the targets
 * as ratios and writes test/bench/results/latest.json, page-cost.json and summary.md.
 *
 *   npm run bench                 everything
 *   RUNS=5 npm run bench          more runs per measurement
 *   npm run bench -- --quick      skip the 20k graph and bare Cytoscape's zoom there
 *   npm run bench -- --no-build   reuse the last builds
 */
import { build, runnerImport } from 'vite';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNewsSite, pageCost, pageCostReport } from './page-cost.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const results = join(root, 'test/bench/results');
const site = join(results, 'site');
const args = new Set(process.argv.slice(2));
const RUNS = Math.max(3, Number(process.env.RUNS ?? 3));
const quick = args.has('--quick');
// While working on one measure: --sizes=40/60,5k/20k --contenders=component,sigma --skip=layout,png,memory,statements,pages
const option = (name) => [...args].find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1]?.split(',');
const skip = new Set(option('skip') ?? []);

const SIZES = [
  { name: '40/60', nodes: 40, edges: 60 },
  { name: '1k/4k', nodes: 1000, edges: 4000 },
  { name: '5k/20k', nodes: 5000, edges: 20000 },
  ...(quick ? [] : [{ name: '20k/80k', nodes: 20000, edges: 80000 }]),
].filter((size) => !option('sizes') || option('sizes').includes(size.name));
const CONTENDERS = ['component', 'component-cold', 'cytoscape', 'cytoscape-comparable', 'cytoscape-styled', 'sigma'];

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const log = (...parts) => console.error('[bench]', ...parts);

async function buildAll() {
  if (args.has('--no-build')) return;
  log('building the bench page');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    base: './',
    build: { outDir: site, emptyOutDir: true, target: 'es2022', rollupOptions: { input: join(root, 'test/bench/pages/bench.html') } },
  });
  log('building the package (npm run build) for the entry bundle size');
  try {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    // The package build has its own checks; the bench still measures whatever dist/ holds.
    packageBuildError = String(error.stderr ?? error.message ?? error).trim().split('\n').slice(-3).join(' ');
    log(`npm run build failed: ${packageBuildError}`);
  }
}

let packageBuildError;

async function entryBundle() {
  const file = join(root, 'dist/article-graph.js');
  try {
    const source = await readFile(file);
    return { file: 'dist/article-graph.js', bytes: source.length, gzip: gzipSync(source, { level: 9 }).length, buildError: packageBuildError };
  } catch {
    return { file: 'dist/article-graph.js', missing: true, buildError: packageBuildError };
  }
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm' };

function serve() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(site, path === '/' ? 'test/bench/pages/bench.html' : path);
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

async function main() {
  await buildAll();
  const bundle = await entryBundle();
  const server = await serve();
  const url = `http://127.0.0.1:${server.address().port}/test/bench/pages/bench.html`;
  const { module: finder } = await runnerImport(join(root, 'src/cli/find-browser.ts'));
  const found = await finder.findBrowser();
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    // SwiftShader gives sigma its WebGL without a GPU; --expose-gc lets the memory check collect garbage.
    args: [...found.args, '--enable-unsafe-swiftshader', '--js-flags=--expose-gc'],
  });
  const version = browser.version();
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });

  async function inPage(work, query = '') {
    const page = await context.newPage();
    page.on('pageerror', (error) => log('page error:', error.message));
    try {
      await page.goto(url + query);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      return await work(page);
    } finally {
      await page.close();
    }
  }

  const raw = { firstFrame: {}, zoom: {}, layout: [], png: {}, memory: undefined };
  for (const size of SIZES) {
    raw.firstFrame[size.name] = {};
    raw.zoom[size.name] = {};
    for (const contender of CONTENDERS.filter((c) => !option('contenders') || option('contenders').includes(c))) {
      if (contender === 'component-cold' && size.nodes > 5000) continue;
      if ((contender === 'cytoscape-styled' || contender === 'cytoscape-comparable') && size.nodes > 1000) continue;
      const times = [];
      const tasks = [];
      const readies = [];
      const interactives = [];
      const zooms = [];
      let renderer;
      for (let run = 0; run < RUNS; run++) {
        const skipZoom = contender === 'component-cold' || contender === 'cytoscape-styled' || (size.nodes > 5000 && contender === 'cytoscape' && quick);
        const measured = await inPage(async (page) => {
          const spec = { nodes: size.nodes, edges: size.edges, seed: 7 };
          const first = await page.evaluate(([kind, s]) => window.bench.firstFrame(kind, s), [contender, spec]);
          const zoom = skipZoom || size.nodes < 1000 ? undefined : await page.evaluate(() => window.bench.zoomFrames());
          return { ...first, zoom };
        });
        times.push(measured.time);
        if (measured.ready !== undefined) readies.push(measured.ready);
        if (measured.longestTask !== undefined) tasks.push(measured.longestTask);
        if (measured.interactive !== undefined) interactives.push(measured.interactive);
        renderer = measured.renderer;
        if (measured.zoom) zooms.push(measured.zoom.median);
        log(`${size.name} ${contender} run ${run + 1} (${measured.renderer}): first frame ${measured.time.toFixed(0)} ms${measured.interactive !== undefined ? `, interactive ${measured.interactive.toFixed(0)} ms` : ''}${measured.ready !== undefined ? `, ag-ready ${measured.ready.toFixed(0)} ms` : ''}${measured.longestTask !== undefined ? `, longest task ${measured.longestTask.toFixed(0)} ms` : ''}${measured.zoom ? `, zoom frame ${measured.zoom.median.toFixed(0)} ms` : ''}`);
      }
      raw.firstFrame[size.name][contender] = { runs: times, median: median(times), renderer, ...(tasks.length ? { longestTask: { runs: tasks, max: Math.max(...tasks), median: median(tasks) } } : {}), ...(readies.length ? { ready: { runs: readies, median: median(readies) } } : {}), ...(interactives.length ? { interactive: { runs: interactives, median: median(interactives) } } : {}) };
      if (zooms.length) raw.zoom[size.name][contender] = { runs: zooms, median: median(zooms) };
    }
  }

  // Diagnosis: the first frame without the statements list (a DOM item per edge).
  raw.withoutStatements = {};
  for (const size of SIZES.filter((s) => s.nodes >= 1000 && s.nodes <= 5000 && !skip.has('statements'))) {
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      const measured = await inPage((page) => page.evaluate((s) => window.bench.firstFrame('component', s), { nodes: size.nodes, edges: size.edges, seed: 7 }), '?without=ag-statements');
      times.push(measured.ready);
    }
    raw.withoutStatements[size.name] = { runs: times, median: median(times) };
    log(`${size.name} component without <ag-statements>: ag-ready ${median(times).toFixed(0)} ms`);
  }

  for (let run = 0; run < RUNS && !skip.has('layout'); run++) {
    const measured = await inPage((page) => page.evaluate(() => window.bench.layout({ nodes: 1000, edges: 4000, seed: 11 })));
    raw.layout.push(measured);
    log(`layout 1k run ${run + 1}: placed graph shown ${measured.duration.toFixed(0)} ms, interactive ${measured.interactive.toFixed(0)} ms, ag-ready ${measured.ready.toFixed(0)} ms, longest task while iterating ${measured.longestTask.toFixed(0)} ms, drawing ${measured.drawTask.toFixed(0)} ms; from setting graph ${measured.total.toFixed(0)} ms, longest task ${measured.longestTaskTotal.toFixed(0)} ms`);
  }

  // The issue's targets: the article graph at scale 2, the 5k graph at the default scale (1).
  for (const [name, spec, scale] of skip.has('png') ? [] : [['article', 'article', 2], ['5k/20k', { nodes: 5000, edges: 20000, seed: 7 }, undefined]]) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const measured = await inPage((page) => page.evaluate(([s, k]) => window.bench.exportPng(s, k), [spec, scale]));
      runs.push(measured);
      log(`png ${name} run ${run + 1}: ${measured.duration.toFixed(0)} ms (${measured.method}, ${measured.bytes} bytes)`);
    }
    raw.png[name] = { runs, median: median(runs.map((r) => r.duration)), method: runs[0].method };
  }

  if (!skip.has('memory')) raw.memory = await inPage(async (page) => {
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const spec = { nodes: 40, edges: 60, seed: 7 };
    // A warm-up cycle loads every lazy chunk and fills one-time caches before the baseline.
    await page.evaluate((s) => window.bench.mountCycles(2, s), spec);
    const before = await heap();
    await page.evaluate((s) => window.bench.mountCycles(50, s), spec);
    const after = await heap();
    return { cycles: 50, before, after, growth: after - before };
  });
  if (raw.memory) log(`memory: ${(raw.memory.growth / 1024).toFixed(0)} KiB after 50 cycles`);
  if (skip.has('tables')) {
    await browser.close();
    server.close();
    return;
  }

  let cost;
  if (!skip.has('pages')) {
    await buildNewsSite({ log });
    cost = await pageCost({ browser, runs: RUNS, log });
    await writeFile(join(results, 'page-cost.json'), JSON.stringify(cost, null, 2));
  }

  const lod = await inPage(async (page) => {
    await page.evaluate(() => window.bench.firstFrame('component', { nodes: 5000, edges: 20000, seed: 7 }));
    return page.evaluate(() => window.bench.componentState());
  });

  await browser.close();
  server.close();

  const ff = raw.firstFrame;
  const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
  const layoutMedian = median(raw.layout.map((l) => l.duration));
  const layoutBlock = raw.layout.length ? Math.max(...raw.layout.map((l) => l.longestTask)) : NaN;
  const targets = [
    { target: 'Article-size (40/60) first frame vs bare Cytoscape, comparable stylesheet', value: ratio(ff['40/60']?.component?.median, ff['40/60']['cytoscape-comparable']?.median), limit: 1.0, unit: 'x' },
    { target: '(for information) article-size first frame vs bare Cytoscape with default style (grey dots, straight lines)', value: ratio(ff['40/60']?.component?.median, ff['40/60']?.cytoscape?.median), limit: Infinity, unit: 'x' },
    { target: '(for information) article-size first frame vs bare Cytoscape given the component\'s stylesheet', value: ratio(ff['40/60']?.component?.median, ff['40/60']['cytoscape-styled']?.median), limit: Infinity, unit: 'x' },
    { target: '5k/20k `ag-ready` (answers hover and click) vs sigma first render', value: ratio(ff['5k/20k']?.component?.ready?.median, ff['5k/20k']?.sigma?.median), limit: 1.0, unit: 'x' },
    { target: '5k/20k longest main-thread task while loading (slowest run)', value: ff['5k/20k']?.component?.longestTask?.max, limit: 200, unit: 'ms' },
    { target: '(for information) 20k/80k `ag-ready` vs sigma first render', value: ratio(ff['20k/80k']?.component?.ready?.median, ff['20k/80k']?.sigma?.median), limit: Infinity, unit: 'x' },
    { target: '(for information) 20k/80k longest main-thread task while loading (slowest run)', value: ff['20k/80k']?.component?.longestTask?.max, limit: Infinity, unit: 'ms' },
    { target: '(for information) 5k/20k first frame vs sigma', value: ratio(ff['5k/20k']?.component?.median, ff['5k/20k']?.sigma?.median), limit: Infinity, unit: 'x' },
    { target: '5k/20k zoom frame time vs bare Cytoscape', value: ratio(raw.zoom['5k/20k']?.component?.median, raw.zoom['5k/20k']?.cytoscape?.median), limit: 0.5, unit: 'x' },
    { target: 'Layout of 1k nodes without positions: from its start to the placed graph on screen', value: layoutMedian, limit: 2000, unit: 'ms' },
    { target: '(for information) the same, to Cytoscape\'s drawing (interactive)', value: median(raw.layout.map((l) => l.interactive)), limit: Infinity, unit: 'ms' },
    { target: '(for information) the same, to `ag-ready`', value: median(raw.layout.map((l) => l.ready)), limit: Infinity, unit: 'ms' },
    { target: 'Longest main-thread task while the worker lays it out', value: layoutBlock, limit: 50, unit: 'ms' },
    { target: '(for information) longest task drawing the placed 1k graph', value: raw.layout.length ? Math.max(...raw.layout.map((l) => l.drawTask)) : NaN, limit: Infinity, unit: 'ms' },
    { target: '(for information) load + first draw + layout, from setting graph', value: median(raw.layout.map((l) => l.total)), limit: Infinity, unit: 'ms' },
    { target: '(for information) longest task from setting graph to laid out', value: raw.layout.length ? Math.max(...raw.layout.map((l) => l.longestTaskTotal)) : NaN, limit: Infinity, unit: 'ms' },
    { target: `PNG export, article graph, scale 2, whole graph, no legend or caption (${raw.png.article?.method})`, value: raw.png.article?.median, limit: 150, unit: 'ms' },
    { target: `PNG export, 5k graph, default scale 1, whole graph, no legend or caption (${raw.png['5k/20k']?.method})`, value: raw.png['5k/20k']?.median, limit: 2000, unit: 'ms' },
    { target: 'Entry bundle (the loader a page fetches before any element is near), gzip', value: bundle.missing ? NaN : bundle.gzip / 1024, limit: 4, unit: 'KiB' },
    { target: 'Heap growth after 50 mount/unmount cycles', value: raw.memory ? raw.memory.growth / 1024 / 1024 : NaN, limit: 2, unit: 'MiB' },
    ...(cost ? pageCostReport(cost).targets : []),
  ].map((t) => ({ ...t, met: t.limit === Infinity ? undefined : Number.isFinite(t.value) && t.value <= t.limit }));

  const machine = { date: new Date().toISOString(), cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), chromium: version, gpu: 'none (--disable-gpu; sigma on SwiftShader WebGL)', runs: RUNS };
  const fmt = (v, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '—');

  const lines = [];
  lines.push(`Benchmark ${machine.date.slice(0, 16).replace('T', ' ')} UTC — ${machine.cpus} cores (${machine.cpuModel}), no GPU, Chromium ${version}, median of ${RUNS} runs, 800×600.`, '');
  lines.push('First drawn frame (ms):', '');
  lines.push('| graph | component | component, cold mount | bare Cytoscape | bare Cytoscape, comparable stylesheet | bare Cytoscape, the component’s style | sigma.js 3 | component, Cytoscape drawn | component `ag-ready` | component, longest task | component zoom frame | Cytoscape zoom frame | sigma zoom frame |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const size of SIZES) {
    const f = ff[size.name];
    const z = raw.zoom[size.name];
    lines.push(`| ${size.name} | ${fmt(f.component?.median)} | ${fmt(f['component-cold']?.median)} | ${fmt(f.cytoscape?.median)} | ${fmt(f['cytoscape-comparable']?.median)} | ${fmt(f['cytoscape-styled']?.median)} | ${fmt(f.sigma?.median)} | ${fmt(f.component?.interactive?.median)} | ${fmt(f.component?.ready?.median)} | ${fmt(f.component?.longestTask?.max)} | ${fmt(z.component?.median)} | ${fmt(z.cytoscape?.median)} | ${fmt(z.sigma?.median)} |`);
  }
  lines.push('', 'First drawn frame: from setting `graph` (the component, already on the page; cold: created, given the graph and attached) or creating the renderer (the others) to the first animation frame after the graph was drawn, plus a task. For a large graph whose labels would not be drawn at the fitted zoom, the component first shows an overview (the same picture, drawn straight onto one canvas) while Cytoscape builds its model, a slice per task, and answers hover, click, pan and zoom meanwhile; "Cytoscape drawn" is when Cytoscape has drawn the whole graph. `ag-ready` is when the graph answers hover and click and the parts shown beside it (article, statements list, help) are there: for a large graph, while the overview stands in.');
  lines.push('', `Renderers: ${SIZES.map((size) => `${size.name}: ${CONTENDERS.filter((c) => ff[size.name][c]).map((c) => `${c} ${ff[size.name][c].renderer}`).join(', ')}`).join('; ')}. Every contender runs in the same browser, launched with \`--enable-unsafe-swiftshader\` (WebGL on the CPU).`);
  if (cost) {
    lines.push('', 'What an embed costs a news page on a phone (412×823, CPU 4× slower, slow 4G: 150 ms, 1.6 Mbit/s; gzip), added to the same page without an embed; cold loads, medians:', '');
    lines.push(pageCostReport(cost).table);
  }
  lines.push('', 'Targets:', '', '| target | measured | limit | met |', '|---|---:|---:|:---:|');
  for (const t of targets) lines.push(`| ${t.target} | ${fmt(t.value, t.unit === 'x' ? 2 : t.unit === 'ms' ? 0 : t.unit === '' ? 3 : 2)} ${t.unit} | ${t.limit === Infinity ? '' : `${t.limit} ${t.unit}`} | ${t.met === undefined ? '' : t.met ? 'yes' : '**no**'} |`);
  if (Object.keys(raw.withoutStatements).length) lines.push('', `Diagnosis — component \`ag-ready\` without the statements list (\`<ag-statements>\`): ${Object.entries(raw.withoutStatements).map(([name, r]) => `${name}: ${fmt(r.median)} ms`).join(', ')}.`);
  lines.push('', `Level of detail chosen for 5k/20k: \`${JSON.stringify(lod)}\`.`);
  const summary = lines.join('\n');
  console.log(summary);

  await mkdir(results, { recursive: true });
  await writeFile(join(results, 'latest.json'), JSON.stringify({ machine, bundle, targets, lod, raw }, null, 2));
  await writeFile(join(results, 'summary.md'), `${summary}\n`);
  log('wrote test/bench/results/latest.json and summary.md');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
