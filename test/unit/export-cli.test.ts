import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main, parseExportArgs, plainMessage, StageError, UsageError, withinTime } from '../../src/cli/export';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'src/cli/export.ts');

/** Runs the command line in this process, capturing what it prints on stderr. */
async function runHere(args: string[]): Promise<{ code: number; stderr: string }> {
  const errors: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void errors.push(parts.join(' ')));
  try {
    return { code: await main(args), stderr: errors.join('\n') };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => {
  vi.unstubAllEnvs();
});

/** Each of these starts the command line (Vite and Chromium) more than once: over a minute on a busy machine running the browser tests beside. */
const CLI_TEST_TIME = 150_000;

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(TSX, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('parseExportArgs', () => {
  it('reads the options, with the format from the extension and defaults for the rest', () => {
    expect(parseExportArgs(['--out', 'a/b.PNG'])).toEqual({
      out: 'a/b.PNG',
      format: 'png',
      scale: 2,
      src: undefined,
      nodes: undefined,
      theme: 'light',
      scope: 'graph',
      transparent: false,
      plain: false,
      viewport: { width: 1280, height: 800 },
      stageLimit: 60_000,
    });
    expect(parseExportArgs(['--out', 'g.svg', '--scale', '3', '--theme', 'dark', '--scope', 'view', '--transparent', '--viewport', '800x600'])).toMatchObject({
      format: 'svg',
      scale: 3,
      theme: 'dark',
      scope: 'view',
      transparent: true,
      viewport: { width: 800, height: 600 },
    });
  });

  it('refuses what it cannot do, naming the option', () => {
    expect(() => parseExportArgs([])).toThrow(UsageError);
    expect(() => parseExportArgs(['--out', 'x.jpg'])).toThrow(/--out must end in .png, .svg, .pdf or .json/);
    expect(() => parseExportArgs(['--out', 'x.png', '--scale', '5'])).toThrow(/--scale must be a number from 1 to 4, not "5"/);
    expect(() => parseExportArgs(['--out', 'x.png', '--scale', 'big'])).toThrow(/--scale/);
    expect(() => parseExportArgs(['--out', 'x.png', '--theme', 'blue'])).toThrow(/--theme/);
    expect(() => parseExportArgs(['--out', 'x.png', '--scope', 'page'])).toThrow(/--scope/);
    expect(() => parseExportArgs(['--out', 'x.png', '--colour', 'red'])).toThrow(/colour/);
    expect(() => parseExportArgs(['--out', 'x.png', '--nodes', 'points.csv'])).toThrow(/--nodes needs --src/);
    expect(() => parseExportArgs(['--out', '.png'])).toThrow('--out needs a name before the extension, e.g. graph.png, not ".png".');
    expect(() => parseExportArgs(['--out', 'pictures/'])).toThrow('--out must end in .png, .svg, .pdf or .json, not "pictures/".');
    expect(() => parseExportArgs(['--out', 'x.png', '--viewport', '99999x99999'])).toThrow('--viewport must look like 1280x800, each side from 200 to 4096, not "99999x99999".');
    expect(() => parseExportArgs(['--out', 'x.png', '--viewport', '10x10'])).toThrow(/--viewport/);
    for (const timeout of ['0', '-1', 'abc', '', '1e9', 'Infinity']) expect(() => parseExportArgs(['--out', 'x.png', `--timeout=${timeout}`])).toThrow(/--timeout must be a number of seconds/);
  });

  it('normalises --out before anything runs, and reads --timeout in seconds', () => {
    expect(parseExportArgs(['--out', 'missing/../x.png']).out).toBe('x.png');
    expect(parseExportArgs(['--out', './a//b/../c.svg']).out).toBe('a/c.svg');
    expect(parseExportArgs(['--out', 'x.png', '--timeout', '2.5']).stageLimit).toBe(2500);
  });
});

describe('what the command line says when something fails', () => {
  it('keeps one line of an error from the page: no tool prefix, class name, stack, call log or server URL', () => {
    const fromPage = new Error(
      'page.evaluate: ExportError: The picture would be 0 x 0 pixels\n    at renderPng (http://127.0.0.1:41233/src/export/png.ts:40:11)\n    at async http://127.0.0.1:41233/src/x.ts:1:1',
    );
    expect(plainMessage(fromPage)).toBe('The picture would be 0 x 0 pixels');
    expect(plainMessage(new Error('page.goto: net::ERR_CONNECTION_REFUSED at http://127.0.0.1:5999/__export__.html\nCall log:\n  - navigating'))).toBe('net::ERR_CONNECTION_REFUSED at');
    expect(plainMessage('TypeError: e?.trim is not a function (http://localhost:5173/src/a.ts:3:4)')).toBe('e?.trim is not a function');
  });

  it('gives up a stage that takes too long, saying which and what to try', async () => {
    const never = new Promise<never>(() => {});
    const late = withinTime('render', 20, never);
    await expect(late).rejects.toBeInstanceOf(StageError);
    await expect(withinTime('render', 20, never)).rejects.toThrow('Gave up drawing the file after 0.02 s: try a smaller --scale or --viewport, or a longer --timeout.');
    await expect(withinTime('write', 1000, Promise.resolve(3))).resolves.toBe(3);
  });
});

describe('npm run export', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'article-graph-export-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a PNG of a small graph at the scale asked for', async () => {
    // Positions make the layout, and so the size, the same in both runs.
    const fixture = JSON.parse(await readFile(join(ROOT, 'test/fixtures/small-article.json'), 'utf8')) as { nodes: Array<{ attributes: Record<string, unknown> }> };
    fixture.nodes.forEach((node, i) => Object.assign(node.attributes, { x: (i % 3) * 220, y: Math.floor(i / 3) * 160 }));
    const src = join(dir, 'small.json');
    await writeFile(src, JSON.stringify(fixture));
    const out = join(dir, 'small.png');
    const one = await run(['--src', src, '--out', out, '--scale', '1', '--plain']);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^Wrote .*small\.png \(PNG, \d+ x \d+ px at 1x/);
    const size1 = pngSize(await readFile(out));
    const two = await run(['--src', src, '--out', out, '--scale', '2', '--plain']);
    expect(two.code).toBe(0);
    const size2 = pngSize(await readFile(out));
    // Three columns 220 apart plus labels and padding.
    expect(size1.width).toBeGreaterThan(440 + 48);
    expect(Math.abs(size2.width - 2 * size1.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(size2.height - 2 * size1.height)).toBeLessThanOrEqual(2);
  }, CLI_TEST_TIME);

  it('opens GEXF, GraphML and a CSV pair, and writes PNG, SVG and a vector PDF of one page', async () => {
    const png = join(dir, 'gephi.png');
    const gexf = await run(['--src', 'test/fixtures/gephi-0.9.gexf', '--out', png, '--scale', '1']);
    expect(gexf.stderr).toBe('');
    expect(gexf.stdout).toMatch(/^Wrote .*gephi\.png \(PNG, \d+ x \d+ px at 1x/);
    expect(pngSize(await readFile(png)).width).toBeGreaterThan(700);

    const svg = join(dir, 'yed.svg');
    const graphml = await run(['--src', 'test/fixtures/yed.graphml', '--out', svg, '--theme', 'dark']);
    expect(graphml.stderr).toBe('');
    const text = await readFile(svg, 'utf8');
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // yEd's fills and labels, the legend and the caption.
    expect(text).toContain('fill="rgb(234,88,12)"');
    expect(text).toContain('>Hezbollah</');
    expect(text).toContain('>has agreed to supply</text>');
    expect(text).toContain('>3 of 3 entities and 3 of 3 relationships shown.</text>');

    const pdf = join(dir, 'links.pdf');
    const csv = await run(['--src', 'test/fixtures/links.csv', '--nodes', 'test/fixtures/points.csv', '--out', pdf]);
    expect(csv.stderr).toBe('');
    expect(csv.stdout).toMatch(/^Wrote .*links\.pdf \(PDF, vector, [\d,]+ bytes\)\./);
    const bytes = await readFile(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const body = bytes.toString('latin1');
    expect(body.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    // Text stays text: the PDF carries fonts, not a picture of the graph.
    expect(body).toMatch(/\/FontFile|\/Font\b/);
    expect(body).not.toMatch(/\/Subtype\s*\/Image/);
  }, 180_000);

  it('writes to a normalised --out from a --src that starts with a byte-order mark', async () => {
    const src = join(dir, 'marked.json');
    await writeFile(src, `\uFEFF${JSON.stringify({ nodes: [{ key: 'a' }, { key: 'b' }], edges: [{ source: 'a', target: 'b' }] })}`);
    const result = await run(['--src', src, '--out', join(dir, 'missing/../marked.svg')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await readFile(join(dir, 'marked.svg'), 'utf8')).toContain('>a</');
  }, 60_000);

  it('gives up within the time each stage has, in one line and with a non-zero exit', async () => {
    const started = Date.now();
    const result = await runHere(['--out', join(dir, 'late.png'), '--timeout', '0.05']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('Gave up starting the export page after 0.05 s: check that the project is installed (npm ci).');
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it('refuses an --out it could not write before starting anything', async () => {
    await writeFile(join(dir, 'file'), '');
    const under = await runHere(['--out', join(dir, 'file/x.png')]);
    expect(under.code).toBe(2);
    expect(under.stderr).toBe(`Cannot write --out ${join(dir, 'file/x.png')}: part of its folder is a file.`);
    await mkdir(join(dir, 'folder.png'));
    const folder = await runHere(['--out', join(dir, 'folder.png')]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(`--out ${join(dir, 'folder.png')} is a folder; give a file name, e.g. ${join(dir, 'folder.png')}/graph.png.`);
  });

  it('reports an invalid graph with the problems found, and exits non-zero', async () => {
    const out = join(dir, 'bad.png');
    const result = await run(['--src', 'test/fixtures/bad-edges.json', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^The graph could not be loaded: /);
    expect(result.stderr).toMatch(/\n {2}- /);
  }, CLI_TEST_TIME);

  it('says what is wrong with the command line before starting anything', async () => {
    const bad = await runHere(['--out', join(dir, 'x.png'), '--scale', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--scale must be a number from 1 to 4, not "0"/);
    expect(bad.stderr).toContain('Usage: npm run export');
    const missing = await runHere(['--out', join(dir, 'x.png'), '--src', join(dir, 'nowhere.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read --src .*nowhere\.json: no such file/);
    await writeFile(join(dir, 'broken.json'), '{ "nodes": [');
    const broken = await runHere(['--out', join(dir, 'x.png'), '--src', join(dir, 'broken.json')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.json is not JSON/);
  });

  it('explains how to get a browser when none is found', async () => {
    vi.stubEnv('CHROME_PATH', join(dir, 'no-chromium'));
    const result = await runHere(['--out', join(dir, 'x.png')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^No Chromium found\. Set CHROME_PATH/);
    expect(result.stderr).toContain('no-chromium');
  });
});
