/**
 * The options every export takes, checked once before any renderer sees them: a wrong value is
 * refused with a message that names the option and what it takes, rather than read as something
 * else by one format and otherwise by the next.
 */
import { ExportError } from './export-error';
import type { ExportOptions } from './formats';
import { MAX_SCALE, MIN_SCALE } from './limits';

/** The widest margin an export takes, in CSS pixels. */
export const MAX_PADDING = 1000;

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value.length > 40 ? `${value.slice(0, 39)}…` : value}"` : String(value);
}

export function checkExportOptions(options: ExportOptions | undefined): ExportOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') throw new ExportError(`Export options must be an object such as { scale: 2 }, not ${describe(options)}.`);
  const { scope, scale, padding, background } = options;
  if (scope !== undefined && scope !== 'graph' && scope !== 'view') throw new ExportError(`scope must be "graph" or "view", not ${describe(scope)}.`);
  // A number outside 1..4 is brought within it (and a PNG says so); anything else is not a scale.
  if (scale !== undefined && (typeof scale !== 'number' || !Number.isFinite(scale))) {
    throw new ExportError(`scale must be a number from ${MIN_SCALE} to ${MAX_SCALE}, not ${describe(scale)}.`);
  }
  if (padding !== undefined && (typeof padding !== 'number' || !Number.isFinite(padding) || padding < 0 || padding > MAX_PADDING)) {
    throw new ExportError(`padding must be a number of CSS pixels from 0 to ${MAX_PADDING}, not ${describe(padding)}.`);
  }
  if (background !== undefined && typeof background !== 'string') throw new ExportError(`background must be a CSS colour or "transparent", not ${describe(background)}.`);
  return options;
}
