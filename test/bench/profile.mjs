#!/usr/bin/env node
/**
 * Where the time goes: profiles one first-frame measurement of the built bench page with the
 * Chrome DevTools protocol and prints the functions with the most self time.
 *
 *   node test/bench/profile.mjs component 5000 20000      (after `npm run bench` has built the page)
 */
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const site = join(root, 'test/bench/results/site');
const [kind = 'component', nodes = '5000', edges = '20000'] = process.argv.slice(2);

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  try {
    const body = await readFile(join(site, path));
    response.writeHead(200, { 'content-type': extname(path) === '.html' ? 'text/html' : 'text/javascript' });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader'] });
const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
await page.goto(`http://127.0.0.1:${server.address().port}/test/bench/pages/bench.html`);
await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
// `layout` profiles the component laying out a graph without positions instead of a first frame.
const result = await page.evaluate(
  ([k, n, e]) => (k === 'layout' ? window.bench.layout({ nodes: n, edges: e, seed: 11 }) : window.bench.firstFrame(k, { nodes: n, edges: e, seed: 7 })),
  [kind, Number(nodes), Number(edges)],
);
const time = typeof result === 'number' ? result : (result.duration ?? result.time);
if (typeof result !== 'number') console.log(JSON.stringify(result));
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  const f = node.callFrame;
  const name = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0) / 1000);
});
console.log(`${kind} ${nodes}/${edges}: first frame ${time.toFixed(0)} ms`);
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(ms.toFixed(1).padStart(8), name);
// Who calls the function named by FOCUS (e.g. FOCUS=Collection), four frames up.
if (process.env.FOCUS) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const paths = new Map();
  profile.samples.forEach((id, i) => {
    if (byId.get(id).callFrame.functionName !== process.env.FOCUS) return;
    const chain = [];
    for (let p = parent.get(id); p !== undefined && chain.length < (Number(process.env.DEPTH) || 6); p = parent.get(p)) chain.push(byId.get(p).callFrame.functionName || '(anon)');
    const key = chain.join(' < ');
    paths.set(key, (paths.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  for (const [path, ms] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(ms.toFixed(1).padStart(8), path);
}
await browser.close();
server.close();
