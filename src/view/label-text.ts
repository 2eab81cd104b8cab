/**
 * A label's lines and size as Cytoscape works them out for `text-wrap: wrap` (its getLabelText and
 * calculateLabelDimensions), so that the first picture (picture.ts) breaks and sizes every label as
 * Cytoscape will: words are added to a line while it stays within the maximum width, a line keeps
 * the space after its last word, widths are rounded up to whole pixels and each line is one font
 * size high. Pure: the caller measures text (a canvas context's `measureText` in the label's font).
 */

/** The width of `text` in the label's font, in px. */
export type Measure = (text: string) => number;

const SEPARATOR = /[\s\u200b]+|$/g;

/** The lines `text` is drawn in at most `maxWidth` wide (a longer word keeps a line of its own). */
export function wrapLabel(text: string, maxWidth: number, measure: Measure): string[] {
  const wrapped: string[] = [];
  for (const line of text.split('\n')) {
    if (Math.ceil(measure(line)) <= maxWidth) {
      wrapped.push(line);
      continue;
    }
    let subline = '';
    let previous = 0;
    for (const match of line.matchAll(SEPARATOR)) {
      const separator = match[0];
      const word = line.substring(previous, match.index);
      previous = match.index + separator.length;
      const test = subline.length === 0 ? word : subline + word + separator;
      if (Math.ceil(measure(test)) <= maxWidth) subline += word + separator;
      else {
        if (subline) wrapped.push(subline);
        subline = word + separator;
      }
    }
    if (!/^[\s\u200b]+$/.test(subline)) wrapped.push(subline);
  }
  return wrapped;
}

/** The size of the text of `lines` (without outline or plate): the widest line, rounded up, by one font size per line. */
export function textSize(lines: readonly string[], fontSize: number, measure: Measure): { width: number; height: number } {
  let width = 0;
  for (const line of lines) width = Math.max(width, Math.ceil(measure(line)));
  return { width, height: lines.length * fontSize };
}

/** The CSS font shorthand Cytoscape sets on the canvas for a label. */
export function canvasFont(weight: number | string, size: number, family: string): string {
  return `normal ${weight} ${size}px ${family}`;
}
