/**
 * Where a text names the entities of a graph: every occurrence of a label or an alias, as whole words,
 * the longest name first where names overlap ("Wagner Group" before "Wagner"). Used to highlight the
 * mentions in the text being read and to guess who a sentence is about.
 */
import type { NodeAttributes } from './types';

export interface Mention {
  /** Key of the entity named. */
  key: string;
  /** Offsets in the text, end excluded. */
  start: number;
  end: number;
}

export interface NamedEntity {
  key: string;
  names: readonly string[];
}

/** The names an entity goes by: its label and its aliases, without blanks or repeats. */
export function namesOf(key: string, attributes: NodeAttributes | undefined): string[] {
  const names = [typeof attributes?.label === 'string' ? attributes.label : key, ...(Array.isArray(attributes?.aliases) ? attributes.aliases : [])];
  return [...new Set(names.filter((name): name is string => typeof name === 'string' && name.trim() !== '').map((name) => name.trim()))];
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}_]/u.test(char);

/** Every mention of the entities in `text`, in reading order, none overlapping. */
export function findMentions(text: string, entities: readonly NamedEntity[]): Mention[] {
  const candidates: Mention[] = [];
  for (const { key, names } of entities) {
    for (const name of names) {
      if (name === '') continue;
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        // Whole words only: "Iran" is not in "Iranian", but is in "Iran's" and "Iran-backed".
        if ((isWordChar(name[0]) && isWordChar(text[at - 1])) || (isWordChar(name[name.length - 1]) && isWordChar(text[end]))) continue;
        candidates.push({ key, start: at, end });
      }
    }
  }
  // Longest first, then earliest: a longer name wins the words it shares with a shorter one.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Mention[] = [];
  for (const candidate of candidates) {
    if (!taken.some((other) => candidate.start < other.end && other.start < candidate.end)) taken.push(candidate);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** The entities a text names, each once, in the order it first names them. */
export function entitiesNamed(text: string, entities: readonly NamedEntity[]): string[] {
  return [...new Set(findMentions(text, entities).map((mention) => mention.key))];
}
