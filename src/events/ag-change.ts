import type { SerializedArticleGraph } from '../model/types';
import type { Problem } from '../model/validate';

/** The graph being made in `<ag-editor>` changed: an edit, an undo or redo, a text, an import, another draft opened. */
export interface AgChangeDetail {
  /** The graph as it is now, in graphology's serialization format (a copy: changing it changes nothing). */
  graph: SerializedArticleGraph;
  /** What `validateSerializedGraph` finds wrong with it; empty when it is valid. */
  problems: Problem[];
  /** What was done, in words ("Add entity Hezbollah", "Undo: Add entity Hezbollah"). */
  label: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ag-change': CustomEvent<AgChangeDetail>;
  }
}
