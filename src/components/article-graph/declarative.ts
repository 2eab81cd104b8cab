/**
 * The declarative attributes of <article-graph> read into view state: which relations are shown,
 * what is selected at first, which panels appear. Pure functions over the loaded graph.
 */
import type { ArticleGraph } from '../../model/types';
import type { SelectionKind } from '../../events/events';

/** Keys in an attribute list: separated by commas and/or spaces, empty ones dropped. */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/** The relations to hide so that only those listed in `shown` remain; none hidden when `shown` is unset. */
export function hiddenRelationsFor(shown: string | null | undefined, relations: readonly string[]): Set<string> {
  const keep = parseList(shown);
  if (keep.length === 0) return new Set();
  return new Set(relations.filter((relation) => !keep.includes(relation)));
}

/** A node or edge key as a selection (nodes first, as keys rarely collide); null when it is neither. */
export function selectionFor(graph: ArticleGraph, key: string | null | undefined): { kind: SelectionKind; key: string } | null {
  if (!key) return null;
  if (graph.hasNode(key)) return { kind: 'node', key };
  if (graph.hasEdge(key)) return { kind: 'edge', key };
  return null;
}

/** Which of the panels appear: all when `panels` is unset, else only those listed. */
export function shownPanels<P extends string>(panels: string | null | undefined, all: readonly P[]): Set<P> {
  const listed = parseList(panels);
  if (panels == null) return new Set(all);
  return new Set(all.filter((panel) => listed.includes(panel)));
}

/** An object assigned again may have been changed since: it is read again (a property's `hasChanged`). */
export function changedOrObject(value: unknown, old: unknown): boolean {
  return value !== old || (typeof value === 'object' && value !== null);
}
