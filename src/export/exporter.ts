/**
 * What the PNG export and the download need, in one module: the shell loads it after the
 * first picture, so it stays out of the entry bundle. The SVG writer is a module of its own,
 * loaded on the first SVG export (see formats.ts).
 */
export { composedPng, ExportedImage, renderPng } from './png';
export { download } from './download';
export { exportFileName } from './file-name';
