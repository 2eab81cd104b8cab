/**
 * What the XML formats (GEXF, GraphML) share: parsing with the platform's DOMParser (a browser's, or
 * in Node one a caller installs, such as @xmldom/xmldom's), errors that name the line, and the line
 * of each element, which the DOM does not keep: the start tags are counted in the text, in document
 * order, past comments, CDATA sections and processing instructions.
 */
import { GraphLoadError, refusal } from '../load-error';
import type { Problem } from '../problem';

/** The format's name in messages ("GEXF"), and so the start of each problem's place ("GEXF line 12"). */
export type XmlFormat = 'GEXF' | 'GraphML';

interface Parser {
  parseFromString(text: string, type: string): Document;
}

/** Errors stop the parse: browsers do so anyway, and xmldom would otherwise carry on past them. */
const STRICT = {
  errorHandler: {
    warning: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
    fatalError: (message: string) => {
      throw new Error(message);
    },
  },
};

/** Parses XML text; a document that is not well-formed is refused with the line the parser names. */
export function parseXml(text: string, format: XmlFormat): Document {
  const DOMParserClass = (globalThis as { DOMParser?: new (options?: typeof STRICT) => Parser }).DOMParser;
  if (!DOMParserClass) throw new GraphLoadError(`Reading ${format} needs a DOMParser: run it in a browser, or in Node set globalThis.DOMParser (from @xmldom/xmldom, for example)`);
  let document: Document;
  try {
    // A byte-order mark before the XML declaration is no error in a file, but is one in a string.
    document = new DOMParserClass(STRICT).parseFromString(text.replace(/^\uFEFF/, ''), 'application/xml');
  } catch (error) {
    throw refusal(`The ${format} file`, [notWellFormed(String((error as Error).message ?? error), format)]);
  }
  const error = document.getElementsByTagName('parsererror')[0];
  if (error || !document.documentElement) throw refusal(`The ${format} file`, [notWellFormed(error?.textContent ?? 'no root element', format)]);
  return document;
}

/** A parser's message as a problem with its line: browsers write "error on line 3 at column 5: …", xmldom "…@#[line:3,col:5]". */
function notWellFormed(message: string, format: XmlFormat): Problem {
  const line = /line[:\s]*(\d+)/i.exec(message)?.[1];
  const detail = message
    .replace(/^.*?error on line \d+ at column \d+:\s*/is, '')
    .replace(/\s*@#\[line:\w+,col:\w+\]/g, '')
    .replace(/\s*Below is a rendering of the page up to the first error\.?\s*$/s, '')
    .replace(/^(\[xmldom [^\]]*\]\s*|element parse error:\s*|Error:\s*)+/, '')
    .trim();
  return { where: line ? `${format} line ${line}` : format, message: `is not well-formed XML: ${detail || message}`.replace(/\s+/g, ' ') };
}

/** The line of each start tag named `name` (without a prefix), in document order. */
export function startTagLines(text: string, name: string): number[] {
  const lines: number[] = [];
  const pattern = new RegExp(`<!--[\\s\\S]*?-->|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<\\?[\\s\\S]*?\\?>|<${name}(?=[\\s/>])`, 'g');
  let line = 1;
  let counted = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // Newlines up to here, counted once.
    for (let i = counted; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
    counted = match.index;
    if (match[0].startsWith(`<${name}`)) lines.push(line);
  }
  return lines;
}

/** Where an element is: "GEXF line 12", or the format alone when the line is not known. */
export function placeOf(format: XmlFormat, lines: readonly number[], index: number): string {
  const line = lines[index];
  return line === undefined ? format : `${format} line ${line}`;
}

/** The children of an element that are elements. */
export function childElements(element: Element): Element[] {
  const children: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === 1) children.push(node as Element);
  return children;
}

/** An attribute's value, or undefined when it is missing or empty. */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.getAttribute(name);
  return value === null || value.trim() === '' ? undefined : value;
}

/** The structural checks both formats need: ids of nodes, ends and ids of edges, each named with its line. */
export function checkNodesAndEdges(format: XmlFormat, text: string, nodes: ArrayLike<Element>, edges: ArrayLike<Element>): Problem[] {
  const problems: Problem[] = [];
  const nodeLines = startTagLines(text, 'node');
  const edgeLines = startTagLines(text, 'edge');
  const ids = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) {
    const id = attribute(nodes[i]!, 'id');
    const where = placeOf(format, nodeLines, i);
    if (id === undefined) problems.push({ where, message: `node ${i + 1} has no id` });
    else if (ids.has(id)) problems.push({ where, message: `node "${id}" is already defined${nodeLines[ids.get(id)!] ? ` on line ${nodeLines[ids.get(id)!]}` : ''}` });
    else ids.set(id, i);
  }
  const edgeIds = new Set<string>();
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    const id = attribute(edge, 'id');
    const where = placeOf(format, edgeLines, i);
    const name = id === undefined ? `edge ${i + 1}` : `edge "${id}"`;
    if (id !== undefined) {
      if (edgeIds.has(id)) problems.push({ where, message: `${name} is already defined` });
      edgeIds.add(id);
    }
    for (const end of ['source', 'target'] as const) {
      const key = attribute(edge, end);
      if (key === undefined) problems.push({ where, message: `${name} has no ${end}` });
      else if (!ids.has(key)) problems.push({ where, message: `${name}: ${end} "${key}" is not a node` });
    }
  }
  return problems;
}

/**
 * Parses a GEXF or GraphML file and checks its structure: the root element, a graph, the ids of its
 * nodes and the ends of its edges, each problem with its line. Resolves to the document's nodes and edges.
 */
export function openGraphDocument(text: string, format: XmlFormat): { document: Document; nodes: HTMLCollectionOf<Element>; edges: HTMLCollectionOf<Element> } {
  const document = parseXml(text, format);
  const root = document.documentElement;
  const rootName = format.toLowerCase();
  const subject = `The ${format} file`;
  if (root.localName !== rootName) throw refusal(subject, [{ where: `${format} line 1`, message: `the root element is <${root.localName}>, not <${rootName}>` }]);
  if (!root.getElementsByTagName('graph')[0]) throw refusal(subject, [{ where: format, message: 'has no <graph> element' }]);
  const nodes = document.getElementsByTagName('node');
  const edges = document.getElementsByTagName('edge');
  const problems = checkNodesAndEdges(format, text, nodes, edges);
  if (problems.length > 0) throw refusal(subject, problems);
  return { document, nodes, edges };
}

/**
 * Keys for the edges a file gives no id, from their place (`e4` for the fourth edge), so that a link
 * to one holds from load to load; none is one of `taken`, which each joins.
 */
export function keyFromPlace(index: number, taken: Set<string>): string {
  let key = `e${index + 1}`;
  while (taken.has(key)) key = `${key}'`;
  taken.add(key);
  return key;
}
