import { act } from "react";
import { createRoot } from "react-dom/client";
import { describe, expect, it } from "vitest";
import { HighlightedText } from "./highlighted-text.tsx";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe("HighlightedText", () => {
  it("marks hits and shows markup in records as text, never as elements", async () => {
    const container = document.createElement("p");
    const root = createRoot(container);
    await act(async () => {
      root.render(
        <HighlightedText
          segments={[
            { text: '<img src=x onerror="alert(1)"> ', hit: false },
            { text: "recycling", hit: true },
          ]}
        />,
      );
    });
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("mark")?.textContent).toBe("recycling");
    expect(container.textContent).toBe('<img src=x onerror="alert(1)"> recycling');
    expect(container.innerHTML).toContain("&lt;img");
    act(() => root.unmount());
  });
});
