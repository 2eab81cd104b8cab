/** A sentence of the article was pointed at or focused, or left. */
export interface AgReaderPreviewDetail {
  /** The sentence pointed at or focused; null when the pointer or focus left it. */
  sentence: string | null;
  /** The relationships it supports; empty to end the preview. */
  edges: string[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ag-reader-preview': CustomEvent<AgReaderPreviewDetail>;
  }
}
