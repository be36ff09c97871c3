import { EngineError } from "../engine-error.ts";

export type CompositeIndexErrorKind =
  | "composite-index/invalid-data"
  | "composite-index/invalid-meta"
  | "composite-index/invalid-pipeline"
  | "composite-index/invalid-uncertainty"
  | "composite-index/step-failed"
  | "composite-index/cancelled";

/**
 * An input the engine cannot use, or a step that cannot compute. `where` locates it the way a
 * user finds it: `iData row 7, column GDP`, `iMeta row 3 (Parent)`, `steps[2].global_specs.f_n`.
 */
export class CompositeIndexError extends EngineError {
  readonly where: string;

  constructor(
    code: CompositeIndexErrorKind,
    where: string,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(code, `${where}: ${message}`, { ...details, where });
    this.name = "CompositeIndexError";
    this.where = where;
  }
}
