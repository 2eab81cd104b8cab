/**
 * Registers the custom elements of article-graph; safe to import more than once. `<ag-reader>`,
 * `<ag-story>`, `<ag-statements>`, `<ag-help>` and `<ag-export-menu>` are defined by the first
 * `<article-graph>` once its graph is drawn (see on-demand.ts), so that their code is not part of
 * the first picture.
 */
import { ArticleGraphElement } from './components/article-graph/article-graph';
import { AgDetails } from './components/ag-details/ag-details';
import { AgLegend } from './components/ag-legend/ag-legend';
import { AgSearch } from './components/ag-search/ag-search';

const elements: Array<[string, CustomElementConstructor]> = [
  ['ag-legend', AgLegend],
  ['ag-details', AgDetails],
  ['ag-search', AgSearch],
  ['article-graph', ArticleGraphElement],
];

for (const [tag, constructor] of elements) {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}

export { ArticleGraphElement };
