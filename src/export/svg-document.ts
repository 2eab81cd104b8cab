/**
 * An SVG document being written: its parts as escaped markup, with text placed the way the canvas
 * places it. The canvas draws text from its top, middle or bottom line; SVG from the alphabetic
 * baseline, which is where every viewer agrees. The distance between them is measured once per font
 * on a canvas, so the picture's text sits where the PNG's does.
 */
import { SvgPath, traceShape, type NodeShape } from '../view/shapes';
import { escapeXml } from './xml';
import type { OverlayPainter } from './overlay';

/** A number for SVG: two decimals at most, never NaN or an exponent. */
export function n(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return Math.abs(rounded) < 1e-9 ? '0' : String(rounded);
}

/** Attributes as markup, values escaped; undefined values are left out. */
export function attributes(values: Record<string, string | number | undefined>): string {
  let markup = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    markup += ` ${name}="${escapeXml(typeof value === 'number' ? n(value) : value)}"`;
  }
  return markup;
}

/** The canvas's text baselines the document converts from. */
export type CanvasBaseline = 'top' | 'middle' | 'bottom' | 'alphabetic';

export interface TextStyle {
  size: number;
  weight: number | string;
  family: string;
  /** `normal` or `italic`. */
  style?: string;
  colour: string;
  opacity?: number;
  anchor?: 'start' | 'middle' | 'end';
  /** A halo drawn behind the letters, as Cytoscape's text outline. */
  outline?: { colour: string; width: number; opacity: number };
}

export class SvgDocument implements OverlayPainter {
  private readonly parts: string[] = [];
  private readonly shifts = new Map<string, number>();

  constructor(
    /** Measures fonts: a 2D context, whose font and baseline are changed. */
    private readonly measure: CanvasRenderingContext2D,
    /** The font family of the overlay's text. */
    private readonly family: string,
  ) {}

  /** Appends markup written by the caller (already escaped). */
  raw(markup: string): void {
    this.parts.push(markup);
  }

  open(tag: string, values: Record<string, string | number | undefined> = {}): void {
    this.parts.push(`<${tag}${attributes(values)}>`);
  }

  close(tag: string): void {
    this.parts.push(`</${tag}>`);
  }

  element(tag: string, values: Record<string, string | number | undefined>, text?: string): void {
    this.parts.push(text === undefined ? `<${tag}${attributes(values)}/>` : `<${tag}${attributes(values)}>${escapeXml(text)}</${tag}>`);
  }

  toString(): string {
    return this.parts.join('');
  }

  /** How far below a canvas baseline the alphabetic baseline of `font` lies, in px. */
  private shift(font: string, baseline: CanvasBaseline): number {
    if (baseline === 'alphabetic') return 0;
    const key = `${baseline}|${font}`;
    let shift = this.shifts.get(key);
    if (shift === undefined) {
      this.measure.font = font;
      this.measure.textBaseline = baseline;
      const metrics = this.measure.measureText('Hg');
      this.measure.textBaseline = 'alphabetic';
      // alphabeticBaseline: from the chosen line to the alphabetic one, negative when below it.
      const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 16);
      shift = Number.isFinite(metrics.alphabeticBaseline) ? -metrics.alphabeticBaseline : { top: 0.8, middle: 0.3, bottom: -0.2 }[baseline] * size;
      this.shifts.set(key, shift);
    }
    return shift;
  }

  /**
   * Lines of text, the first with its canvas baseline at (x, y) and each `lineHeight` below the one
   * before; `transform` places the whole (a rotation about the label's centre, for edge labels).
   */
  textLines(lines: readonly string[], x: number, y: number, style: TextStyle, baseline: CanvasBaseline, lineHeight = 0, transform?: string): void {
    const font = `${style.style ?? 'normal'} ${style.weight} ${style.size}px ${style.family}`;
    const top = y + this.shift(font, baseline);
    const shared = {
      'font-family': style.family,
      'font-size': style.size,
      'font-weight': String(style.weight),
      'font-style': style.style && style.style !== 'normal' ? style.style : undefined,
      'text-anchor': style.anchor ?? 'start',
      transform,
    };
    const opacity = style.opacity ?? 1;
    const outline = style.outline && style.outline.width > 0 && style.outline.opacity > 0 ? style.outline : undefined;
    const paint = {
      fill: style.colour,
      'fill-opacity': opacity < 1 ? opacity : undefined,
      // The halo is a stroke painted under the fill: one text, read once by screen readers and search.
      stroke: outline?.colour,
      'stroke-width': outline?.width,
      'stroke-opacity': outline && outline.opacity * opacity < 1 ? outline.opacity * opacity : undefined,
      'stroke-linejoin': outline ? 'round' : undefined,
      'paint-order': outline ? 'stroke' : undefined,
    };
    this.parts.push(
      lines.length === 1
        ? `<text${attributes({ x, y: top, ...shared, ...paint })}>${escapeXml(lines[0]!)}</text>`
        : `<text${attributes({ ...shared, ...paint })}>${lines.map((line, i) => `<tspan${attributes({ x, y: top + i * lineHeight })}>${escapeXml(line)}</tspan>`).join('')}</text>`,
    );
  }

  // ---- The overlay's painter ----------------------------------------------------------------

  /** One line in the overlay's font. */
  text(text: string, x: number, y: number, style: { size: number; weight: number; colour: string; baseline: 'top' | 'middle' }): void {
    this.textLines([text], x, y, { size: style.size, weight: style.weight, family: this.family, colour: style.colour }, style.baseline);
  }

  shape(shape: NodeShape, cx: number, cy: number, r: number, fill: string): void {
    const path = new SvgPath();
    traceShape(path, shape, cx, cy, r);
    this.element('path', { d: path.toString(), fill });
  }

  line(x1: number, y1: number, x2: number, y2: number, stroke: { colour: string; width: number; dash: readonly number[] }): void {
    this.element('line', {
      x1,
      y1,
      x2,
      y2,
      stroke: stroke.colour,
      'stroke-width': stroke.width,
      'stroke-dasharray': stroke.dash.length > 0 ? stroke.dash.map(n).join(' ') : undefined,
    });
  }

  polygon(points: readonly number[], fill: string): void {
    this.element('polygon', { points: points.map(n).join(' '), fill });
  }
}
