import type { ReadinessIndex } from "@circular-atlas/contracts";
import { useEffect, useRef, useState } from "react";
import type { WhatIfAnswer, WhatIfCountry, WhatIfRequest } from "./what-if.ts";

export type WhatIfState =
  | { readonly status: "published" }
  | { readonly status: "computing"; readonly previous: readonly WhatIfCountry[] | null }
  | { readonly status: "ready"; readonly countries: readonly WhatIfCountry[] }
  | { readonly status: "error"; readonly message: string };

interface Runner {
  post(request: WhatIfRequest): void;
  close(): void;
}

/**
 * Recomputes the index whenever the pillar weights differ from the published ones: in a Web
 * Worker in the browser, on this thread where there is none (jsdom). One request is in flight at
 * a time and only the latest waiting one is sent next, so dragging a slider never queues work.
 */
export function useWhatIf(
  index: ReadinessIndex,
  pillarWeights: Readonly<Record<string, number>>,
): WhatIfState {
  const [state, setState] = useState<WhatIfState>({ status: "published" });
  const runner = useRef<Runner | null>(null);
  const inFlight = useRef<number | null>(null);
  const waiting = useRef<WhatIfRequest | null>(null);
  const latest = useRef(0);
  const sendRef = useRef<(request: WhatIfRequest) => void>(() => undefined);
  const published = index.framework.pillars.every(
    (pillar) => (pillarWeights[pillar.code] ?? pillar.weight) === pillar.weight,
  );

  useEffect(() => {
    const onAnswer = (answer: WhatIfAnswer) => {
      inFlight.current = null;
      const next = waiting.current;
      waiting.current = null;
      if (next !== null) send(next);
      if (answer.id !== latest.current) return;
      setState(
        answer.ok
          ? { status: "ready", countries: answer.countries }
          : { status: "error", message: answer.message },
      );
    };
    const send = (request: WhatIfRequest) => {
      inFlight.current = request.id;
      runner.current?.post(request);
    };
    runner.current = createRunner(onAnswer);
    sendRef.current = (request) => {
      if (inFlight.current === null) send(request);
      else waiting.current = request;
    };
    return () => {
      runner.current?.close();
      runner.current = null;
    };
  }, []);
  const weightsKey = JSON.stringify(pillarWeights);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the weights are compared by value.
  useEffect(() => {
    if (published) {
      latest.current += 1;
      setState({ status: "published" });
      return;
    }
    latest.current += 1;
    setState((current) => ({
      status: "computing",
      previous:
        current.status === "ready"
          ? current.countries
          : current.status === "computing"
            ? current.previous
            : null,
    }));
    sendRef.current({
      id: latest.current,
      inputs: index.inputs,
      pillarWeights,
      // As many replications as the published analysis, with its seed, so intervals compare.
      replications: index.uncertainty.replications,
      seed: index.uncertainty.seed,
    });
  }, [index, weightsKey, published]);
  return state;
}

function createRunner(onAnswer: (answer: WhatIfAnswer) => void): Runner {
  if (typeof Worker === "undefined") {
    // No Worker (jsdom, very old browsers): the same handler, loaded on demand, on this thread.
    let closed = false;
    return {
      post: (request) => {
        void import("./what-if.ts").then(({ handleWhatIfMessage }) => {
          if (!closed) onAnswer(handleWhatIfMessage(request));
        });
      },
      close: () => {
        closed = true;
      },
    };
  }
  const worker = new Worker(new URL("./what-if-worker.ts", import.meta.url), { type: "module" });
  worker.addEventListener("message", (event: MessageEvent<WhatIfAnswer>) => onAnswer(event.data));
  return { post: (request) => worker.postMessage(request), close: () => worker.terminate() };
}
