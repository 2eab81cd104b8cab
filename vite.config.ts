import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { findBrowser } from './src/cli/find-browser';
import { buildOptions, IMPORT_FORMAT_DEPENDENCIES } from './build/build-config';
import { browserCommands } from './test/support/commands';
import { hostCommands, hostPages } from './test/hosts/serve-hosts';

export default defineConfig(async ({ mode }): Promise<ViteUserConfig> => {
  // Only the browser tests need Chromium; the dev server and the build never look for it.
  const browser = mode === 'test' ? await findBrowser() : undefined;
  // `vite build` writes the one-file bundle; `vite build --mode package` the entries for bundlers.
  const { build, plugins } = buildOptions(mode);
  return {
    build,
    plugins,
    // The readers of other formats load these on demand: bundled for the dev server up front, so that
    // the first such file opened does not make it re-optimise and reload the page.
    optimizeDeps: { include: IMPORT_FORMAT_DEPENDENCIES },
    test: {
      // The JSON report is what .ci/run counts passes and failures from.
      reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['test/unit/**/*.test.ts'],
            environment: 'node',
          },
        },
        {
          extends: true,
          // The example host pages of test/browser/embed.test.ts, served beside the tests.
          plugins: [hostPages()],
          test: {
            name: 'browser',
            include: ['test/browser/**/*.test.ts'],
            testTimeout: 60_000,
            browser: {
              enabled: true,
              headless: true,
              screenshotFailures: false,
              commands: { ...browserCommands, ...hostCommands },
              provider: playwright({
                launchOptions: browser && { executablePath: browser.executablePath, args: browser.args },
              }),
              instances: [{ browser: 'chromium', viewport: { width: 1280, height: 800 } }],
            },
          },
        },
      ],
    },
  };
});
