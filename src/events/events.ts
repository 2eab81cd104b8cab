/**
 * Every event of article-graph, one file each with its typed detail (the public ones first). All
 * bubble and are composed, so a page can listen on the element or on any ancestor, across shadow
 * roots; `emit` is the one way they are dispatched.
 */
import type { AgReadyDetail } from './ag-ready';
import type { AgSelectDetail } from './ag-select';
import type { AgErrorDetail } from './ag-error';
import type { AgWarningDetail } from './ag-warning';
import type { AgChooseDetail } from './ag-choose';
import type { AgLegendToggleDetail } from './ag-legend-toggle';
import type { AgReaderSelectDetail } from './ag-reader-select';
import type { AgReaderPreviewDetail } from './ag-reader-preview';
import type { AgStoryStepDetail } from './ag-story-step';
import type { AgStoryPlayDetail } from './ag-story-play';
import type { AgStoryExitDetail } from './ag-story-exit';
import type { AgSearchPickDetail } from './ag-search-pick';
import type { AgExportRequestDetail } from './ag-export-request';
import type { AgCloseDetail } from './ag-close';
import type { AgChangeDetail } from './ag-change';
import type { AgEntitySubmitDetail } from './ag-entity-submit';
import type { AgRelationSubmitDetail } from './ag-relation-submit';

export type { AgReadyDetail, AgSelectDetail, AgErrorDetail, AgWarningDetail, AgChooseDetail, AgLegendToggleDetail, AgReaderSelectDetail, AgReaderPreviewDetail };
export type { AgStoryStepDetail, AgStoryPlayDetail, AgStoryExitDetail, AgSearchPickDetail, AgExportRequestDetail, AgCloseDetail };
export type { AgChangeDetail, AgEntitySubmitDetail, AgRelationSubmitDetail };
export type { SelectionKind } from '../view/view-state';

/** The public events of `<article-graph>`. */
export interface ArticleGraphEventMap {
  'ag-ready': CustomEvent<AgReadyDetail>;
  'ag-select': CustomEvent<AgSelectDetail>;
  'ag-error': CustomEvent<AgErrorDetail>;
  'ag-warning': CustomEvent<AgWarningDetail>;
}

/** The events the parts of the shell send it. */
export interface PartEventMap {
  'ag-choose': CustomEvent<AgChooseDetail>;
  'ag-legend-toggle': CustomEvent<AgLegendToggleDetail>;
  'ag-reader-select': CustomEvent<AgReaderSelectDetail>;
  'ag-reader-preview': CustomEvent<AgReaderPreviewDetail>;
  'ag-story-step': CustomEvent<AgStoryStepDetail>;
  'ag-story-play': CustomEvent<AgStoryPlayDetail>;
  'ag-story-exit': CustomEvent<AgStoryExitDetail>;
  'ag-search-pick': CustomEvent<AgSearchPickDetail>;
  'ag-export-request': CustomEvent<AgExportRequestDetail>;
  'ag-close': CustomEvent<AgCloseDetail>;
}

/** The public events of `<ag-editor>`. */
export interface AgEditorEventMap {
  'ag-change': CustomEvent<AgChangeDetail>;
}

/** The events the editor's forms send it. */
export interface EditorPartEventMap {
  'ag-entity-submit': CustomEvent<AgEntitySubmitDetail>;
  'ag-relation-submit': CustomEvent<AgRelationSubmitDetail>;
}

export type AgEventMap = ArticleGraphEventMap & PartEventMap & AgEditorEventMap & EditorPartEventMap;
export type AgEventName = keyof AgEventMap;
export type AgEventDetail<K extends AgEventName> = AgEventMap[K]['detail'];

/** Dispatches `type` from `target` with `detail`, bubbling and composed; returns the event. */
export function emit<K extends AgEventName>(target: EventTarget, type: K, detail: AgEventDetail<K>): AgEventMap[K] {
  const event = new CustomEvent(type, { detail, bubbles: true, composed: true }) as AgEventMap[K];
  target.dispatchEvent(event);
  return event;
}
