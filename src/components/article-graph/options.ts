/**
 * The options of `<article-graph>` (its attributes and properties) checked in one place, with one
 * behaviour: a value the element cannot take falls back to the default, and a console warning names
 * the attribute, the value and what it takes. Nothing fails later with a message from deep inside.
 */
import { isLayoutName } from '../../view/layouts';

interface Rule {
  attribute: string;
  fallback: unknown;
  /** What the option takes, for the warning. */
  takes: string;
  valid(value: unknown): boolean;
}

const oneOf = (...values: string[]) => (value: unknown) => typeof value === 'string' && values.includes(value);
const wholeNumber = (min: number, max: number) => (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

export const OPTION_RULES = {
  theme: { attribute: 'theme', fallback: 'auto', takes: '"light", "dark" or "auto"', valid: oneOf('light', 'dark', 'auto') },
  layout: { attribute: 'layout', fallback: 'auto', takes: '"auto" or a layout name (preset, fcose, forceatlas2, concentric, breadthfirst, circle, grid)', valid: (value) => value === 'auto' || isLayoutName(value) },
  maxNodes: { attribute: 'max-nodes', fallback: 100_000, takes: 'a whole number from 1 to 1,000,000', valid: wholeNumber(1, 1_000_000) },
  timeout: { attribute: 'timeout', fallback: 15_000, takes: 'a number of milliseconds from 100 to 600,000', valid: wholeNumber(100, 600_000) },
  levelOfDetail: { attribute: 'level-of-detail', fallback: 'auto', takes: '"auto", "full" or "fast"', valid: oneOf('auto', 'full', 'fast') },
  gestures: { attribute: 'gestures', fallback: 'auto', takes: '"auto", "cooperative" or "greedy"', valid: oneOf('auto', 'cooperative', 'greedy') },
} satisfies Record<string, Rule>;

export type CheckedOption = keyof typeof OPTION_RULES;

/**
 * Puts every changed option the element cannot take back to its default, warning once for each.
 * Returns the names of those it put back.
 */
export function checkOptions(host: HTMLElement & Record<CheckedOption, unknown>, changed: ReadonlyMap<PropertyKey, unknown>): CheckedOption[] {
  const reset: CheckedOption[] = [];
  for (const name of Object.keys(OPTION_RULES) as CheckedOption[]) {
    if (!changed.has(name)) continue;
    const rule: Rule = OPTION_RULES[name];
    const value = host[name];
    if (value === undefined || value === null || rule.valid(value)) continue;
    console.warn(`<article-graph> ${rule.attribute}="${String(value)}" is not something it takes (${rule.takes}); using ${JSON.stringify(rule.fallback)}.`);
    host[name] = rule.fallback;
    reset.push(name);
  }
  return reset;
}
