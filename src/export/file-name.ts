/**
 * File names for exports, from the dataset's title and date: `us-intelligence-reveals-assads-agreement-2023-11-02.png`.
 */
import { graphTitle } from '../model/title';
import type { GraphAttributes } from '../model/types';
import { EXPORT_FORMATS, type ExportFormat } from './formats';

export type { ExportFormat };

/** Longest slug taken from the title, in characters, before the date and extension. */
export const MAX_SLUG = 40;

/** Lower-case ASCII words joined by hyphens: accents dropped, apostrophes swallowed, cut at a word boundary. */
export function slugify(text: string, maxLength = MAX_SLUG): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) {
      // A single overlong first word is cut rather than dropped.
      if (!slug) slug = word.slice(0, maxLength);
      break;
    }
    slug = next;
  }
  return slug;
}

/** `YYYY-MM-DD` from an ISO-like date, or undefined when there is none. */
export function isoDay(published: string | undefined): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(published?.trim() ?? '');
  return match?.[1];
}

export function exportFileName(attributes: GraphAttributes | undefined, format: ExportFormat): string {
  const slug = slugify(graphTitle(attributes) ?? '') || 'graph';
  const day = isoDay(attributes?.source?.published);
  return `${day ? `${slug}-${day}` : slug}.${EXPORT_FORMATS[format].extension}`;
}
