/**
 * What every question of the form reads and calls, without passing it down each level: the
 * form and its evaluated state, whether answers may change, and the review around them
 * (comments of the last return, a reviewer's comments being written, history links).
 */
import type { ReviewCommentDto } from "@circular-atlas/contracts";
import type { FormAnswers, FormState, XlsForm } from "@circular-atlas/formats";
import { createContext, useContext } from "react";

export interface SubmissionFormContextValue {
  readonly form: XlsForm;
  readonly state: FormState;
  readonly answers: FormAnswers;
  /** The form's language key (undefined: its default language). */
  readonly languageKey: string | undefined;
  readonly editable: boolean;
  /** Required answers are marked missing only once the user asked to submit. */
  readonly showRequired: boolean;
  onAnswer(path: string, value: string): void;
  onAddInstance(repeatPath: string, shown: number): void;
  onRemoveInstance(instancePath: string): void;
  /** The comments of the last return, by question path. */
  readonly returnedComments: ReadonlyMap<string, readonly ReviewCommentDto[]>;
  /** Present when the user may return the submission: their comments being written. */
  readonly review?: {
    readonly drafts: ReadonlyMap<string, string>;
    onDraft(path: string, comment: string | undefined): void;
  };
  historyHref(path: string): string;
}

const SubmissionFormContext = createContext<SubmissionFormContextValue | null>(null);

export const SubmissionFormProvider = SubmissionFormContext.Provider;

export function useSubmissionForm(): SubmissionFormContextValue {
  const value = useContext(SubmissionFormContext);
  if (!value) throw new Error("useSubmissionForm needs a <SubmissionFormProvider>");
  return value;
}
