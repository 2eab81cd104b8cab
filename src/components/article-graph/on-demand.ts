/**
 * What the shell loads only when it needs it, so that the element's own chunk holds little more than
 * the shell: the graph loader (graphology and validation, needed once a graph is given), the curated
 * dataset (only when no graph is given), PNG export and the parts listed in later-parts.ts (once the
 * graph is drawn, or at their first use). Each is a chunk of its own, fetched once per page however
 * many elements there are. The SVG writer is a chunk of the export registry (formats.ts), fetched at
 * the first SVG export.
 */
import type { SerializedArticleGraph } from '../../model/types';

let loader: Promise<typeof import('../../model/load')> | undefined;
let dataset: Promise<SerializedArticleGraph> | undefined;
let exporter: Promise<typeof import('../../export/exporter')> | undefined;
let laterParts: Promise<void> | undefined;

/** `loadGraph` and `GraphLoadError`, with graphology. */
export function graphLoader(): Promise<typeof import('../../model/load')> {
  loader ??= import('../../model/load');
  // A failed fetch (a network blip) is tried again on the next load instead of being remembered.
  loader.catch(() => (loader = undefined));
  return loader;
}

/** The curated article dataset, shown when no graph is given. */
export function articleDataset(): Promise<SerializedArticleGraph> {
  dataset ??= import('../../../graph-data/article-graph.json').then((module) => module.default as unknown as SerializedArticleGraph);
  dataset.catch(() => (dataset = undefined));
  return dataset;
}

/** PNG rendering, blobs and downloads. */
export function exportModule(): Promise<typeof import('../../export/exporter')> {
  exporter ??= import('../../export/exporter');
  exporter.catch(() => (exporter = undefined));
  return exporter;
}

/**
 * Resolves once the browser is idle after the frame just drawn (at the latest 200 ms later, for
 * a page that is never idle), or on the next task where idle callbacks do not exist: when the later
 * parts are fetched.
 */
export function afterFirstFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 200 });
    else setTimeout(resolve, 0);
  });
}

/** Defines the elements of later-parts.ts (`<ag-reader>`, `<ag-story>`, …), unless the page already has. */
export function defineLaterParts(): Promise<void> {
  laterParts ??= import('./later-parts').then(({ LATER_PARTS }) => {
    for (const [tag, constructor] of LATER_PARTS) if (!customElements.get(tag)) customElements.define(tag, constructor);
  });
  laterParts.catch(() => (laterParts = undefined));
  return laterParts;
}
