/**
 * The shape of a framework before the catalogue numbers it, and the helpers the framework files
 * share, so every indicator cites its document and every series link says why it fits.
 */
import type { BaselineFramework, FrameworkSeriesLink, FrameworkSource } from "@circular-atlas/contracts";

export interface FrameworkIndicatorDefinition {
  readonly code: string;
  readonly groupCode: string;
  /** The title as the framework's document writes it, in English. */
  readonly title: string;
  readonly source: FrameworkSource;
  readonly series: readonly FrameworkSeriesLink[];
}

export interface FrameworkDefinition extends Omit<BaselineFramework, "groups" | "indicators" | "sortOrder"> {
  readonly groups: readonly { readonly code: string; readonly title: string }[];
  readonly indicators: readonly FrameworkIndicatorDefinition[];
}

/** A series that measures the framework indicator itself (the publisher files it under it). */
export function direct(series: string, reason: string, dimensionKey = ""): FrameworkSeriesLink {
  return { series, relation: "direct", dimensionKey, reason };
}

/** A series that stands in for the indicator; `reason` says how it differs. */
export function proxy(series: string, reason: string, dimensionKey = ""): FrameworkSeriesLink {
  return { series, relation: "proxy", dimensionKey, reason };
}
