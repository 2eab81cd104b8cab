/**
 * Reading the controlled vocabularies a dataset defines in its graph attributes, with sensible
 * fallbacks for graphs that define none: a relation or type the vocabulary does not know is still
 * named (from its key) and drawn with default styling.
 */
import type {
  ArticleGraph,
  AttributionDefinition,
  EdgeAttributes,
  EntityTypeDefinition,
  FamilyDefinition,
  RelationDefinition,
  Vocabulary,
} from './types';

/** The relation key used for edges that carry none. */
export const UNSPECIFIED_RELATION = 'related';
/** The entity type used for nodes that carry none. */
export const UNSPECIFIED_TYPE = 'entity';

export function vocabularyOf(graph: ArticleGraph): Vocabulary {
  const vocabulary = graph.getAttribute('vocabulary') ?? {};
  return {
    relations: vocabulary.relations ?? {},
    entityTypes: vocabulary.entityTypes ?? {},
    attributions: vocabulary.attributions ?? {},
    families: vocabulary.families ?? {},
  };
}

/** 'delivers-via' -> 'delivers via'. */
export function humanise(key: string): string {
  return key.replace(/[-_]+/g, ' ').trim();
}

export function relationKey(attributes: EdgeAttributes): string {
  const relation = attributes.relation;
  return typeof relation === 'string' && relation !== '' ? relation : UNSPECIFIED_RELATION;
}

export function entityTypeKey(attributes: { type?: unknown }): string {
  const type = attributes.type;
  return typeof type === 'string' && type !== '' ? type : UNSPECIFIED_TYPE;
}

// A definition may leave out any field (a loaded graph's fields are of the right kind, see fields.ts): what it leaves out comes from its key.

export function relationDefinition(vocabulary: Vocabulary, key: string): RelationDefinition {
  return { label: humanise(key), definition: '', directed: true, ...own(vocabulary.relations, key) };
}

export function entityTypeDefinition(vocabulary: Vocabulary, key: string): EntityTypeDefinition {
  return { label: humanise(key), definition: '', ...own(vocabulary.entityTypes, key) };
}

export function familyDefinition(vocabulary: Vocabulary, key: string): FamilyDefinition {
  return { label: humanise(key), ...own(vocabulary.families, key) };
}

export function attributionDefinition(vocabulary: Vocabulary, key: string): AttributionDefinition {
  return { label: key, ...own(vocabulary.attributions, key) };
}

/** A record lookup that ignores inherited keys such as `constructor` or `__proto__`. */
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
