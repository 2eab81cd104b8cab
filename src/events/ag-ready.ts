/** The graph is drawn and answers the pointer and the keyboard. */
export interface AgReadyDetail {
  /** Number of nodes and edges drawn. */
  nodes: number;
  edges: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ag-ready': CustomEvent<AgReadyDetail>;
  }
}
