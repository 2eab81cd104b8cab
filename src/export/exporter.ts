/**
 * What the PNG and JSON exports and the download need, in one module: the shell loads it after the
 * first picture, so it stays out of the entry bundle. The SVG renderer (cytoscape-svg) is a module
 * of its own, loaded on the first SVG export.
 */
export { ExportedImage, renderPng } from './png';
export { jsonBlob } from './json';
export { download } from './download';
export { exportFileName } from './file-name';
