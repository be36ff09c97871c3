import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from "react";

export interface PlotFigureProps {
  /**
   * Draws the chart at a width in CSS pixels; memoise it (useCallback) so the chart redraws only
   * when its data or the figure's width change.
   */
  render: (document: Document, width: number) => SVGSVGElement;
  /** The same data as text (a visually hidden table, a legend) next to the drawing. */
  children?: ReactNode;
}

/** Width used before layout is known (and under jsdom, which has no layout). */
const defaultWidth = 640;

/**
 * Thin React host for a chart function: React owns the figure, the chart function owns the SVG
 * inside it (an image with its own accessible name); `children` carry the numbers as text. The
 * chart is drawn at the figure's own width, so its text stays legible instead of being scaled
 * down with the drawing.
 */
export function PlotFigure({ render, children }: PlotFigureProps) {
  const canvas = useRef<HTMLDivElement>(null);
  const width = useElementWidth(canvas);
  useLayoutEffect(() => {
    const container = canvas.current;
    if (!container) return;
    const chart = render(container.ownerDocument, width);
    container.replaceChildren(chart);
    return () => chart.remove();
  }, [render, width]);

  return (
    <figure className="chart">
      <div ref={canvas} className="chart-canvas" data-testid="chart" />
      {children}
    </figure>
  );
}

/** The element's content width, rounded to 10 px steps so small resizes do not redraw. */
function useElementWidth(element: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(defaultWidth);
  useEffect(() => {
    const target = element.current;
    if (!target || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      const measured = Math.floor(target.clientWidth / 10) * 10;
      if (measured > 0) setWidth(measured);
    };
    measure();
    const observer = new ResizeObserver(() => measure());
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
