/**
 * Everything an export does beyond serializing JSON, in one module: the shell imports it on the
 * first export, so the PNG composer and the SVG renderer (cytoscape-svg) stay out of the first picture.
 */
export { ExportedImage, renderPng } from './png';
export { renderSvg, svgBlob } from './svg';
export { jsonBlob } from './json';
export { download } from './download';
export { exportFileName } from './file-name';
