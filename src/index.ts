/**
 * article-graph without side effects: the element classes, the data model and the view helpers.
 * Import `article-graph/define` (or the bundle) to register the elements.
 */
export { ArticleGraphElement } from './components/article-graph/article-graph';
export type { Theme, LayoutChoice, Panel, Selection } from './components/article-graph/article-graph';
export { AgLegend } from './components/ag-legend/ag-legend';
export { AgDetails } from './components/ag-details/ag-details';
export { AgSearch } from './components/ag-search/ag-search';
export { AgReader } from './components/ag-reader/ag-reader';
export { AgStory } from './components/ag-story/ag-story';
export { AgExportMenu } from './components/ag-export-menu/ag-export-menu';
export { AgStatements } from './components/ag-statements/ag-statements';
export { AgHelp, SHORTCUTS, type Shortcut } from './components/ag-help/ag-help';
export { AgEditorElement, type EditorTheme } from './components/ag-editor/ag-editor';
export { AgEntityForm } from './components/ag-editor/entity-form';
export { AgRelationForm } from './components/ag-editor/relation-form';
export { ExportedImage, ExportError, type PngExportOptions, type ExportScope } from './export/png';
export type { SvgExportOptions } from './export/svg';
export { exportFileName } from './export/file-name';
export { EXPORT_FORMATS, type ExportFormat, type ExportFormatDescriptor } from './export/formats';
export { MAX_SIDE, MAX_PIXELS } from './export/limits';
export * from './events/events';
export * from './model';
export * from './model/authoring';
export * from './model/segment';
export * from './model/mentions';
export * from './model/hedges';
export * from './model/quotes';
export * from './model/history';
export * from './model/problems';
export { toElements, nodeElementId, edgeElementId } from './view/elements';
export { encodingOf } from './view/encoding';
export { buildStylesheet } from './view/stylesheet';
export { LAYOUTS } from './view/layouts';
