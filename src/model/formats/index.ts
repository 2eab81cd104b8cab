/**
 * The import formats in one registry, the shape of the export registry (src/export/formats.ts): a
 * format's name, file extensions, media types, how to recognise its text, and its reader, loaded on
 * first use (the GEXF, GraphML and CSV readers are chunks of their own, with their libraries).
 *
 * A format is chosen by the file's extension, then the media type the server gives, then by what
 * the text looks like (`formatOf`). Every reader makes graphology's serialization of the graph, which
 * the loader then validates and builds, whatever the format.
 */
import { GraphLoadError } from '../load-error';
import type { Problem } from '../problem';

export type ImportFormat = 'json' | 'gexf' | 'graphml' | 'csv';

/** What a reader makes: the graph's serialization, and what it ignored or read as well as it could. */
export interface FormatReading {
  data: unknown;
  warnings: Problem[];
}

/** Reads a file's text; CSV takes a node table beside the edge list. Refuses with a `GraphLoadError`. */
export type Reader = (text: string, nodes?: string) => FormatReading;

export interface ImportFormatDescriptor {
  format: ImportFormat;
  /** The format's name for people. */
  label: string;
  /** File extensions, without the dot, in lower case. */
  extensions: readonly string[];
  /** Media types that name the format (parameters such as `charset` are ignored). */
  mimeTypes: readonly string[];
  /** Whether text (its start) looks like this format. */
  sniff(text: string): boolean;
  /** The reader, loaded on first use. */
  load(): Promise<Reader>;
}

/** The start of a text past a byte-order mark, white space, the XML declaration and comments. */
function opening(text: string): string {
  return text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .replace(/^(\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)+/i, '');
}

/** graphology's own serialization, which `graph.export()` writes; small, so not a chunk of its own. */
export const readJson: Reader = (text) => {
  try {
    return { data: JSON.parse(text.replace(/^\uFEFF/, '')), warnings: [] };
  } catch (error) {
    throw new GraphLoadError(`The graph is not valid JSON (${(error as Error).message})`);
  }
};

export const IMPORT_FORMATS: { readonly [F in ImportFormat]: ImportFormatDescriptor } = {
  json: {
    format: 'json',
    label: 'graphology JSON',
    extensions: ['json'],
    mimeTypes: ['application/json', 'text/json'],
    sniff: (text) => /^[{[]/.test(opening(text)),
    load: async () => readJson,
  },
  gexf: {
    format: 'gexf',
    label: 'GEXF (Gephi, Gephi Lite)',
    extensions: ['gexf'],
    mimeTypes: ['application/gexf+xml'],
    sniff: (text) => /^<(\w+:)?gexf[\s>]/.test(opening(text)),
    load: () => import('./gexf').then((module): Reader => module.readGexf),
  },
  graphml: {
    format: 'graphml',
    label: 'GraphML (yEd, Gephi)',
    extensions: ['graphml'],
    mimeTypes: ['application/graphml+xml'],
    sniff: (text) => /^<(\w+:)?graphml[\s>]/.test(opening(text)),
    load: () => import('./graphml').then((module): Reader => module.readGraphml),
  },
  csv: {
    format: 'csv',
    label: 'CSV edge list (Kumu, Flourish, Onodo, spreadsheets)',
    extensions: ['csv', 'tsv', 'txt'],
    mimeTypes: ['text/csv', 'text/tab-separated-values', 'application/csv'],
    // A header line with a separator and at least one row under it; not the start of markup or JSON.
    sniff: (text) => {
      const start = opening(text);
      return !/^[<{["]/.test(start) && /^[^\n]*[,;\t|][^\n]*\r?\n\s*\S/.test(start);
    },
    load: () => import('./csv').then((module): Reader => module.readCsv),
  },
};

/** What is known of a file: its name or URL, the media type it came with, its text. */
export interface FileFacts {
  name?: string;
  contentType?: string;
  text: string;
}

/** The extension of a file name or URL path (lower case), if it has one. */
export function extensionOf(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const path = name.replace(/[?#].*$/, '');
  return /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
}

/** Whether text is an HTML page (a server's error page, a wrong URL), which no format reads. */
export function isHtml(text: string): boolean {
  const start = text.slice(0, 4096).replace(/^\uFEFF/, '').replace(/^(\s|<!--[\s\S]*?-->)+/, '');
  return /^<(!doctype\s+html|html|head|body|title|meta|script)[\s>]/i.test(start);
}

/** The format of a file: by extension, then media type, then its text; undefined when nothing fits. */
export function formatOf(facts: FileFacts): ImportFormat | undefined {
  const formats = Object.values(IMPORT_FORMATS);
  const extension = extensionOf(facts.name);
  const byExtension = formats.find((descriptor) => extension !== undefined && descriptor.extensions.includes(extension));
  // A .txt file may be anything: its text decides.
  if (byExtension && extension !== 'txt') return byExtension.format;
  const type = facts.contentType?.split(';')[0]?.trim().toLowerCase();
  const byType = formats.find((descriptor) => type !== undefined && descriptor.mimeTypes.includes(type));
  if (byType) return byType.format;
  return formats.find((descriptor) => descriptor.sniff(facts.text))?.format;
}
