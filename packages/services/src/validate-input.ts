/**
 * Input checks shared by every use case: a zod schema from contracts, and on failure one
 * `validation-failed` error listing each problem with the path of the field it concerns.
 */
import { errorCodes } from "@circular-atlas/contracts";
import type { z } from "zod";
import { ServiceError } from "./service-error.ts";

export interface InputIssue {
  /** Dotted path of the field (`texts.en.title`, `sources.0.url`). */
  readonly path: string;
  readonly message: string;
}

export function issueText(issues: readonly InputIssue[]): string {
  return issues
    .map((issue) => (issue.path === "" ? issue.message : `${issue.path}: ${issue.message}`))
    .join("; ");
}

export function toInputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message:
      issue.code === "unrecognized_keys"
        ? `unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(", ")}`
        : issue.message,
  }));
}

/** Parses `value`, or throws `validation-failed` naming every bad field. */
export function validateInput<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = toInputIssues(result.error);
  throw new ServiceError(errorCodes.validationFailed, issueText(issues), { issues });
}
