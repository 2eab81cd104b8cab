/**
 * What the one-file bundle (dist/article-graph.js) does on a page: it defines `<article-graph>`,
 * fetching the element's code, only once an `<article-graph>` of the page comes near the viewport
 * (near.ts) or asks for `loading="eager"`. Until then the page has paid for this loader alone, and
 * the elements keep the box the page's CSS reserves for them (see the README, Sizing). What that
 * element needs to draw is fetched at the same time as its code rather than after it: the graph
 * loader and, for an element given no graph, the curated dataset, then Cytoscape.
 *
 * It watches the page's document: an element inside another element's shadow root is out of its
 * sight and is defined by `defineArticleGraph()` (or by importing `article-graph/define`).
 */
import { loadCytoscape } from '../../view/load-cytoscape';
import { isEager, nearNow, whenNear } from './near';
import { articleDataset, graphLoader } from './on-demand';

const TAG = 'article-graph';
/** After the element's code could not be fetched, how long before the loader watches again, in ms. */
const RETRY_AFTER = 5_000;

/** Watches `document` for the first `<article-graph>` near the viewport or eager, then calls `define` (once). */
export function autoload(document: Document, define: () => Promise<unknown>): void {
  if (customElements.get(TAG)) return;
  const watching = new Map<Element, () => void>();
  let started = false;
  const start = (element: Element) => {
    if (started) return;
    started = true;
    observer.disconnect();
    for (const stop of watching.values()) stop();
    watching.clear();
    // Prefetched: each is remembered by its module and fetched again by the element should this fail.
    // What the first picture needs comes first; Cytoscape (most of the weight) once that is here.
    const ignore = () => undefined;
    const defined = define();
    // Not fetched (a network blip): a little later the loader watches again, and the next element near tries again.
    defined.catch(() => setTimeout(() => ((started = false), watch()), RETRY_AFTER));
    const first = [defined, graphLoader(), ...(!element.hasAttribute('src') && !Object.hasOwn(element, 'graph') ? [articleDataset()] : [])];
    void Promise.allSettled(first).then(() => loadCytoscape().catch(ignore));
  };
  const consider = (element: Element) => {
    if (started || watching.has(element)) return;
    if (isEager(element.getAttribute('loading')) || isEager((element as Element & { loading?: unknown }).loading) || nearNow(element)) return start(element);
    watching.set(element, whenNear(element, () => start(element)));
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target instanceof Element && record.target.localName === TAG) consider(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.localName === TAG) consider(node);
        node.querySelectorAll(TAG).forEach(consider);
      }
    }
  });
  const watch = () => {
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['loading'] });
    document.querySelectorAll(TAG).forEach(consider);
  };
  watch();
}
