/** The HTML a newsroom pastes into its page to publish a graph made in the editor. */

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Two lines: the viewer's one-file bundle, and the element pointed at the exported JSON file, which is
 * put next to the page (or anywhere the page may fetch from).
 */
export function embedSnippet(dataFile: string, bundleUrl: string): string {
  return `<script type="module" src="${attribute(bundleUrl)}"></script>\n<article-graph src="${attribute(dataFile)}"></article-graph>`;
}
