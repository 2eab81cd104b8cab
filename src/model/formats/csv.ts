/**
 * CSV (and tab-, semicolon- or pipe-separated) tables, read with Papa Parse: an edge list, with an
 * optional node table, in the column names Kumu, Flourish, Onodo and Gephi's spreadsheet import use.
 *
 * - Edges: `From`/`To` or `Source`/`Target` (required), `Relation` (or `Relationship`, `Relation type`,
 *   `Type`), `Label`, `Direction` (`directed`, `undirected`, `mutual`; a `Type` column holding only
 *   these is read as the direction, as Gephi writes it), `Weight` (or `Value`, `Strength`), `Color`,
 *   `Id`. Other columns are kept as attributes.
 * - Nodes: `Id` (else `Label` or `Name` is the key, as in Kumu), `Label`/`Name`, `Type` (or `Group`,
 *   `Category`), `Description`, `Color`, `Size`, `X`, `Y`. Other columns are kept.
 *
 * Column names are matched ignoring case, spaces, `_` and `-`. An edge's end that the node table does
 * not list by key is looked up by label, else added, with a notice.
 */
import Papa from 'papaparse';
import { refusal } from '../load-error';
import type { Problem } from '../problem';
import type { GraphData } from '../types';
import type { FormatReading } from './index';

interface Row {
  line: number;
  values: string[];
}

/** A table: its header's names and its rows, each with the line it starts on. */
interface Table {
  what: 'edge list' | 'node table';
  header: string[];
  rows: Row[];
}

const normalise = (name: string) => name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s_-]+/g, ' ');

const EDGE_COLUMNS = {
  source: ['from', 'source', 'src', 'source id', 'from id', 'subject'],
  target: ['to', 'target', 'tgt', 'target id', 'to id', 'object'],
  relation: ['relation', 'relationship', 'relation type', 'relationship type', 'connection type', 'predicate'],
  type: ['type'],
  label: ['label', 'name'],
  direction: ['direction', 'directed'],
  weight: ['weight', 'value', 'strength'],
  color: ['color', 'colour'],
  key: ['id', 'key', 'edge id'],
} as const;

const NODE_COLUMNS = {
  key: ['id', 'key', 'node id'],
  label: ['label', 'name', 'title'],
  type: ['type', 'group', 'category', 'element type', 'kind'],
  description: ['description'],
  color: ['color', 'colour'],
  size: ['size'],
  x: ['x'],
  y: ['y'],
} as const;

const DIRECTIONS = new Set(['directed', 'undirected', 'mutual']);

function parseTable(text: string, what: Table['what']): Table {
  const rows: Row[] = [];
  const problems: Problem[] = [];
  let line = 1;
  let counted = 0;
  const body = text.replace(/^\uFEFF/, '');
  let start = 0;
  Papa.parse<string[]>(body, {
    delimitersToGuess: [',', '\t', ';', '|'],
    skipEmptyLines: false,
    step(result) {
      for (let i = counted; i < start; i++) if (body.charCodeAt(i) === 10) line++;
      counted = start;
      const values = result.data.map((value) => String(value ?? ''));
      for (const error of result.errors) {
        if (error.code === 'TooFewFields' || error.code === 'TooManyFields' || error.code === 'UndetectableDelimiter') continue;
        problems.push({ where: `CSV line ${line}`, message: error.code === 'MissingQuotes' ? 'a quoted field is not closed' : error.message });
      }
      if (values.some((value) => value.trim() !== '')) rows.push({ line, values });
      start = result.meta.cursor;
    },
  });
  if (problems.length > 0) throw refusal(`The ${what}`, problems);
  const [head, ...rest] = rows;
  if (!head) throw refusal(`The ${what}`, [{ where: 'CSV', message: 'is empty: it has no header row' }]);
  return { what, header: head.values.map(normalise), rows: rest };
}

/** The index of the first column with one of `names`, or -1. */
function column(table: Table, names: readonly string[]): number {
  for (const name of names) {
    const index = table.header.indexOf(name);
    if (index !== -1) return index;
  }
  return -1;
}

/** A finite number from a cell, or undefined (with a notice when the cell holds something else). */
function numberIn(value: string, name: string, line: number, warnings: Problem[]): number | undefined {
  if (value.trim() === '') return undefined;
  const number = Number(value.trim().replace(/^\+/, ''));
  if (Number.isFinite(number)) return number;
  warnings.push({ where: `CSV line ${line}`, message: `${name} "${value}" is not a number; ignored` });
  return undefined;
}

/** The columns of a table no role took, kept as attributes under their own names. */
function extras(table: Table, original: string[], used: Set<number>, values: string[]): Record<string, string> {
  const kept: Record<string, string> = {};
  table.header.forEach((_, i) => {
    const name = original[i]?.replace(/^\uFEFF/, '').trim();
    if (used.has(i) || !name || (values[i] ?? '').trim() === '' || Object.hasOwn(kept, name)) return;
    kept[name] = values[i]!.trim();
  });
  return kept;
}

function readNodes(text: string, warnings: Problem[]): { nodes: NonNullable<GraphData['nodes']>; byLabel: Map<string, string> } {
  const table = parseTable(text, 'node table');
  const original = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { preview: 1 }).data[0] ?? [];
  const roles = Object.fromEntries(Object.entries(NODE_COLUMNS).map(([role, names]) => [role, column(table, names)])) as Record<keyof typeof NODE_COLUMNS, number>;
  const keyColumn = roles.key !== -1 ? roles.key : roles.label;
  if (keyColumn === -1) throw refusal('The node table', [{ where: 'CSV line 1', message: 'has no Id, Label or Name column to name the nodes by' }]);
  const used = new Set(Object.values(roles).filter((index) => index !== -1));
  const nodes: NonNullable<GraphData['nodes']> = [];
  const lines = new Map<string, number>();
  const byLabel = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { line, values } of table.rows) {
    const cell = (index: number) => (index === -1 ? '' : (values[index] ?? '').trim());
    const key = cell(keyColumn);
    if (key === '') {
      problems.push({ where: `CSV line ${line}`, message: `the node has no ${table.header[keyColumn]}` });
      continue;
    }
    if (lines.has(key)) {
      problems.push({ where: `CSV line ${line}`, message: `node "${key}" is already on line ${lines.get(key)}` });
      continue;
    }
    lines.set(key, line);
    const attributes: Record<string, unknown> = extras(table, original, used, values);
    if (cell(roles.label)) attributes.label = cell(roles.label);
    if (cell(roles.type)) attributes.type = cell(roles.type);
    if (cell(roles.description)) attributes.description = cell(roles.description);
    if (cell(roles.color)) attributes.color = cell(roles.color);
    for (const role of ['size', 'x', 'y'] as const) {
      const value = numberIn(cell(roles[role]), role, line, warnings);
      if (value !== undefined) attributes[role] = value;
    }
    if (typeof attributes.label === 'string' && !byLabel.has(attributes.label)) byLabel.set(attributes.label, key);
    nodes.push({ key, attributes });
  }
  if (problems.length > 0) throw refusal('The node table', problems);
  return { nodes, byLabel };
}

/** An edge list, and the node table when there is one, as a graphology graph. */
export function readCsv(text: string, nodesText?: string): FormatReading {
  const warnings: Problem[] = [];
  const table = parseTable(text, 'edge list');
  const original = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { preview: 1 }).data[0] ?? [];
  const roles = Object.fromEntries(Object.entries(EDGE_COLUMNS).map(([role, names]) => [role, column(table, names)])) as Record<keyof typeof EDGE_COLUMNS, number>;
  if (roles.source === -1 || roles.target === -1) {
    const missing = roles.source === -1 && roles.target === -1 ? 'no source and no target column' : roles.source === -1 ? 'no source column' : 'no target column';
    throw refusal('The edge list', [{ where: 'CSV line 1', message: `has ${missing}: name them From and To (or Source and Target)` }]);
  }
  // Gephi's edge tables say the direction in "Type"; Kumu's say the kind of connection there.
  const typeIsDirection =
    roles.type !== -1 && table.rows.every(({ values }) => (values[roles.type] ?? '').trim() === '' || DIRECTIONS.has(values[roles.type]!.trim().toLowerCase()));
  if (roles.type !== -1) {
    if (typeIsDirection && roles.direction === -1) roles.direction = roles.type;
    else if (!typeIsDirection && roles.relation === -1) roles.relation = roles.type;
  }
  const used = new Set(Object.values(roles).filter((index) => index !== -1));

  const { nodes, byLabel } = nodesText === undefined ? { nodes: [], byLabel: new Map<string, string>() } : readNodes(nodesText, warnings);
  const keys = new Set(nodes.map((node) => String(node.key)));
  const edgeKeys = new Set(table.rows.map(({ values }) => (roles.key === -1 ? '' : (values[roles.key] ?? '').trim())).filter(Boolean));
  const edges: NonNullable<GraphData['edges']> = [];
  const problems: Problem[] = [];
  const endOf = (value: string, line: number, end: 'source' | 'target'): string => {
    if (keys.has(value)) return value;
    const byName = byLabel.get(value);
    if (byName !== undefined) return byName;
    if (nodesText !== undefined) warnings.push({ where: `CSV line ${line}`, message: `${end} "${value}" is not in the node table; added as a node` });
    keys.add(value);
    nodes.push({ key: value, attributes: {} });
    return value;
  };
  table.rows.forEach(({ line, values }, i) => {
    const cell = (index: number) => (index === -1 ? '' : (values[index] ?? '').trim());
    const [from, to] = [cell(roles.source), cell(roles.target)];
    if (from === '' || to === '') {
      const names = [from === '' ? `no source (column "${original[roles.source]?.trim()}")` : '', to === '' ? `no target (column "${original[roles.target]?.trim()}")` : ''].filter(Boolean);
      problems.push({ where: `CSV line ${line}`, message: `the edge has ${names.join(' and ')}` });
      return;
    }
    const attributes: Record<string, unknown> = extras(table, original, used, values);
    if (cell(roles.relation)) attributes.relation = cell(roles.relation);
    if (cell(roles.label)) attributes.label = cell(roles.label);
    if (cell(roles.color)) attributes.color = cell(roles.color);
    const weight = numberIn(cell(roles.weight), 'weight', line, warnings);
    if (weight !== undefined) attributes.weight = weight;
    const direction = cell(roles.direction).toLowerCase();
    const undirected = direction === 'undirected' || direction === 'mutual' || direction === 'false' || direction === 'no' || direction === '0';
    let key = cell(roles.key);
    if (key === '') {
      key = `e${i + 1}`;
      while (edgeKeys.has(key)) key = `${key}'`;
    }
    edgeKeys.add(key);
    edges.push({ key, source: endOf(from, line, 'source'), target: endOf(to, line, 'target'), attributes, ...(undirected ? { undirected: true } : {}) });
  });
  if (problems.length > 0) throw refusal('The edge list', problems);
  return { data: { attributes: {}, options: { type: 'mixed', multi: true, allowSelfLoops: true }, nodes, edges }, warnings };
}
