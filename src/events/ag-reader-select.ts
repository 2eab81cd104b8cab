/** A sentence of the article, or one relationship in its note, was chosen. */
export interface AgReaderSelectDetail {
  /** The sentence chosen, or null when a single relationship was chosen from a note. */
  sentence: string | null;
  /** The relationships to select, the claim the sentence is about first; the first is the primary selection. */
  edges: string[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ag-reader-select': CustomEvent<AgReaderSelectDetail>;
  }
}
