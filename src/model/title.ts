/** A graph's title, wherever the graph keeps it: the caption, the file name and the SVG's title read it. */
import type { GraphAttributes } from './types';

/** The graph's title: its source text's, else its own `title`, else its `name` (graphology's and Gephi's conventions); undefined when it has none. */
export function graphTitle(attributes: GraphAttributes | undefined): string | undefined {
  for (const candidate of [attributes?.source?.title, attributes?.title, attributes?.name]) {
    if (typeof candidate === 'string' && candidate.trim() !== '') return candidate;
  }
  return undefined;
}
