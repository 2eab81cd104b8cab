/**
 * Every package the component ships carries a permissive licence: the production dependency tree of
 * package-lock.json, checked package by package.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeLicenceProblem, isPermissive, licenceProblems, productionPackages, type LockFile } from '../../build/licences';

const ROOT = resolve(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as LockFile;
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };

/** The installed package.json's licence, if the package is installed. */
function installedLicence(path: string): unknown {
  try {
    return (JSON.parse(readFileSync(join(ROOT, path, 'package.json'), 'utf8')) as { license?: unknown }).license;
  } catch {
    return undefined;
  }
}

describe('licences of the shipped dependencies', () => {
  it('are all permissive', () => {
    const problems = licenceProblems(lock, installedLicence).map(describeLicenceProblem);
    expect(problems, `packages without a permissive licence:\n${problems.join('\n')}`).toEqual([]);
  });

  it('are read from a lock file that lists every dependency of package.json as shipped', () => {
    const shipped = new Set(productionPackages(lock).map(({ path }) => path));
    for (const name of Object.keys(manifest.dependencies ?? {})) expect(shipped, name).toContain(`node_modules/${name}`);
    // Development tools are not shipped: the check is about what the bundle carries.
    expect(shipped).not.toContain('node_modules/vitest');
  });

  it('names each copyleft, unknown or missing licence, and lets permissive ones pass', () => {
    const sample: LockFile = {
      packages: {
        '': { version: '1.0.0' },
        'node_modules/fine': { version: '1.0.0', license: 'MIT' },
        'node_modules/either': { version: '2.0.0', license: '(MIT OR GPL-3.0-only)' },
        'node_modules/gpl': { version: '0.4.0', license: 'GNU GPLv3' },
        'node_modules/a/node_modules/@scope/both': { version: '3.1.0', license: 'MIT AND GPL-3.0-or-later' },
        'node_modules/silent': { version: '0.1.0' },
        'node_modules/tool': { version: '9.0.0', license: 'GPL-3.0', dev: true },
      },
    };
    expect(licenceProblems(sample).map(describeLicenceProblem)).toEqual([
      'gpl@0.4.0: GNU GPLv3',
      '@scope/both@3.1.0: MIT AND GPL-3.0-or-later',
      'silent@0.1.0: no licence',
    ]);
    // The installed package.json speaks for a lock file entry that records no licence.
    expect(licenceProblems(sample, (path) => (path.endsWith('silent') ? { type: 'ISC' } : undefined)).map((p) => p.name)).not.toContain('silent');
  });

  it.each([
    ['MIT', true],
    ['ISC', true],
    ['BSD-2-Clause', true],
    ['BSD-3-Clause', true],
    ['Apache-2.0', true],
    ['0BSD', true],
    ['BlueOak-1.0.0', true],
    ['(MIT OR Apache-2.0)', true],
    ['(MIT OR CC0-1.0)', true],
    ['Apache-2.0 WITH LLVM-exception', true],
    ['(BSD-3-Clause AND (MIT OR GPL-2.0))', true],
    ['GPL-3.0', false],
    ['GPL-3.0-only', false],
    ['LGPL-2.1-or-later', false],
    ['AGPL-3.0', false],
    ['MPL-2.0', false],
    ['CC-BY-SA-4.0', false],
    ['SEE LICENSE IN LICENSE.txt', false],
    ['UNLICENSED', false],
    ['MIT AND GPL-3.0', false],
    ['(MIT', false],
    ['MIT OR', false],
    ['', false],
  ])('%j is permissive: %s', (expression, expected) => {
    expect(isPermissive(expression)).toBe(expected);
  });
});
