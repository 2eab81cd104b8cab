import type { RelationshipInput } from '../model/authoring';
import type { Evidence } from '../model/types';

/** The relationship form was confirmed: a new relationship, changes to one, or more quotes for one. */
export type AgRelationSubmitDetail =
  | { action: 'add'; relationship: RelationshipInput }
  | { action: 'update'; key: string; relationship: RelationshipInput }
  | { action: 'quote'; key: string; evidence: Evidence[] };

declare global {
  interface GlobalEventHandlersEventMap {
    'ag-relation-submit': CustomEvent<AgRelationSubmitDetail>;
  }
}
