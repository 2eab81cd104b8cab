/** An overlay over the graph (the shortcuts help, the list of statements) asks to be closed. */
export type AgCloseDetail = null;

declare global {
  interface GlobalEventHandlersEventMap {
    'ag-close': CustomEvent<AgCloseDetail>;
  }
}
