/**
 * Expected domain failures with no result. `code` is a closed union so that faces can map each
 * to a problem type and a translated sentence.
 */
export type EngineErrorCode =
  | "units/incompatible"
  | "units/unknown"
  | "derivation/missing-input"
  | "composite-index/invalid-data"
  | "composite-index/invalid-meta"
  | "composite-index/invalid-pipeline"
  | "composite-index/invalid-uncertainty"
  | "composite-index/step-failed"
  | "composite-index/cancelled"
  | "input-output/invalid-input"
  | "input-output/singular-matrix";

export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: EngineErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = "EngineError";
    this.code = code;
    this.details = details;
  }
}
