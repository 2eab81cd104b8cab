import type { Selection } from '../view/view-state';

/** An entity or a relationship was chosen in a part beside the graph (details, list of statements). */
export type AgChooseDetail = Selection;

declare global {
  interface GlobalEventHandlersEventMap {
    'ag-choose': CustomEvent<AgChooseDetail>;
  }
}
