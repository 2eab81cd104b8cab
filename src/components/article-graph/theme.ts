/**
 * Reads the component's resolved theme (its CSS custom properties) into tokens for the Cytoscape
 * stylesheet, normalising any CSS colour the page may have set into one the canvas understands.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DARK_TOKENS, LIGHT_TOKENS, type ThemeTokens } from '../../view/stylesheet';

let probe: CanvasRenderingContext2D | null | undefined;

/** Any CSS colour -> '#rrggbb' or 'rgba(…)', via the canvas parser; `fallback` when it is not a colour. */
export function normaliseColour(value: string, fallback: string): string {
  probe ??= document.createElement('canvas').getContext('2d');
  if (!probe || value.trim() === '') return fallback;
  probe.fillStyle = '#010203';
  probe.fillStyle = value.trim();
  const parsed = String(probe.fillStyle);
  // An unparseable colour leaves the sentinel in place.
  return parsed === '#010203' && value.trim() !== '#010203' ? fallback : parsed;
}

function luminance(colour: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(colour) ?? undefined;
  const rgb = match
    ? [0, 2, 4].map((i) => parseInt(match[1].slice(i, i + 2), 16))
    : (colour.match(/[\d.]+/g) ?? ['255', '255', '255']).slice(0, 3).map(Number);
  const [r, g, b] = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function readThemeTokens(host: HTMLElement): ThemeTokens {
  const style = getComputedStyle(host);
  const read = (name: string) => style.getPropertyValue(name);
  const background = normaliseColour(read('--_bg'), LIGHT_TOKENS.background);
  const dark = luminance(background) < 0.2;
  const defaults = dark ? DARK_TOKENS : LIGHT_TOKENS;
  return {
    background,
    text: normaliseColour(read('--_text'), defaults.text),
    mutedText: normaliseColour(read('--_muted'), defaults.mutedText),
    halo: background,
    accent: normaliseColour(read('--_accent'), defaults.accent),
    // Cytoscape's style parser refuses quoted family names; unquoted ones mean the same.
    fontFamily: read('--_font').replace(/["']/g, '').trim() || defaults.fontFamily,
    dark,
  };
}

/**
 * The theme tokens of one host, read from its styles when asked (before each draw and restyle), and
 * a watch on the reader's colour scheme, which `theme="auto"` follows.
 */
export class ThemeController implements ReactiveController {
  tokens: ThemeTokens = LIGHT_TOKENS;
  private readonly scheme = window.matchMedia('(prefers-color-scheme: dark)');
  private readonly onSchemeChange = () => this.schemeChanged();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called when the reader's colour scheme changes. */
    private readonly schemeChanged: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.scheme.addEventListener('change', this.onSchemeChange);
  }

  hostDisconnected(): void {
    this.scheme.removeEventListener('change', this.onSchemeChange);
  }

  /** Reads the tokens as the host's styles resolve them now; the host renders again if they changed. */
  read(): ThemeTokens {
    const tokens = readThemeTokens(this.host);
    if (JSON.stringify(tokens) !== JSON.stringify(this.tokens)) {
      this.tokens = tokens;
      this.host.requestUpdate();
    }
    return this.tokens;
  }
}
