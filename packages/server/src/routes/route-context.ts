import type { AtlasConfig, OpenedAtlas } from "@circular-atlas/services";

/** What every route module receives: the opened database and the configuration. */
export interface RouteContext {
  readonly atlas: OpenedAtlas;
  readonly config: Pick<AtlasConfig, "baselineDir" | "webDir" | "cookieSecure">;
  readonly version: string;
}
