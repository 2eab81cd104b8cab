#!/usr/bin/env node
/**
 * What an embed costs a news page, on a phone: the news page (news/news-page.mjs) without an embed,
 * and with the component, bare Cytoscape (a comparable stylesheet) or sigma.js, below the fold or
 * in view at load. Each load is cold (a new browser context, no cache) on a phone profile: 412x823
 * at a device pixel ratio of 1.75, the CPU slowed 4x (CDP Emulation.setCPUThrottlingRate) and slow
 * 4G (CDP Network.emulateNetworkConditions: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up), every
 * text response gzipped by the server.
 *
 * For each load, before the reader scrolls (once the network and the main thread have been quiet
 * for 2 s): the bytes received, the total blocking time (the part of each long task over 50 ms,
 * from PerformanceObserver `longtask`), the cumulative layout shift (`layout-shift`) and, in view,
 * when the picture is on screen. Then, below the fold, the page jumps to the embed: the time from the
 * jump to the picture. "Picture": when the frame that first shows the graph is drawn: the
 * component's first picture canvas or Cytoscape's drawing of its elements (its `render` event), bare
 * Cytoscape's drawing, sigma's first frame after its synchronous first render.
 *
 *   node test/bench/page-cost.mjs [--no-build]     alone (RUNS=5 for more runs); npm run bench runs it too
 */
import { build, runnerImport } from 'vite';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newsPage } from './news/news-page.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const site = join(root, 'test/bench/results/news');

export const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  cpuSlowdown: 4,
  // Slow 4G as Lighthouse throttles it (its Mbit/s are binary: 1.6 * 1024 kbit/s).
  network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
};

export const EMBEDS = ['component', 'cytoscape', 'sigma'];
export const VARIANTS = [{ embed: 'none', where: 'none' }, ...EMBEDS.flatMap((embed) => ['below', 'top'].map((where) => ({ embed, where })))];
const nameOf = ({ embed, where }) => (embed === 'none' ? 'none' : `${embed}-${where}`);

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Builds the bare embeds' scripts (each one file, minified) and writes the pages. */
export async function buildNewsSite({ log = () => {} } = {}) {
  log('building the news pages');
  for (const name of ['bare-cytoscape', 'bare-sigma']) {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      build: {
        outDir: join(site, 'assets'),
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: { entry: join(root, `test/bench/news/${name}.ts`), formats: ['es'], fileName: () => `${name}.js` },
        rolldownOptions: { output: { codeSplitting: false, minify: true } },
      },
    });
  }
  for (const variant of VARIANTS) await writeFile(join(site, `${nameOf(variant)}.html`), newsPage({ root, ...variant }));
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** Serves the pages, dist/ (the component's build) and graph-data/, gzipped as a news site's server would. */
function serve() {
  const cache = new Map();
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = path.startsWith('/dist/') || path.startsWith('/graph-data/') ? join(root, path) : join(site, path);
    try {
      if (!cache.has(file)) cache.set(file, gzipSync(await readFile(file), { level: 6 }));
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-encoding': 'gzip', 'cache-control': 'no-store' });
      response.end(cache.get(file));
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Runs in the page before anything else: records long tasks, layout shifts, `ag-ready` and the picture. */
function probe() {
  const cost = (window.__cost = { longTasks: [], shifts: [], picture: undefined, ready: undefined, scrolledAt: undefined });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) cost.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) cost.shifts.push([entry.startTime, entry.value]);
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('ag-ready', () => (cost.ready ??= performance.now()));
  // The picture is on screen when the frame that shows it is drawn: a canvas put up (the component's
  // first picture) or sigma's synchronous render shows in the next frame; Cytoscape draws in its own
  // frame callback, so its `render` event marks it. Each is hooked as the page creates it.
  const nextFrame = () => requestAnimationFrame(() => (cost.picture ??= performance.now()));
  const onCytoscape = (cy) =>
    cy.on('render', () => {
      if (cost.picture === undefined && cy.elements().nonempty()) cost.picture = performance.now();
    });
  Object.defineProperty(window, 'benchCy', { set: onCytoscape, configurable: true });
  Object.defineProperty(window, 'benchSigma', { set: nextFrame, configurable: true });
  customElements.whenDefined('article-graph').then(() => {
    for (const element of document.querySelectorAll('article-graph')) {
      // The shadow root's canvases: the first picture, or Cytoscape's layers once its core exists.
      new MutationObserver(() => {
        if (element.shadowRoot.querySelector('canvas.overview')) nextFrame();
        if (element.cy && !element.cy.__watched) {
          element.cy.__watched = true;
          onCytoscape(element.cy);
        }
      }).observe(element.shadowRoot, { childList: true, subtree: true });
    }
  });
}

/** One cold load of one variant on the phone profile; below the fold, then the jump to the embed. */
async function loadOnce(browser, base, variant) {
  const context = await browser.newContext({ viewport: PHONE.viewport, deviceScaleFactor: PHONE.deviceScaleFactor, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', PHONE.network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    const inflight = new Set();
    const received = [];
    let lastNetwork = Date.now();
    cdp.on('Network.requestWillBeSent', (event) => {
      inflight.add(event.requestId);
      lastNetwork = Date.now();
    });
    cdp.on('Network.loadingFinished', (event) => {
      inflight.delete(event.requestId);
      received.push(event.encodedDataLength);
      lastNetwork = Date.now();
    });
    cdp.on('Network.loadingFailed', (event) => {
      inflight.delete(event.requestId);
      lastNetwork = Date.now();
    });
    await page.addInitScript(probe);
    await page.goto(`${base}/${nameOf(variant)}.html`, { waitUntil: 'load', timeout: 90_000 });
    const loadedAt = Date.now();
    // Quiet: no request in flight and none finished for 2 s, no long task in the last 2 s, 3 s after load;
    // in view, the picture drawn too (and the component's `ag-ready` fired).
    for (;;) {
      const state = await page.evaluate(() => ({ now: performance.now(), lastTask: Math.max(0, ...window.__cost.longTasks.map(([start, duration]) => start + duration)), picture: window.__cost.picture, ready: window.__cost.ready }));
      const quiet = inflight.size === 0 && Date.now() - lastNetwork > 2000 && state.now - state.lastTask > 2000 && Date.now() - loadedAt > 3000;
      if (quiet && (variant.where !== 'top' || (state.picture !== undefined && (variant.embed !== 'component' || state.ready !== undefined)))) break;
      if (Date.now() - loadedAt > 60_000) throw new Error(`${nameOf(variant)} did not settle`);
      await page.waitForTimeout(250);
    }
    const before = await page.evaluate(() => {
      const cost = window.__cost;
      const embed = document.querySelector('article-graph, #bare-graph');
      return {
        longTasks: cost.longTasks.slice(),
        cls: cost.shifts.reduce((sum, [, value]) => sum + value, 0),
        picture: cost.picture,
        ready: cost.ready,
        embedTop: embed ? embed.getBoundingClientRect().top + scrollY : undefined,
        defined: customElements.get('article-graph') !== undefined,
      };
    });
    const bytes = received.reduce((sum, value) => sum + value, 0);
    const result = {
      bytes,
      tbt: before.longTasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
      longestTask: Math.max(0, ...before.longTasks.map(([, duration]) => duration)),
      cls: before.cls,
      pictureAtLoad: variant.where === 'top' ? before.picture : undefined,
      readyAtLoad: variant.where === 'top' ? before.ready : undefined,
      pictureBeforeScroll: before.picture !== undefined,
      embedTop: before.embedTop,
      definedBeforeScroll: before.defined,
      errors,
    };
    if (variant.where === 'below') {
      // The reader jumps to the embed (no warning from the margin around the viewport).
      const after = await page.evaluate(async () => {
        const cost = window.__cost;
        const embed = document.querySelector('article-graph, #bare-graph');
        const taskCount = cost.longTasks.length;
        const shifts = cost.shifts.length;
        const scrolledAt = performance.now();
        window.scrollTo(0, embed.getBoundingClientRect().top + scrollY - 16);
        // Drawn before the jump: the first frame after it shows the picture.
        const shown = cost.picture !== undefined ? await new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now())))) : undefined;
        const start = performance.now();
        while (cost.picture === undefined && performance.now() - start < 60_000) await new Promise((done) => setTimeout(done, 50));
        const picture = shown ?? cost.picture;
        while (cost.ready === undefined && document.querySelector('article-graph') && performance.now() - start < 60_000) await new Promise((done) => setTimeout(done, 50));
        await new Promise((done) => setTimeout(done, 1500));
        const tasks = cost.longTasks.slice(taskCount);
        return {
          picture: picture - scrolledAt,
          ready: cost.ready !== undefined ? cost.ready - scrolledAt : undefined,
          longestTask: Math.max(0, ...tasks.map(([, duration]) => duration)),
          cls: cost.shifts.slice(shifts).reduce((sum, [, value]) => sum + value, 0),
        };
      });
      result.pictureAfterScroll = after.picture;
      result.readyAfterScroll = after.ready;
      result.longestTaskAfterScroll = after.longestTask;
      result.clsAfterScroll = after.cls;
      result.bytesTotal = received.reduce((sum, value) => sum + value, 0);
    }
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Every variant `runs` times, interleaved, each round starting one variant later (so that a noisy
 * moment, or the first load of a round, touches all alike), after one load to warm the browser up;
 * medians and the ratios.
 */
export async function pageCost({ browser, runs = 3, log = () => {} }) {
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const raw = Object.fromEntries(VARIANTS.map((variant) => [nameOf(variant), []]));
  // PAGES=none,component-below,… measures only those (while working on one; the report needs them all).
  const only = process.env.PAGES?.split(',');
  const variants = VARIANTS.filter((v) => !only || only.includes(nameOf(v)));
  try {
    await loadOnce(browser, base, VARIANTS[0]);
    for (let run = 0; run < runs; run++) {
      for (const variant of variants.map((_, i) => variants[(i + run) % variants.length])) {
        const measured = await loadOnce(browser, base, variant);
        raw[nameOf(variant)].push(measured);
        const f = (v, unit = ' ms') => (v === undefined ? '—' : `${v.toFixed(0)}${unit}`);
        log(
          `page ${nameOf(variant)} run ${run + 1}: ${(measured.bytes / 1024).toFixed(1)} KiB, TBT ${f(measured.tbt)}, longest task ${f(measured.longestTask)}, CLS ${measured.cls.toFixed(3)}` +
            (variant.where === 'top' ? `, picture ${f(measured.pictureAtLoad)}${measured.readyAtLoad !== undefined ? `, ag-ready ${f(measured.readyAtLoad)}` : ''}` : '') +
            (variant.where === 'below' ? `, picture after the jump ${f(measured.pictureAfterScroll)}${measured.readyAfterScroll !== undefined ? `, ag-ready ${f(measured.readyAfterScroll)}` : ''}, longest task then ${f(measured.longestTaskAfterScroll)}, drawn before scrolling: ${measured.pictureBeforeScroll}` : '') +
            (measured.errors.length ? `, errors: ${measured.errors.join('; ')}` : ''),
        );
      }
    }
  } finally {
    server.close();
  }
  const summary = {};
  for (const [name, loads] of Object.entries(raw)) {
    const pick = (key) => median(loads.map((load) => load[key]));
    summary[name] = {
      bytes: pick('bytes'),
      tbt: pick('tbt'),
      longestTask: pick('longestTask'),
      cls: pick('cls'),
      pictureAtLoad: pick('pictureAtLoad'),
      readyAtLoad: pick('readyAtLoad'),
      pictureAfterScroll: pick('pictureAfterScroll'),
      readyAfterScroll: pick('readyAfterScroll'),
      longestTaskAfterScroll: pick('longestTaskAfterScroll'),
      clsAfterScroll: pick('clsAfterScroll'),
      embedTop: pick('embedTop'),
      drawnBeforeScroll: loads.some((load) => load.pictureBeforeScroll),
      definedBeforeScroll: loads.some((load) => load.definedBeforeScroll),
    };
  }
  const none = summary.none;
  const added = Object.fromEntries(
    EMBEDS.flatMap((embed) =>
      ['below', 'top'].map((where) => {
        const s = summary[`${embed}-${where}`];
        return [`${embed}-${where}`, { bytes: s.bytes - none.bytes, tbt: s.tbt - none.tbt, cls: s.cls - none.cls }];
      }),
    ),
  );
  return { profile: PHONE, runs, raw, summary, added };
}

/** The page-cost tables (markdown) and the targets measured against them. */
export function pageCostReport(cost) {
  const s = cost.summary;
  const a = cost.added;
  const fmt = (v, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '—');
  const kib = (v) => fmt(v / 1024, 1);
  const lines = [
    '| embed | where | added bytes before scrolling (KiB) | added TBT before scrolling (ms) | CLS | picture in view at load (ms) | picture after the jump to it (ms) | `ag-ready` (ms) | longest task after the jump (ms) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const embed of EMBEDS) {
    for (const where of ['below', 'top']) {
      const name = `${embed}-${where}`;
      const ready = where === 'top' ? s[name].readyAtLoad : s[name].readyAfterScroll;
      lines.push(
        `| ${embed === 'component' ? 'component' : embed === 'cytoscape' ? 'bare Cytoscape, comparable stylesheet' : 'sigma.js 3'} | ${where === 'top' ? 'in view at load' : 'below the fold'} | ${kib(a[name].bytes)} | ${fmt(a[name].tbt)} | ${fmt(s[name].cls, 3)} | ${where === 'top' ? fmt(s[name].pictureAtLoad) : '—'} | ${where === 'below' ? fmt(s[name].pictureAfterScroll) : '—'} | ${fmt(ready)} | ${where === 'below' ? fmt(s[name].longestTaskAfterScroll) : '—'} |`,
      );
    }
  }
  const ratio = (x, y) => (Number.isFinite(x) && Number.isFinite(y) && y > 0 ? x / y : NaN);
  const targets = [
    { target: 'Embed below the fold: added TBT before the reader scrolls near it', value: a['component-below'].tbt, limit: 50, unit: 'ms' },
    { target: 'Embed below the fold: added bytes before the reader scrolls near it', value: a['component-below'].bytes / 1024, limit: 30, unit: 'KiB' },
    { target: 'Embed below the fold: CLS', value: s['component-below'].cls, limit: 0.01, unit: '' },
    { target: 'Embed below the fold: picture after the jump to it vs bare Cytoscape from a cold start (in view at load)', value: ratio(s['component-below'].pictureAfterScroll, s['cytoscape-top'].pictureAtLoad), limit: 1, unit: 'x' },
    { target: 'Embed in view at load: picture vs bare Cytoscape (comparable stylesheet)', value: ratio(s['component-top'].pictureAtLoad, s['cytoscape-top'].pictureAtLoad), limit: 1, unit: 'x' },
    { target: '(for information) the same vs sigma.js', value: ratio(s['component-top'].pictureAtLoad, s['sigma-top'].pictureAtLoad), limit: Infinity, unit: 'x' },
  ].map((t) => ({ ...t, met: t.limit === Infinity ? undefined : Number.isFinite(t.value) && t.value <= t.limit }));
  return { table: lines.join('\n'), targets };
}

async function main() {
  const args = new Set(process.argv.slice(2));
  if (!args.has('--no-build')) {
    console.error('[page-cost] building the package (npm run build)');
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  await mkdir(site, { recursive: true });
  await buildNewsSite({ log: (...parts) => console.error('[page-cost]', ...parts) });
  const { module: finder } = await runnerImport(join(root, 'src/cli/find-browser.ts'));
  const found = await finder.findBrowser();
  const browser = await chromium.launch({ executablePath: found.executablePath, args: [...found.args, '--enable-unsafe-swiftshader'] });
  try {
    const runs = Math.max(3, Number(process.env.RUNS ?? 3));
    const cost = await pageCost({ browser, runs, log: (...parts) => console.error('[page-cost]', ...parts) });
    const report = pageCostReport(cost);
    console.log(report.table);
    for (const t of report.targets) console.log(`${t.target}: ${Number.isFinite(t.value) ? t.value.toFixed(t.unit === '' ? 3 : t.unit === 'x' ? 2 : 1) : '—'} ${t.unit}${t.limit === Infinity ? '' : ` (limit ${t.limit} ${t.unit}: ${t.met ? 'met' : 'NOT met'})`}`);
    await writeFile(join(root, 'test/bench/results/page-cost.json'), JSON.stringify(cost, null, 2));
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
