/**
 * The editor's registering entry, built as the one-file bundle dist/ag-editor.js: importing it defines
 * `<ag-editor>` (and, once it is on screen, the `<article-graph>` of its preview, from a chunk).
 */
export { AgEditorElement, type EditorTheme } from './components/ag-editor/ag-editor';
export { AgEntityForm } from './components/ag-editor/entity-form';
export { AgRelationForm } from './components/ag-editor/relation-form';
export type { AgChangeDetail, AgEditorEventMap } from './events/events';
import './define-editor';
