/**
 * The licences of what the package ships: every package of the production dependency tree, as
 * package-lock.json records it (`dev` packages left out), must carry a permissive licence. A unit
 * test runs `licenceProblems` over the project's lock file.
 */

/** SPDX identifiers a shipped dependency may carry: permissive licences compatible with MIT. */
export const PERMISSIVE = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'BlueOak-1.0.0']);

interface LockEntry {
  version?: string;
  license?: unknown;
  dev?: boolean;
  link?: boolean;
}

export interface LockFile {
  packages?: Record<string, LockEntry>;
}

export interface LicenceProblem {
  /** The package's name, as in node_modules. */
  name: string;
  version: string | undefined;
  /** What its package.json says, or undefined when it says nothing. */
  licence: string | undefined;
}

/**
 * Whether an SPDX expression is satisfied by permissive licences alone: `(MIT OR GPL-3.0)` is (one
 * may choose MIT), `MIT AND GPL-3.0` is not. `WITH` exceptions only loosen a licence, so the licence
 * before it decides. Anything that does not parse is not permissive.
 */
export function isPermissive(expression: string): boolean {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  let position = 0;
  const peek = () => tokens[position];
  // expression := and ('OR' and)* ; and := atom ('AND' atom)* ; atom := '(' expression ')' | id ('WITH' id)?
  const parseOr = (): boolean => {
    let result = parseAnd();
    while (peek()?.toUpperCase() === 'OR') {
      position++;
      const right = parseAnd();
      result = result || right;
    }
    return result;
  };
  const parseAnd = (): boolean => {
    let result = parseAtom();
    while (peek()?.toUpperCase() === 'AND') {
      position++;
      const right = parseAtom();
      result = result && right;
    }
    return result;
  };
  const parseAtom = (): boolean => {
    const token = tokens[position++];
    if (token === undefined) throw new SyntaxError('unexpected end');
    if (token === '(') {
      const inner = parseOr();
      if (tokens[position++] !== ')') throw new SyntaxError('missing )');
      return inner;
    }
    if (token === ')' || /^(AND|OR|WITH)$/i.test(token)) throw new SyntaxError(`unexpected ${token}`);
    if (peek()?.toUpperCase() === 'WITH') position += 2;
    return PERMISSIVE.has(token.replace(/\+$/, ''));
  };
  try {
    const result = parseOr();
    return position === tokens.length && result;
  } catch {
    return false;
  }
}

/** A package.json `license` as text: a string, the old `{ type }` object, or undefined. */
export function licenceText(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string') return (value as { type: string }).type;
  return undefined;
}

/** The package name of a lock file path: `node_modules/a/node_modules/@b/c` -> `@b/c`. */
export function packageName(path: string): string {
  return path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

/** The production packages of a lock file: every installed package that is not only needed for development. */
export function productionPackages(lock: LockFile): Array<{ path: string; entry: LockEntry }> {
  return Object.entries(lock.packages ?? {})
    .filter(([path, entry]) => path.includes('node_modules/') && entry.dev !== true && entry.link !== true)
    .map(([path, entry]) => ({ path, entry }));
}

/**
 * Every production package whose licence is missing or not permissive. `manifestLicence` reads the
 * installed package.json's `license` (which the lock file copies), so that a lock file written by an
 * npm that left it out is still checked.
 */
export function licenceProblems(lock: LockFile, manifestLicence: (path: string) => unknown = () => undefined): LicenceProblem[] {
  const problems: LicenceProblem[] = [];
  for (const { path, entry } of productionPackages(lock)) {
    const licence = licenceText(entry.license) ?? licenceText(manifestLicence(path));
    if (licence === undefined || !isPermissive(licence)) problems.push({ name: packageName(path), version: entry.version, licence });
  }
  return problems;
}

/** One line per problem: `cytoscape-svg@0.4.0: GNU GPLv3`. */
export function describeLicenceProblem(problem: LicenceProblem): string {
  return `${problem.name}@${problem.version ?? '?'}: ${problem.licence ?? 'no licence'}`;
}
