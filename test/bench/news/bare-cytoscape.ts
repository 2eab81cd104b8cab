/**
 * The news page's bare Cytoscape embed, as a developer would add one: the page loads Cytoscape and
 * this script at once, fetches the article graph and draws it in its box with a stylesheet comparable
 * to the component's picture (comparable-style.ts).
 */
import cytoscape from 'cytoscape';
import { comparableElements, comparableStylesheet } from '../comparable-style';

const container = document.getElementById('bare-graph')!;
const graph = await (await fetch(container.dataset.src!)).json();
const cy = cytoscape({ container, elements: comparableElements(graph), style: comparableStylesheet(graph), layout: { name: 'preset', padding: 24 } as cytoscape.LayoutOptions });
(window as Window & { benchCy?: unknown }).benchCy = cy;
