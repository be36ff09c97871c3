import { type ReactNode, useLayoutEffect, useRef } from "react";

export interface PlotFigureProps {
  /** Draws the chart; memoise it (useCallback) so the chart redraws only when its data change. */
  render: (document: Document) => SVGSVGElement;
  /** The same data as text (a visually hidden table, a legend) next to the drawing. */
  children?: ReactNode;
}

/**
 * Thin React host for a chart function: React owns the figure, the chart function owns the SVG
 * inside it (an image with its own accessible name); `children` carry the numbers as text.
 */
export function PlotFigure({ render, children }: PlotFigureProps) {
  const canvas = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const container = canvas.current;
    if (!container) return;
    const chart = render(container.ownerDocument);
    container.replaceChildren(chart);
    return () => chart.remove();
  }, [render]);

  return (
    <figure className="chart">
      <div ref={canvas} className="chart-canvas" data-testid="chart" />
      {children}
    </figure>
  );
}
