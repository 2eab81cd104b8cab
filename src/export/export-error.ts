/** An export that cannot be made, with a sentence that says why. */
export class ExportError extends Error {
  override name = 'ExportError';
}
