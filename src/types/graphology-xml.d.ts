/** The DOM-based parsers of graphology-gexf and graphology-graphml, made for any DOMParser (their browser entries pass the page's). */
declare module 'graphology-gexf/common/parser.js' {
  import type Graph from 'graphology';
  type Parse = (constructor: typeof Graph, source: Document, options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean }) => Graph;
  export default function createParserFunction(domParser: unknown, documentClass: unknown): Parse;
}

declare module 'graphology-graphml/common/parser.js' {
  import type Graph from 'graphology';
  type Parse = (constructor: typeof Graph, source: Document, options?: { addMissingNodes?: boolean }) => Graph;
  export default function createParserFunction(domParser: unknown, documentClass: unknown): Parse;
}
