/** A step of story mode was asked for. */
export interface AgStoryStepDetail {
  /** Index of the paragraph to show, from 0. */
  step: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ag-story-step': CustomEvent<AgStoryStepDetail>;
  }
}
