import { EngineError } from "../engine-error.ts";

export type InputOutputErrorKind = "input-output/invalid-input" | "input-output/singular-matrix";

/**
 * A table the input-output engine cannot use. `where` names the matrix and, when there is one,
 * the row and column the way a user finds them: `Z row (reg1, food), column (reg2, mining)`,
 * `I − A column (reg1, food)`.
 */
export class InputOutputError extends EngineError {
  readonly where: string;

  constructor(
    code: InputOutputErrorKind,
    where: string,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(code, `${where}: ${message}`, { ...details, where });
    this.name = "InputOutputError";
    this.where = where;
  }
}
