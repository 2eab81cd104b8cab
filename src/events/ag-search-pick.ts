/** A suggestion of the search box was chosen. */
export interface AgSearchPickDetail {
  /** Key of the node found. */
  key: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ag-search-pick': CustomEvent<AgSearchPickDetail>;
  }
}
