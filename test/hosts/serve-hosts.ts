/**
 * Serves the example host pages (test/hosts/*) and the built bundle, byte for byte, under
 * /hosts/ on the browser-test server, so that a test can load them in a same-origin iframe and
 * look inside. Pages answer with the headers a strict host would send (a CSP for csp.html).
 * The bundle is built on request by the `buildBundle` command into a directory of its own, so a
 * test run never touches dist/.
 */
import { execFile } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { BrowserCommand } from 'vitest/node';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = resolve(root, 'test/hosts');
const fixtures = resolve(root, 'test/fixtures');
export const BUNDLE_DIR = resolve(root, 'node_modules/.cache/article-graph-hosts/dist');

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.gexf': 'application/gexf+xml',
  '.graphml': 'application/graphml+xml',
  '.csv': 'text/csv; charset=utf-8',
};

export function hostPages(): Plugin {
  return {
    name: 'article-graph:host-pages',
    configureServer(server) {
      server.middlewares.use('/hosts/', (request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
        const [base, relative] = path.startsWith('/dist/')
          ? [BUNDLE_DIR, path.slice('/dist/'.length)]
          : path.startsWith('/fixtures/')
            ? [fixtures, path.slice('/fixtures/'.length)]
            : [pages, path.slice(1)];
        const file = normalize(join(base, relative));
        if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile() || !(extname(file) in TYPES)) return next();
        response.setHeader('Content-Type', TYPES[extname(file)]);
        response.setHeader('Cache-Control', 'no-store');
        if (file.endsWith('csp.html')) response.setHeader('Content-Security-Policy', STRICT_CSP);
        createReadStream(file).pipe(response);
      });
    },
  };
}

let built: Promise<void> | undefined;

/** Builds dist/article-graph.js as `npm run build` does, into BUNDLE_DIR; once per test run. */
export const buildBundle: BrowserCommand<[]> = async () => {
  // A process of its own, as `npm run build` runs it: inside the test runner NODE_ENV is `test`, which
  // would pick the development builds of the dependencies.
  built ??= new Promise<void>((done, fail) => {
    const env = { ...process.env };
    delete env.NODE_ENV;
    delete env.VITEST;
    // The size budget is `npm run build`'s gate; here the bundle is only loaded into host pages.
    env.AG_SIZE_BUDGET = 'warn';
    const vite = resolve(root, 'node_modules/vite/bin/vite.js');
    execFile(process.execPath, [vite, 'build', '--outDir', BUNDLE_DIR, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, env }, (error, _stdout, stderr) =>
      error ? fail(new Error(`the bundle did not build: ${stderr || error.message}`)) : done(),
    );
  });
  await built;
};

/** Emulates a device pixel ratio for the whole test page (and its iframes); 0 restores the real one. */
export const setDeviceScaleFactor: BrowserCommand<[factor: number]> = async (context, factor) => {
  // An override lasts as long as the session that set it, so the session is kept per page.
  let session = sessions.get(context.page);
  if (!session) {
    session = await context.page.context().newCDPSession(context.page);
    sessions.set(context.page, session);
  }
  if (factor === 0) await session.send('Emulation.clearDeviceMetricsOverride');
  else await session.send('Emulation.setDeviceMetricsOverride', { width: 0, height: 0, deviceScaleFactor: factor, mobile: false });
};
const sessions = new WeakMap<object, Awaited<ReturnType<ReturnType<Parameters<BrowserCommand<[]>>[0]['page']['context']>['newCDPSession']>>>();

/** Emulates the reader's colour-scheme preference. */
export const setColorScheme: BrowserCommand<[scheme: 'light' | 'dark']> = async (context, scheme) => {
  await context.page.emulateMedia({ colorScheme: scheme });
};

export const hostCommands = { buildBundle, setDeviceScaleFactor, setColorScheme };

declare module 'vitest/browser' {
  interface BrowserCommands {
    buildBundle: () => Promise<void>;
    setDeviceScaleFactor: (factor: number) => Promise<void>;
    setColorScheme: (scheme: 'light' | 'dark') => Promise<void>;
  }
}
