/**
 * Exports of one host: renders a format of the registry (formats.ts) from what is drawn, and for a
 * choice made in the export menu saves the file and keeps a short report for the menu to show.
 */
import type { ReactiveControllerHost } from 'lit';
import type { AgExportRequestDetail } from '../../events/events';
import { ExportError } from '../../export/export-error';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat, type ExportFormatDescriptor, type ExportOptions, type ExportedFiles } from '../../export/formats';
import { checkExportOptions } from '../../export/options';
import type { PictureSource } from '../../export/composed';
import type { ArticleGraph } from '../../model/types';
import type { ExportSource } from '../../export/png';
import type { LabelController } from './label-controller';
import type { ViewController } from './view-controller';
import { exportModule } from './on-demand';
import { urgently } from '../../model/slices';

export class ExportController {
  /** An export chosen in the menu is running. */
  busy = false;
  /** What became of the last export chosen in the menu. */
  status = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    /** What is drawn, and how (once Cytoscape holds the whole graph); rejects when nothing is drawn yet. */
    private readonly source: () => Promise<ExportSource>,
    /** What is drawn, with its elements as they stand, at once (Cytoscape may still be building); undefined before a graph is drawn. */
    private readonly drawn: () => PictureSource | undefined,
    /** The graph drawn, at once; undefined before one is. */
    private readonly drawnGraph: () => ArticleGraph | undefined,
  ) {}

  /** The file of `format`, with the registry's renderer. */
  async render<F extends ExportFormat>(format: F, options?: ExportOptions): Promise<ExportedFiles[F]> {
    if (!isExportFormat(format)) throw new ExportError(`The export formats are ${Object.keys(EXPORT_FORMATS).join(', ')}; "${String(format)}" is not one of them.`);
    const checked = checkExportOptions(options);
    const descriptor = EXPORT_FORMATS[format] as ExportFormatDescriptor<ExportedFiles[F]>;
    // Only the whole graph without the highlight is composed: the elements are not copied for the rest.
    const drawn = descriptor.loadComposed && (checked.scope ?? 'graph') === 'graph' && !checked.highlight && this.drawn();
    if (drawn) {
      // Nothing it needs (its code, the fonts) is sliced work of the page's: a large graph's build waits for it.
      const composed = await urgently(async () => (await descriptor.loadComposed!())(drawn, checked));
      if (composed) return composed;
    }
    const source = await this.source();
    const render = await descriptor.load();
    return await render(source, checked);
  }

  /** A choice of the export menu: the file is saved, and the report says how it went. */
  readonly onRequest = async (event: CustomEvent<AgExportRequestDetail>): Promise<void> => {
    const { format, scope, scale } = event.detail;
    const descriptor = EXPORT_FORMATS[format];
    const choice = descriptor.choices.find((candidate) => candidate.options.scope === scope) ?? descriptor.choices[0];
    this.setBusy(true);
    try {
      const { ExportedImage, download, exportFileName } = await exportModule();
      const blob = await this.render(format, { ...choice.options, scope, ...(descriptor.picture ? { scale } : {}) });
      // Named from what is drawn: a composed picture of a large graph does not wait for Cytoscape's build.
      const graph = this.drawnGraph() ?? (await this.source()).graph;
      const name = exportFileName(graph.getAttributes(), format);
      download(blob, name);
      this.status = blob instanceof ExportedImage && blob.clamped ? `Saved ${name}. ${blob.notice}` : `Saved ${name}.`;
    } catch (error) {
      this.status = `Export failed: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.setBusy(false);
    }
  };

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.host.requestUpdate();
  }
}

/**
 * What the exporters get of a host: what is drawn, and how to take the passing state off it for a
 * whole-graph picture: no hover, selection or highlight, the graph at its own size rather than the
 * screen's scale, the labels placed for that (they go by priority, the selection first), and all of
 * it put back after.
 */
export function exportSourceOf(drawn: Omit<ExportSource, 'withoutPassingState'>, view: ViewController, labels: LabelController): ExportSource {
  return {
    ...drawn,
    withoutPassingState: (draw) => {
      try {
        return view.withoutPassingState(() => labels.unscaled(draw));
      } finally {
        labels.placeNow();
      }
    },
  };
}
