import type { ExportFormat } from '../export/formats';
import type { ExportScope } from '../export/png';

/** A format was chosen in the export menu. */
export interface AgExportRequestDetail {
  format: ExportFormat;
  /** What to draw, for pictures. */
  scope: ExportScope;
  /** Pixels per CSS pixel, for pictures. */
  scale: 1 | 2 | 3 | 4;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ag-export-request': CustomEvent<AgExportRequestDetail>;
  }
}
