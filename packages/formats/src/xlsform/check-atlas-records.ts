/**
 * `bind::atlas:record` and the `bind::atlas:field` of records: which record type a repeat becomes
 * and which field of its input each answer fills. The vocabulary (record types, field paths) is
 * the knowledge base's, given through `XlsFormLintOptions.records`; without it, only the syntax.
 */
import { type XlsFormPlace, xlsFormFinding } from "./xlsform-finding.ts";
import type { XlsFormLintOptions } from "./xlsform-lint-options.ts";
import type { XlsFormDiagnostic, XlsFormElement, XlsFormRepeat } from "./xlsform-model.ts";

/** Which fields each mapped repeat, or the form itself (`"form"`), fills, with the row filling it. */
export type FieldsFilled = Map<XlsFormRepeat | "form", Map<string, number>>;

// Record types as the knowledge base writes them (good-practice); paths as texts.title.
const recordTypePattern = /^[a-z]+(?:-[a-z]+)*$/;
const fieldPathPattern = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export function checkRecordType(
  record: string,
  series: string | undefined,
  options: XlsFormLintOptions,
  place: XlsFormPlace,
): XlsFormDiagnostic[] {
  const types = options.records?.types;
  if (types !== undefined && !types.includes(record))
    return [
      xlsFormFinding(
        "xlsform/atlas-record-type",
        `${JSON.stringify(record)} is no record type (${types.join(", ")})`,
        place,
      ),
    ];
  if (types === undefined && !recordTypePattern.test(record))
    return [
      xlsFormFinding(
        "xlsform/atlas-record-type",
        `${JSON.stringify(record)} is no record type: lower-case words joined by hyphens, e.g. good-practice`,
        place,
      ),
    ];
  if (series !== undefined)
    return [
      xlsFormFinding(
        "xlsform/atlas-record-type",
        "a repeat becomes either a series' observations or records, not both",
        place,
      ),
    ];
  return [];
}

export interface RecordFieldContext {
  readonly element: XlsFormElement;
  readonly ancestors: readonly XlsFormElement[];
  /** The nearest enclosing repeat with `bind::atlas:record` (never one with a series). */
  readonly mapped: XlsFormRepeat | undefined;
  /** The record types of every record repeat of the form, for form-level fields. */
  readonly recordTypesOfForm: readonly string[];
  readonly filled: FieldsFilled;
  readonly options: XlsFormLintOptions;
}

/**
 * A field inside a record repeat fills that record; a field outside every repeat fills every
 * record the submission creates (the country, the original language), so it must be a field of
 * each record type of the form.
 */
export function checkRecordField(
  field: string,
  context: RecordFieldContext,
  place: XlsFormPlace,
): XlsFormDiagnostic[] {
  const { element, ancestors, mapped, recordTypesOfForm, options } = context;
  const problem = (message: string) => [xlsFormFinding("xlsform/atlas-field", message, place)];
  if (mapped === undefined && ancestors.some((ancestor) => ancestor.kind === "repeat"))
    return problem(
      "bind::atlas:field inside a repeat belongs to a repeat with bind::atlas:series or bind::atlas:record; this repeat has neither",
    );
  if (mapped === undefined && recordTypesOfForm.length === 0)
    return problem(
      "a field outside repeats fills every record of the submission, but no repeat of this form has bind::atlas:record",
    );
  if (!fieldPathPattern.test(field))
    return problem(
      `${JSON.stringify(field)} is no field path: names joined by dots, e.g. texts.title or details.policyKind`,
    );
  const records = options.records;
  if (records !== undefined) {
    const types =
      mapped === undefined ? [...new Set(recordTypesOfForm)] : [mapped.bind["atlas:record"] ?? ""];
    // An unknown type is reported on its repeat; its fields cannot be judged.
    const lacking = types.filter((type) => records.types.includes(type) && !records.isField(type, field));
    if (lacking.length > 0)
      return problem(
        `${JSON.stringify(field)} is no field of ${lacking.map((type) => `a ${type}`).join(", ")} record (a path into the record input, e.g. texts.title, year, details.<a field of the type>)`,
      );
  }
  return noteFilled(context.filled, mapped ?? "form", field, element.row, place);
}

/** Records that `owner` fills `field` from `row`; a finding when it already did. */
export function noteFilled(
  filled: FieldsFilled,
  owner: XlsFormRepeat | "form",
  field: string,
  row: number,
  place: XlsFormPlace,
): XlsFormDiagnostic[] {
  const fields = filled.get(owner) ?? new Map<string, number>();
  filled.set(owner, fields);
  const earlier = fields.get(field);
  if (earlier === undefined) {
    fields.set(field, row);
    return [];
  }
  const who = owner === "form" ? "the form" : `the repeat ${JSON.stringify(owner.name)}`;
  return [xlsFormFinding("xlsform/atlas-field", `${who} already fills ${field} from row ${earlier}`, place)];
}
