/** The registering entry: importing it defines `<article-graph>` and its parts. */
export * from './index';
import './define';
