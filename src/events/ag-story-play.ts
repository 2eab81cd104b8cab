/** Play or pause of story mode was asked for. */
export interface AgStoryPlayDetail {
  playing: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ag-story-play': CustomEvent<AgStoryPlayDetail>;
  }
}
