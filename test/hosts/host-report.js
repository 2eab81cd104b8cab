// Records what a host page sees, for the tests to read: CSP violations, errors and the component's events.
window.hostReport = { violations: [], errors: [], ready: [], select: [] };
document.addEventListener(
  'securitypolicyviolation',
  (event) => window.hostReport.violations.push(`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`),
  true,
);
window.addEventListener('error', (event) => window.hostReport.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.hostReport.errors.push(String(event.reason)));
document.addEventListener('ag-ready', (event) => window.hostReport.ready.push({ id: event.target.id, ...event.detail }));
document.addEventListener('ag-select', (event) => window.hostReport.select.push({ id: event.target.id, ...event.detail }));
// Layout shifts, as Cumulative Layout Shift counts them (without those just after input).
window.hostReport.shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.hostReport.shifts.push(entry.value);
}).observe({ type: 'layout-shift', buffered: true });
