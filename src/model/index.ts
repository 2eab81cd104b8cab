/** The data model: pure TypeScript over graphology, usable in Node without a browser. */
export * from './types';
export * from './validate';
export * from './load';
export { IMPORT_FORMATS, formatOf, type ImportFormatDescriptor, type FormatReading, type Reader } from './formats/index';
export * from './vocabulary';
export * from './queries';
export * from './title';
