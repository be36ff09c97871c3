/**
 * Observable Plot appends a `<style>` element to every chart it draws. The server's CSP
 * (`default-src 'self'`, no `'unsafe-inline'`) blocks inline style elements, so the browser
 * would drop those rules and report a violation per chart. Every chart here is therefore drawn
 * with our own class name and its `<style>` removed; the same rules live in
 * `src/styles/charts.css` under that class, which is served from our origin. Plot's per-mark
 * styling is written through the CSSOM (`element.style`), which CSP allows.
 */
export const plotClassName = "atlas-plot";

/**
 * Finishes a chart Plot drew: removes its inline `<style>` elements and names the drawing as one
 * image, so screen readers announce the label instead of every tick.
 */
export function finishChart(chart: Element, label: string): SVGSVGElement {
  for (const style of Array.from(chart.querySelectorAll("style"))) style.remove();
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", label);
  return chart as SVGSVGElement;
}
