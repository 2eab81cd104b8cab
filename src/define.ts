/**
 * Registers the custom elements of article-graph; safe to import more than once. `<ag-reader>`,
 * `<ag-story>`, `<ag-statements>` and `<ag-help>` are defined by the first `<article-graph>` once
 * its graph is drawn (see on-demand.ts), so that their code is not part of the first picture. The
 * export menu's button is in the toolbar from the start: arriving later, it would push the others.
 */
import { ArticleGraphElement } from './components/article-graph/article-graph';
import { AgDetails } from './components/ag-details/ag-details';
import { AgLegend } from './components/ag-legend/ag-legend';
import { AgSearch } from './components/ag-search/ag-search';
import { AgExportMenu } from './components/ag-export-menu/ag-export-menu';

const elements: Array<[string, CustomElementConstructor]> = [
  ['ag-legend', AgLegend],
  ['ag-details', AgDetails],
  ['ag-search', AgSearch],
  ['ag-export-menu', AgExportMenu],
  ['article-graph', ArticleGraphElement],
];

for (const [tag, constructor] of elements) {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}

export { ArticleGraphElement };
