/**
 * The browser lookup shared by the tests, the export command line and the benchmark:
 * CHROME_PATH, then a system Chromium, then the one @sparticuz/chromium ships.
 */
import { describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { BrowserNotFoundError, findBrowser, HEADLESS_ARGS } from '../../src/cli/find-browser';

describe('findBrowser', () => {
  it('takes CHROME_PATH first, and says so when it does not exist', async () => {
    await expect(findBrowser({ CHROME_PATH: '/nowhere/chrome' })).rejects.toThrow(BrowserNotFoundError);
    await expect(findBrowser({ CHROME_PATH: '/nowhere/chrome' })).rejects.toThrow(/CHROME_PATH is "\/nowhere\/chrome", which does not exist/);
    const found = await findBrowser({ CHROME_PATH: process.execPath });
    expect(found).toEqual({ executablePath: process.execPath, args: HEADLESS_ARGS, origin: 'CHROME_PATH' });
  });

  it('takes the first system browser that exists', async () => {
    const found = await findBrowser({}, ['/nowhere/chromium', process.execPath]);
    expect(found.origin).toBe('system');
    expect(found.executablePath).toBe(process.execPath);
  });

  it('falls back to the Chromium inside @sparticuz/chromium, which starts and renders', async () => {
    const found = await findBrowser({}, []);
    expect(found.origin).toBe('@sparticuz/chromium');
    expect(found.args).not.toContain('--single-process');
    const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args, headless: true });
    try {
      const page = await browser.newPage();
      await page.setContent('<canvas width="4" height="4"></canvas>');
      const drawn = await page.evaluate(() => {
        const context = document.querySelector('canvas')!.getContext('2d')!;
        context.fillStyle = '#ff0000';
        context.fillRect(0, 0, 4, 4);
        return Array.from(context.getImageData(1, 1, 1, 1).data);
      });
      expect(drawn).toEqual([255, 0, 0, 255]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
