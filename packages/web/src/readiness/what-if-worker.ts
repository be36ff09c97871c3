/**
 * The Web Worker that recomputes the readiness index for what-if weights, off the page's thread.
 * The engine lives only in this worker's chunk, never in the home page's bundle.
 */
import { handleWhatIfMessage } from "./what-if.ts";

self.addEventListener("message", (event: MessageEvent) => {
  self.postMessage(handleWhatIfMessage(event.data));
});
