/** An entity type or a relation was switched on or off in the legend. */
export interface AgLegendToggleDetail {
  kind: 'relation' | 'type';
  key: string;
  visible: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ag-legend-toggle': CustomEvent<AgLegendToggleDetail>;
  }
}
