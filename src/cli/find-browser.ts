/**
 * Finds a Chromium to drive headless, in this order: `CHROME_PATH`, a system Chromium or Chrome,
 * then the build that `@sparticuz/chromium` ships inside its npm tarball.
 * Shared by the browser tests, the export command line and the benchmark.
 */
import { existsSync } from 'node:fs';

export interface BrowserLaunch {
  executablePath: string;
  args: string[];
  /** Where the executable was found, for messages. */
  origin: 'CHROME_PATH' | 'system' | '@sparticuz/chromium';
}

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for a headless run on a machine with no GPU, no sandbox privileges and a closed network. */
export const HEADLESS_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const LAMBDA_ONLY_FLAGS = [
  '--single-process',
  '--no-zygote',
  '--headless',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
  '--disable-features=AudioServiceOutOfProcess,IsolateOrigins,site-per-process',
];

export class BrowserNotFoundError extends Error {
  constructor(detail: string) {
    super(
      `No Chromium found. Set CHROME_PATH to a Chromium or Chrome executable, ` +
        `install one (Debian: apt-get install chromium), or install the npm package @sparticuz/chromium. ${detail}`,
    );
    this.name = 'BrowserNotFoundError';
  }
}

export async function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  systemBrowsers: readonly string[] = SYSTEM_BROWSERS,
): Promise<BrowserLaunch> {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new BrowserNotFoundError(`CHROME_PATH is "${fromEnv}", which does not exist.`);
    return { executablePath: fromEnv, args: HEADLESS_ARGS, origin: 'CHROME_PATH' };
  }
  const system = systemBrowsers.find((path) => existsSync(path));
  if (system) return { executablePath: system, args: HEADLESS_ARGS, origin: 'system' };
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    const executablePath = await chromium.executablePath();
    // Its flags are made for AWS Lambda; keep the rendering ones, not those that weaken the browser
    // (no web security) or change how it runs (one process, its own headless mode).
    const args = chromium.args.filter((flag) => !LAMBDA_ONLY_FLAGS.some((prefix) => flag.startsWith(prefix)));
    return { executablePath, args: [...new Set([...args, ...HEADLESS_ARGS])], origin: '@sparticuz/chromium' };
  } catch (error) {
    throw new BrowserNotFoundError(`(@sparticuz/chromium: ${(error as Error).message})`);
  }
}
