import { css } from 'lit';

/** Styles every part of the component shares: buttons, focus ring, visually hidden text. */
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
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  h2 {
    font-size: 12.8px;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
    margin: 12px 0 6px;
  }
`;
