/** Registers the custom elements of article-graph; safe to import more than once. */
import { ArticleGraphElement } from './components/article-graph/article-graph';
import { AgDetails } from './components/ag-details/ag-details';
import { AgLegend } from './components/ag-legend/ag-legend';
import { AgSearch } from './components/ag-search/ag-search';
import { AgReader } from './components/ag-reader/ag-reader';
import { AgStory } from './components/ag-story/ag-story';
import { AgExportMenu } from './components/ag-export-menu/ag-export-menu';
import { AgStatements } from './components/ag-statements/ag-statements';
import { AgHelp } from './components/ag-help/ag-help';

const elements: Array<[string, CustomElementConstructor]> = [
  ['ag-legend', AgLegend],
  ['ag-details', AgDetails],
  ['ag-search', AgSearch],
  ['ag-reader', AgReader],
  ['ag-story', AgStory],
  ['ag-export-menu', AgExportMenu],
  ['ag-statements', AgStatements],
  ['ag-help', AgHelp],
  ['article-graph', ArticleGraphElement],
];

for (const [tag, constructor] of elements) {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}

export { ArticleGraphElement };
