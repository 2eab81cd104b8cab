import type { Problem } from '../model/problem';

/** A graph was drawn, but parts of it could not be read as given: each was read as well as it could be, or ignored. */
export interface AgWarningDetail {
  message: string;
  /** What was ignored or read differently, each with its place ("edge 3 ("e3")": evidence …; read as a quote without a sentence). */
  problems: Problem[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ag-warning': CustomEvent<AgWarningDetail>;
  }
}
