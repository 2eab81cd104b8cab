import type { EntityInput } from '../model/authoring';

/** The entity form was confirmed: a new entity, changes to one, or another name for one. */
export type AgEntitySubmitDetail =
  | { action: 'add'; entity: EntityInput }
  | { action: 'update'; key: string; entity: EntityInput }
  | { action: 'alias'; key: string; alias: string };

declare global {
  interface GlobalEventHandlersEventMap {
    'ag-entity-submit': CustomEvent<AgEntitySubmitDetail>;
  }
}
