/**
 * The public events of `<article-graph>`. Each bubbles and is composed, so a page can listen on the
 * element or on any ancestor, across shadow roots.
 */
import type { Problem } from '../model/validate';

export type SelectionKind = 'node' | 'edge';

export interface AgReadyDetail {
  /** Number of nodes and edges drawn. */
  nodes: number;
  edges: number;
}

export interface AgSelectDetail {
  /** What is selected now; `null` when the selection was cleared. */
  kind: SelectionKind | null;
  /** The graphology key of the selected node or edge; `null` when cleared. */
  key: string | null;
}

export interface AgErrorDetail {
  message: string;
  /** Every problem found, each with its place; empty for errors that are not about the data. */
  problems: Problem[];
}

export interface ArticleGraphEventMap {
  'ag-ready': CustomEvent<AgReadyDetail>;
  'ag-select': CustomEvent<AgSelectDetail>;
  'ag-error': CustomEvent<AgErrorDetail>;
}

export function agEvent<K extends keyof ArticleGraphEventMap>(
  type: K,
  detail: ArticleGraphEventMap[K]['detail'],
): ArticleGraphEventMap[K] {
  return new CustomEvent(type, { detail, bubbles: true, composed: true }) as ArticleGraphEventMap[K];
}

declare global {
  interface GlobalEventHandlersEventMap extends ArticleGraphEventMap {}
}
