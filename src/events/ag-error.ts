import type { Problem } from '../model/validate';

/** A graph could not be loaded; the last good graph stays. */
export interface AgErrorDetail {
  message: string;
  /** Every problem found, each with its place; empty for errors that are not about the data. */
  problems: Problem[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ag-error': CustomEvent<AgErrorDetail>;
  }
}
