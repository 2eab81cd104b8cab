import { css } from 'lit';

/** The editor's forms: labelled fields one above the other, errors beside what they concern. */
export const formStyles = css`
  :host {
    display: block;
  }
  form {
    display: grid;
    gap: 10px;
    padding: 12px;
    background: var(--_surface);
    border: 1px solid var(--_accent);
    border-radius: 8px;
  }
  h2 {
    margin: 0;
  }
  label,
  .field {
    display: grid;
    gap: 4px;
    font-weight: 600;
    font-size: 14px;
  }
  .hint {
    font-weight: 400;
    font-size: 13px;
    color: var(--_muted);
    margin: 0;
  }
  input,
  select,
  textarea {
    font: inherit;
    font-weight: 400;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 6px 8px;
    min-height: 34px;
    width: 100%;
  }
  textarea {
    resize: vertical;
    min-height: 3.2em;
  }
  input[type='checkbox'] {
    width: auto;
    min-height: 0;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 6px;
    font-weight: 400;
  }
  .row {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 10px;
  }
  @container editor (max-width: 520px) {
    .row {
      grid-template-columns: 1fr;
    }
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  button.primary:hover {
    filter: brightness(1.08);
    background: var(--_accent);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 2px 4px 2px 10px;
    background: var(--_bg);
    font-weight: 400;
  }
  .chip button {
    min-height: 24px;
    padding: 0 8px;
    border-radius: 999px;
  }
  button.suggestion {
    border-radius: 999px;
    font-size: 13px;
    min-height: 28px;
  }
  .error {
    color: var(--_error);
    font-weight: 600;
    font-size: 13px;
    margin: 0;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: 6px;
    margin: 0;
    padding: 8px 10px 10px;
    display: grid;
    gap: 8px;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    font-size: 14px;
    padding: 0 4px;
  }
  .quote {
    display: grid;
    gap: 6px;
    padding-bottom: 8px;
    border-bottom: 1px dashed var(--_border);
  }
  .quote:last-of-type {
    border-bottom: none;
    padding-bottom: 0;
  }
  .sentence-id {
    font-family: ui-monospace, monospace;
    font-size: 12px;
    color: var(--_muted);
  }
  details > summary {
    cursor: pointer;
    font-weight: 600;
    font-size: 14px;
  }
  details[open] > summary {
    margin-bottom: 8px;
  }
  .alias-row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 8px;
    align-items: end;
    padding-top: 8px;
    border-top: 1px solid var(--_border);
  }
`;
