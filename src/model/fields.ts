/**
 * The text and true-or-false fields of a graph, in one table, and how they are read: text reaches
 * labels, panels and exported files, so a field the model calls text is text once a graph is loaded.
 * A number or true/false there is read as its text (a label `5` is "5"); anything else (an object,
 * a list) is left out, with a warning saying so. The vocabulary's definitions are read the same way.
 */
import type { AttributionDefinition, EdgeAttributes, EntityTypeDefinition, FamilyDefinition, GraphAttributes, NodeAttributes, RelationDefinition, SourceText } from './types';

/** The text fields of each part of a graph (the source's title and paragraphs are checked with the source). */
export const TEXT_FIELDS = {
  graph: ['title', 'description', 'name'],
  source: ['outlet', 'section', 'published', 'url', 'image'],
  node: ['label', 'type', 'description'],
  edge: ['relation', 'label', 'hedge', 'time', 'item'],
  relation: ['label', 'definition', 'family', 'color'],
  entityType: ['label', 'definition', 'color', 'shape'],
  attribution: ['label', 'phrase', 'node'],
  family: ['label', 'definition', 'color'],
} as const satisfies {
  graph: ReadonlyArray<keyof GraphAttributes>;
  source: ReadonlyArray<keyof SourceText>;
  node: ReadonlyArray<keyof NodeAttributes>;
  edge: ReadonlyArray<keyof EdgeAttributes>;
  relation: ReadonlyArray<keyof RelationDefinition>;
  entityType: ReadonlyArray<keyof EntityTypeDefinition>;
  attribution: ReadonlyArray<keyof AttributionDefinition>;
  family: ReadonlyArray<keyof FamilyDefinition>;
};

/** The true-or-false fields of the vocabulary's relations. */
export const FLAG_FIELDS = { relation: ['directed', 'emphasis', 'headline'] } as const satisfies { relation: ReadonlyArray<keyof RelationDefinition> };

/** The vocabulary's parts, each a record of definitions, with the text fields of a definition. */
export const VOCABULARY_PARTS = {
  relations: { name: 'relation', text: TEXT_FIELDS.relation, flags: FLAG_FIELDS.relation },
  entityTypes: { name: 'entity type', text: TEXT_FIELDS.entityType, flags: [] },
  attributions: { name: 'attribution', text: TEXT_FIELDS.attribution, flags: [] },
  families: { name: 'family', text: TEXT_FIELDS.family, flags: [] },
} as const;

/** Reports a problem of an optional field, and, when mending, mends it (`fix`); `outcome` says how. */
export type Mend = (where: string, message: string, outcome: string, fix: () => void) => void;
/** A change that only makes a value what it plainly means (5 for "5"): made when mending, never reported. */
export type Coerce = (fix: () => void) => void;

/** A short name for the kind of a JSON value, for messages. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `a string ("${truncate(value, 40)}")`;
  return `${typeof value === 'number' ? 'a number' : typeof value} (${String(value)})`;
}

export function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Values read as their text: numbers, true or false. */
function isScalar(value: unknown): value is number | boolean | bigint {
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint';
}

/** Makes each of `fields` of `record` text: a number or true/false becomes its text; null is absent; anything else is left out with a warning. */
export function readTextFields(record: Record<string, unknown>, fields: readonly string[], where: string, mend: Mend, coerce: Coerce): void {
  for (const field of fields) {
    const value = record[field];
    if (value === undefined || typeof value === 'string') continue;
    // null stands for an absent field, as in graphology's own serialization.
    if (value === null) coerce(() => delete record[field]);
    else if (isScalar(value)) coerce(() => (record[field] = String(value)));
    else mend(where, `${field} must be text, got ${kindOf(value)}`, 'ignored', () => delete record[field]);
  }
}

function readFlagFields(record: Record<string, unknown>, fields: readonly string[], where: string, mend: Mend): void {
  for (const field of fields) {
    const value = record[field];
    if (value !== undefined && value !== null && typeof value !== 'boolean') {
      mend(where, `${field} must be true or false, got ${kindOf(value)}`, 'ignored', () => delete record[field]);
    }
  }
}

/**
 * Checks `attributes.vocabulary`: an object whose parts (relations, entity types, attributions,
 * families) are records of definitions; a definition that is not an object is left out, and its
 * fields are read as `readTextFields` reads them.
 */
export function readVocabulary(attributes: Record<string, unknown>, mend: Mend, coerce: Coerce): void {
  const vocabulary = attributes.vocabulary;
  if (vocabulary === undefined || vocabulary === null) return;
  if (!isRecord(vocabulary)) return mend('vocabulary', `expected an object, got ${kindOf(vocabulary)}`, 'ignored', () => delete attributes.vocabulary);
  for (const [part, { name, text, flags }] of Object.entries(VOCABULARY_PARTS)) {
    const definitions = vocabulary[part];
    if (definitions === undefined || definitions === null) continue;
    if (!isRecord(definitions)) {
      mend('vocabulary', `${part} must be an object of definitions by key, got ${kindOf(definitions)}`, 'ignored', () => delete vocabulary[part]);
      continue;
    }
    for (const key of Object.keys(definitions)) {
      const where = `vocabulary ${name} "${truncate(key, 40)}"`;
      const definition = definitions[key];
      if (!isRecord(definition)) {
        mend(where, `expected an object, got ${kindOf(definition)}`, 'ignored', () => delete definitions[key]);
        continue;
      }
      readTextFields(definition, text, where, mend, coerce);
      readFlagFields(definition, flags, where, mend);
    }
  }
}
