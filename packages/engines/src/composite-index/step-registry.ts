/**
 * The steps a pipeline can name, by op. `defaultStepRegistry` holds every step this engine
 * ships; callers (tests, the uncertainty analysis) can pass a registry of their own.
 */

import { aggregateStep } from "./aggregate.ts";
import type { StepDefinition, StepOp } from "./coin-types.ts";
import { denominateStep } from "./denominate.ts";
import { imputeStep } from "./impute.ts";
import { normaliseStep } from "./normalise.ts";
import { screenStep } from "./screen.ts";
import { treatStep } from "./treat.ts";

// Each step's argument type differs; the registry holds them side by side, and parsePipeline
// pairs each parsed `args` with the step that parsed it, so `any` never crosses steps.
// biome-ignore lint/suspicious/noExplicitAny: heterogeneous step argument types, see above
export type StepRegistry = { readonly [op in StepOp]?: StepDefinition<any> };

export const defaultStepRegistry: StepRegistry = {
  Denominate: denominateStep,
  Impute: imputeStep,
  Screen: screenStep,
  Treat: treatStep,
  Normalise: normaliseStep,
  Aggregate: aggregateStep,
};
