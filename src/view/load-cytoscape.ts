/**
 * Cytoscape.js, fetched when a graph is first to be drawn (it is most of what the element weighs):
 * one chunk, however many elements and layouts ask for it. A failed fetch is tried again next time.
 */
import type cytoscape from 'cytoscape';

export type Cytoscape = typeof cytoscape;

let library: Promise<Cytoscape> | undefined;

export function loadCytoscape(): Promise<Cytoscape> {
  library ??= import('cytoscape').then((module) => module.default);
  library.catch(() => (library = undefined));
  return library;
}
