import { css } from 'lit';

export const agReaderStyles = css`
  :host {
    display: block;
    font-size: 15.2px;
    line-height: 1.6;
  }
  :host([hidden]) {
    display: none;
  }
  header {
    padding-bottom: 8px;
    margin-bottom: 4px;
    border-bottom: 1px solid var(--_border);
  }
  .kicker {
    color: var(--_muted);
    font-size: 12px;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    margin-top: 6px;
  }
  h3 {
    font-size: 17.6px;
    line-height: 1.3;
    margin: 4px 0;
    overflow-wrap: anywhere;
  }
  .meta,
  .hint {
    color: var(--_muted);
    font-size: 12.8px;
    line-height: 1.45;
    margin: 4px 0;
  }
  a {
    color: var(--_link);
  }
  .paragraph {
    margin: 0;
    padding: 8px 10px 8px 12px;
    border-left: 3px solid transparent;
    border-radius: 0 6px 6px 0;
    transition: opacity 200ms;
  }
  .paragraph.current {
    border-left-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent-soft) 55%, transparent);
  }
  .paragraph.later {
    opacity: 0.38;
  }
  p {
    margin: 0;
  }
  .sentence.evidence {
    cursor: pointer;
    border-radius: 3px;
    text-decoration: underline dotted color-mix(in srgb, var(--_accent) 60%, transparent);
    text-decoration-thickness: 1px;
    text-underline-offset: 4px;
  }
  .sentence.evidence:hover {
    background: var(--_surface-hover);
  }
  .sentence.active {
    text-decoration: underline solid var(--_accent);
    text-decoration-thickness: 2px;
  }
  .sentence:focus-visible {
    outline-offset: 1px;
  }
  mark {
    color: var(--_text);
    background: var(--_mark);
    border-radius: 2px;
    padding: 0 1px;
  }
  .notes {
    list-style: none;
    margin: 6px 0 2px;
    padding: 0;
    display: grid;
    gap: 4px;
  }
  .note {
    font-size: 12.8px;
    line-height: 1.4;
    padding: 4px 8px;
    border: 1px solid var(--_border);
    border-left: 3px solid var(--_accent);
    border-radius: 4px;
    background: var(--_surface);
  }
  .note .claim {
    display: block;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .note .certainty {
    font-weight: 600;
    color: var(--_text);
  }
`;
