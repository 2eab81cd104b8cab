/** Leaving story mode was asked for. */
export type AgStoryExitDetail = null;

declare global {
  interface GlobalEventHandlersEventMap {
    'ag-story-exit': CustomEvent<AgStoryExitDetail>;
  }
}
