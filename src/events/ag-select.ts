import type { SelectionKind } from '../view/view-state';

/** The selection changed, also when it was cleared. */
export interface AgSelectDetail {
  /** What is selected now; `null` when the selection was cleared. */
  kind: SelectionKind | null;
  /** The graphology key of the selected node or edge; `null` when cleared. */
  key: string | null;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ag-select': CustomEvent<AgSelectDetail>;
  }
}
