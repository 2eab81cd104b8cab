import { unsafeCSS } from 'lit';

/**
 * The theme: public custom properties (`--ag-*`) resolved into private ones (`--_*`), light by
 * default and dark for `theme="dark"` or `auto` on a dark system, so a page can override any of
 * them and the defaults still apply to the rest. The viewer and the editor share them.
 */
export const LIGHT_TOKENS = unsafeCSS(`
    --_bg: var(--ag-background, #ffffff);
    --_surface: var(--ag-surface, #f9fafb);
    --_surface-hover: var(--ag-surface-hover, #f1f5f9);
    --_border: var(--ag-border, #d1d5db);
    --_text: var(--ag-text, #1f2937);
    --_muted: var(--ag-muted, #4b5563);
    --_accent: var(--ag-accent, #b45309);
    --_accent-soft: var(--ag-accent-soft, #fef3c7);
    --_focus: var(--ag-focus, #2563eb);
    --_link: var(--ag-link, #1d4ed8);
    --_mark: var(--ag-mark, #fde68a);
    --_font: var(--ag-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
`);

export const DARK_TOKENS = unsafeCSS(`
    --_bg: var(--ag-background, #111827);
    --_surface: var(--ag-surface, #1f2937);
    --_surface-hover: var(--ag-surface-hover, #273449);
    --_border: var(--ag-border, #4b5563);
    --_text: var(--ag-text, #f3f4f6);
    --_muted: var(--ag-muted, #cbd5e1);
    --_accent: var(--ag-accent, #fbbf24);
    --_accent-soft: var(--ag-accent-soft, #4a3b12);
    --_focus: var(--ag-focus, #93c5fd);
    --_link: var(--ag-link, #93c5fd);
    --_mark: var(--ag-mark, #854d0e);
`);
