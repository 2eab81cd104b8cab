/**
 * Likely entities of a text (people, places, organisations), found by compromise, a natural-language
 * library that runs in the browser. Each suggestion is a name as the text writes it, so that it can
 * become an entity and its alias as it is; none is ever added without the person choosing it.
 * compromise is large (about 130 KiB gzipped): this module is loaded only when suggestions are asked for.
 */
import nlp from 'compromise';

export type SuggestionKind = 'person' | 'place' | 'organisation';

export interface EntitySuggestion {
  /** The name, verbatim from the text. */
  name: string;
  kind: SuggestionKind;
  /** How often the text uses it. */
  count: number;
}

/** Titles compromise keeps in front of a person's name ("President Bashar al-Assad"). */
const TITLE = /^(?:(?:the|former|late|then|acting|deputy|vice|prime|foreign|defen[cs]e|interior)\s+)*(?:president|minister|secretary|chancellor|king|queen|prince|princess|pope|general|gen\.|colonel|col\.|captain|capt\.|senator|sen\.|governor|gov\.|mayor|judge|justice|ambassador|spokesman|spokeswoman|spokesperson|chief|commander|leader|director|chairman|chairwoman|ceo|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?|sir|dame|lord|lady)\s+/i;

/** A name as compromise gives it, cut to the words that name: no surrounding punctuation, possessive or title. */
export function cleanName(text: string): string {
  let name = text.trim().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');
  name = name.replace(/['’]s?$/u, '');
  // A final full stop ends the sentence, not the name (unless it is an initialism such as "U.S.").
  if (name.endsWith('.') && !/(?:^|[\s.])\p{Lu}\.$/u.test(name)) name = name.slice(0, -1);
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(TITLE, '');
  }
  return name.replace(/^the\s+/, '').trim();
}

/** The likely entities of a text, the most mentioned first; names in `known` (any case) are left out. */
export function suggestEntities(text: string, known: Iterable<string> = []): EntitySuggestion[] {
  const doc = nlp(text);
  const skip = new Set([...known].map((name) => name.toLowerCase()));
  const found = new Map<string, EntitySuggestion>();
  const kinds: Array<[SuggestionKind, string[]]> = [
    ['person', doc.people().out('array') as string[]],
    ['organisation', doc.organizations().out('array') as string[]],
    ['place', doc.places().out('array') as string[]],
  ];
  for (const [kind, names] of kinds) {
    for (const raw of names) {
      const name = cleanName(raw);
      // Only names the text writes as they are, capitalised, can become an entity and its alias.
      if (name.length < 2 || !/^\p{Lu}|^\p{N}/u.test(name) || !text.includes(name) || skip.has(name.toLowerCase())) continue;
      const seen = found.get(name);
      if (seen) seen.count++;
      else found.set(name, { name, kind, count: 1 });
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
