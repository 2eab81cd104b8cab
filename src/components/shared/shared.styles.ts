import { css, unsafeCSS } from 'lit';

/**
 * A card over the graph: messages, menus, the help, the list of statements, the story bar. Its
 * background is `--_card-bg` where set (the reading surfaces use the page's), else the surface.
 */
export const CARD = unsafeCSS(`
  background: var(--_card-bg, var(--_surface));
  border: 1px solid var(--_border);
  border-radius: 8px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
`);

/** Out of sight but read by screen readers. */
export const VISUALLY_HIDDEN = unsafeCSS(`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`);

/** Styles every part of the component shares: buttons, focus ring, cards, visually hidden text. */
export const sharedStyles = css`
  :host {
    font-family: var(--_font);
    color: var(--_text);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 4px 10px;
    min-height: 32px;
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface-hover);
  }
  button[aria-pressed='true'] {
    background: var(--_accent-soft);
    border-color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* A button that reads as text: a statement or a name to choose. */
  .text-button {
    font: inherit;
    font-weight: 600;
    text-align: left;
    border: none;
    background: none;
    padding: 0;
    min-height: 0;
    color: inherit;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .text-button:hover {
    background: none;
    text-decoration: underline;
  }
  .visually-hidden {
    ${VISUALLY_HIDDEN}
  }
  .card {
    ${CARD}
  }
  h2 {
    font-size: 12.8px;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
    margin: 12px 0 6px;
  }
`;
