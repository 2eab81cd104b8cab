/**
 * The registering entry, built as the one-file bundle dist/article-graph.js: importing it defines
 * `<article-graph>` and its parts. It exports what the first picture is made of; the rest of the API
 * (the model, export, the article and story elements) is exported by the package's main entry.
 */
export { ArticleGraphElement } from './components/article-graph/article-graph';
export type { Theme, LayoutChoice, Panel, Selection } from './components/article-graph/article-graph';
export { AgLegend } from './components/ag-legend/ag-legend';
export { AgDetails } from './components/ag-details/ag-details';
export { AgSearch } from './components/ag-search/ag-search';
export * from './events/events';
export { toElements, nodeElementId, edgeElementId } from './view/elements';
export { encodingOf } from './view/encoding';
export { buildStylesheet } from './view/stylesheet';
export { LAYOUTS } from './view/layouts';
import './define';
