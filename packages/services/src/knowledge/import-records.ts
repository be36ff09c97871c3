/**
 * Importing knowledge records from JSON or CSV: every record is checked (shape, codes, rights)
 * before anything is written, and then all are written in one transaction, or none. A dry run
 * reports what would happen and writes nothing.
 */
import {
  errorCodes,
  type ParsedRecordInput,
  type RecordStatusName,
  recordInputSchema,
} from "@circular-atlas/contracts";
import {
  type AtlasDatabase,
  bumpDataVersion,
  findRecords,
  recordAuthors,
  replaceRelations,
} from "@circular-atlas/database";
import { hasErrors, parseRecordsCsv } from "@circular-atlas/formats";
import type { Actor } from "../accounts/actor.ts";
import { allowedRecordActions, canCreateRecord, canSeeRecord } from "../accounts/permissions.ts";
import { ServiceError } from "../service-error.ts";
import { toInputIssues } from "../validate-input.ts";
import { checkRecordInput } from "./check-record-input.ts";
import { createRecordId, persistRecord } from "./persist-record.ts";
import { readWriteContext } from "./write-record.ts";

export type RecordFileFormat = "json" | "csv";

export interface RecordImportProblem {
  /** Where: `record 3` (JSON) or `row 4` (CSV), with the record's id when it has one. */
  readonly where: string;
  readonly path: string;
  readonly message: string;
}

export interface RecordImportReport {
  readonly fileName: string;
  readonly dryRun: boolean;
  readonly records: number;
  readonly created: string[];
  readonly updated: string[];
  readonly written: boolean;
}

interface Candidate {
  readonly where: string;
  readonly raw: unknown;
}

function readCandidates(
  text: string,
  format: RecordFileFormat,
  problems: RecordImportProblem[],
): Candidate[] {
  if (format === "csv") {
    const { rows, diagnostics } = parseRecordsCsv(text);
    for (const diagnostic of diagnostics.filter((item) => item.severity === "error")) {
      const column =
        diagnostic.column === undefined
          ? ""
          : `column ${diagnostic.column}${diagnostic.columnName === undefined ? "" : ` (${diagnostic.columnName})`}`;
      problems.push({
        where: diagnostic.row === undefined ? "file" : `row ${diagnostic.row}`,
        path: column,
        message: diagnostic.message,
      });
    }
    if (hasErrors(diagnostics)) return [];
    return rows.map((row) => ({ where: `row ${row.line}`, raw: row.record }));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    problems.push({ where: "file", path: "", message: `not valid JSON: ${(error as Error).message}` });
    return [];
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { records?: unknown } | null)?.records;
  if (!Array.isArray(list)) {
    problems.push({
      where: "file",
      path: "",
      message: 'expected an array of records, or { "records": [...] }',
    });
    return [];
  }
  return list.map((raw, index) => ({ where: `record ${index + 1}`, raw }));
}

function fail(fileName: string, problems: readonly RecordImportProblem[]): never {
  const lines = problems
    .slice(0, 50)
    .map(
      (problem) =>
        `${fileName}, ${problem.where}${problem.path === "" ? "" : `, ${problem.path}`}: ${problem.message}`,
    );
  const more = problems.length > 50 ? `\n… and ${problems.length - 50} more` : "";
  throw new ServiceError(
    errorCodes.importInvalid,
    `${problems.length} problem(s); nothing was imported\n${lines.join("\n")}${more}`,
    {
      fileName,
      problems,
    },
  );
}

export async function importRecords(options: {
  db: AtlasDatabase;
  actor: Actor;
  text: string;
  format: RecordFileFormat;
  fileName: string;
  dryRun?: boolean;
  now?: () => Date;
}): Promise<RecordImportReport> {
  const { db, actor, fileName } = options;
  const problems: RecordImportProblem[] = [];
  const inputs: { where: string; input: ParsedRecordInput }[] = [];
  for (const candidate of readCandidates(options.text, options.format, problems)) {
    const result = recordInputSchema.safeParse(candidate.raw);
    if (!result.success) {
      for (const issue of toInputIssues(result.error)) problems.push({ where: candidate.where, ...issue });
      continue;
    }
    const input = { ...result.data, id: result.data.id ?? createRecordId(result.data) };
    if (input.status !== undefined && input.status !== "draft" && actor.kind !== "system")
      problems.push({
        where: candidate.where,
        path: "status",
        message: "only a draft can be imported here; review actions publish it",
      });
    inputs.push({ where: `${candidate.where} (${input.id})`, input });
  }
  const ids = inputs.map(({ input }) => input.id as string);
  const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
  for (const id of new Set(duplicates))
    problems.push({ where: "file", path: "id", message: `"${id}" appears more than once` });
  const context = await readWriteContext(db);
  const existing = new Map((await findRecords(db, ids)).map((row) => [row.id, row]));
  const targets = inputs.flatMap(({ input }) => input.relations.map((relation) => relation.to));
  const visibleTargets = (await findRecords(db, targets))
    .filter((row) => canSeeRecord(actor, row))
    .map((row) => row.id);
  const knownRecordIds = new Set([...ids, ...visibleTargets]);
  for (const { where, input } of inputs) {
    for (const issue of checkRecordInput(input, { ...context, knownRecordIds }))
      problems.push({ where, ...issue });
    const current = existing.get(input.id as string);
    if (current === undefined) {
      if (!canCreateRecord(actor, input.countries))
        problems.push({
          where,
          path: "countries",
          message: `you may not create records for ${input.countries.join(", ") || "no country"}`,
        });
    } else if (
      !canSeeRecord(actor, current) ||
      !allowedRecordActions(actor, current, await recordAuthors(db, current.id)).includes("edit")
    ) {
      problems.push({ where, path: "id", message: `you may not change the existing record "${current.id}"` });
    } else if (!canCreateRecord(actor, input.countries)) {
      problems.push({
        where,
        path: "countries",
        message: `you may not move records to ${input.countries.join(", ")}`,
      });
    }
  }
  if (problems.length > 0) fail(fileName, problems);
  const created = ids.filter((id) => !existing.has(id));
  const updated = ids.filter((id) => existing.has(id));
  const report = { fileName, dryRun: options.dryRun === true, records: inputs.length, created, updated };
  if (options.dryRun === true) return { ...report, written: false };
  await db.transaction(async (tx) => {
    const now = options.now?.() ?? new Date();
    for (const { input } of inputs) {
      const current = existing.get(input.id as string);
      await persistRecord(tx, {
        actor,
        input,
        existing: current,
        status: (input.status ?? current?.status ?? "draft") as RecordStatusName,
        origin: "import",
        change: current === undefined ? "create" : "update",
        taxonomy: context.taxonomy,
        now,
        writeRelations: false,
      });
    }
    // Relations once every record exists: a record may point to one later in the file.
    for (const { input } of inputs)
      await replaceRelations(
        tx,
        input.id as string,
        input.relations.map((relation) => ({ kind: relation.kind, toId: relation.to })),
      );
    await bumpDataVersion(tx);
  });
  return { ...report, written: true };
}
