/**
 * The one-file bundle's entry, dist/article-graph.js: a small loader. `<article-graph>` is defined,
 * with its parts, once one on the page comes near the viewport or asks for `loading="eager"`; the
 * element's code and what it draws with (Cytoscape, the graph loader, the dataset) then arrive as
 * chunks from dist/chunks/. `defineArticleGraph()` defines it at once, for a script that needs the
 * class before the reader gets there, or for elements inside other elements' shadow roots.
 *
 * The classes, the data model and the view helpers are exported by the package's main entry
 * (`import … from 'article-graph'`), and `article-graph/define` registers the elements for bundlers.
 */
import { autoload } from './components/article-graph/autoload';

export type { ArticleGraphElement, Theme, LayoutChoice, Panel, Selection } from './components/article-graph/article-graph';
export type { Loading } from './components/article-graph/near';
export type * from './events/events';

/** Fetches the element's code and defines `<article-graph>` and its parts now; resolves with its class. */
export function defineArticleGraph(): Promise<typeof import('./components/article-graph/article-graph').ArticleGraphElement> {
  return import('./define').then((module) => module.ArticleGraphElement);
}

autoload(document, defineArticleGraph);
