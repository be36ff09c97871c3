import { describe, expect, it } from "vitest";
import { isChunkLoadError } from "./route-error.tsx";

describe("isChunkLoadError", () => {
  it("recognises failed page-chunk loads in Chromium, Firefox and Safari wording", () => {
    expect(isChunkLoadError(new TypeError("Failed to fetch dynamically imported module: /assets/x.js"))).toBe(
      true,
    );
    expect(isChunkLoadError(new TypeError("error loading dynamically imported module"))).toBe(true);
    expect(isChunkLoadError(new TypeError("Importing a module script failed."))).toBe(true);
    expect(isChunkLoadError(new Error("something else"))).toBe(false);
  });
});
