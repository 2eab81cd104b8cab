/**
 * The export formats in one registry: a format's name, file extension, media type, the choices the
 * export menu offers for it and its renderer. The menu, the element's export methods, the command
 * line and the file namer all read it; a new format is one entry here. The picture renderers are
 * chunks of their own, fetched on first use (PNG with the parts after the first picture).
 */
import { ExportError } from './export-error';
import { renderJson } from './json';
import type { ExportedImage } from './png';
import type { PictureSource } from './composed';
import type { ExportSource, PictureOptions } from './picture';

export type ExportFormat = 'png' | 'svg' | 'pdf' | 'json';

/** Options every renderer takes; each reads those that apply to it. */
export type ExportOptions = PictureOptions;

export interface ExportChoice {
  label: string;
  hint: string;
  options: ExportOptions;
}

export type Renderer<B extends Blob = Blob> = (source: ExportSource, options?: ExportOptions) => Promise<B>;

/** A renderer of the graph composed from its elements (composed.ts): undefined where Cytoscape must draw. */
export type ComposedRenderer<B extends Blob = Blob> = (source: PictureSource, options?: ExportOptions) => Promise<B | undefined>;

export interface ExportFormatDescriptor<B extends Blob = Blob> {
  format: ExportFormat;
  /** File extension, without the dot. */
  extension: string;
  mimeType: string;
  /** Pictures take a scale, which the menu offers. */
  picture: boolean;
  /** What the export menu offers for this format, in order. */
  choices: readonly ExportChoice[];
  /**
   * Made outside the page from another format: the command line prints this format's file to PDF
   * with the browser. A page's script cannot print to a file, so `load()` refuses, saying so.
   */
  printedFrom?: ExportFormat;
  /** The renderer, loaded on first use. */
  load(): Promise<Renderer<B>>;
  /**
   * A renderer that draws what it can from the elements alone, tried first: it needs neither
   * Cytoscape's core nor, for a large graph, the end of its build.
   */
  loadComposed?(): Promise<ComposedRenderer<B>>;
}

/** What each format's renderer makes: PNGs say how they were scaled (`ExportedImage`). */
export interface ExportedFiles {
  png: ExportedImage;
  svg: Blob;
  pdf: Blob;
  json: Blob;
}

export const EXPORT_FORMATS: { readonly [F in ExportFormat]: ExportFormatDescriptor<ExportedFiles[F]> } = {
  png: {
    format: 'png',
    extension: 'png',
    mimeType: 'image/png',
    picture: true,
    choices: [
      { label: 'PNG of the view', hint: 'What you see now', options: { scope: 'view' } },
      { label: 'PNG of the whole graph', hint: 'With legend and caption', options: { scope: 'graph', legend: true, caption: true } },
    ],
    load: () => import('./exporter').then((module): Renderer<ExportedImage> => module.renderPng),
    loadComposed: () => import('./exporter').then((module): ComposedRenderer<ExportedImage> => module.composedPng),
  },
  svg: {
    format: 'svg',
    extension: 'svg',
    mimeType: 'image/svg+xml',
    picture: true,
    choices: [{ label: 'SVG of the whole graph', hint: 'Vector, with legend and caption', options: { scope: 'graph', legend: true, caption: true } }],
    // Written from the drawn elements and the encoding (svg.ts), with no dependency of its own.
    load: () => import('./svg').then((module): Renderer => module.renderSvgBlob),
  },
  pdf: {
    format: 'pdf',
    extension: 'pdf',
    mimeType: 'application/pdf',
    picture: true,
    // The command line only (`npm run export -- --out graph.pdf`): vector, the SVG printed by Chromium.
    choices: [],
    printedFrom: 'svg',
    load: async () => {
      throw new ExportError('A PDF is made by the command line (npm run export -- --out graph.pdf), which prints the SVG with the browser; a page cannot print to a file. Export an SVG here instead.');
    },
  },
  json: {
    format: 'json',
    extension: 'json',
    mimeType: 'application/json',
    picture: false,
    choices: [{ label: 'JSON data', hint: 'What is shown, with its evidence', options: { scope: 'graph' } }],
    // Small, and the element's synchronous exportJson() needs it anyway.
    load: async () => renderJson,
  },
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && Object.hasOwn(EXPORT_FORMATS, value);
}

/** The format a file name asks for by its extension (any case), if it is one. */
export function formatOfFileName(name: string): ExportFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  return Object.values(EXPORT_FORMATS).find((descriptor) => descriptor.extension === extension)?.format;
}
