// Snapshots the computed styles of the host's own elements before the component's bundle runs.
const snapshot = () =>
  Object.fromEntries(
    ['own-text', 'own-button'].map((id) => {
      const style = getComputedStyle(document.getElementById(id));
      return [id, ['display', 'font-family', 'font-size', 'color', 'margin-top', 'box-sizing'].map((name) => style.getPropertyValue(name)).join('|')];
    }),
  );
document.addEventListener('DOMContentLoaded', () => {
  window.hostStylesBefore = snapshot();
});
window.hostStylesNow = snapshot;
