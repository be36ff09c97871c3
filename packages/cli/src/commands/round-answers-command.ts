/**
 * `atlas round answers <round> <area> --out answers.xlsx`: a member state's questionnaire as a
 * fill-in workbook with its answers so far; `atlas round upload <round> <area> <answers.xlsx>`:
 * the filled workbook saved as its draft (every problem listed with its cell, nothing saved on
 * any); `atlas round values <round> <area> <file>`: a file of indicator values in an import
 * format filling its series answers. All act as the system actor, whoever runs the machine.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  cliActor,
  downloadAnswerWorkbook,
  getSubmission,
  type UploadAnswerWorkbookInput,
  uploadAnswerWorkbook,
  uploadIndicatorValues,
} from "@circular-atlas/services";
import type { Command } from "commander";
import { exitCodes, UsageError } from "../exit-codes.ts";
import { withAtlas } from "../open-for-command.ts";
import { note, writeResult } from "../output.ts";
import { runCommand } from "../run-command.ts";

export function registerRoundAnswerCommands(round: Command, setExitCode: (code: number) => void): void {
  round
    .command("answers")
    .argument("<id>", "the round id")
    .argument("<area>", "the member state's ISO alpha-3 code")
    .description("write a member state's answers as a fill-in workbook of its questionnaire")
    .requiredOption("--out <file.xlsx>", "where to write the workbook")
    .option("--language <code>", "the language of labels and guidance (default: the questionnaire's)")
    .action(async (id: string, area: string, options: { out: string; language?: string }) => {
      setExitCode(
        await runCommand(async () => {
          const target = targetOf(id, area);
          return withAtlas({ loadBaseline: true }, async (atlas) => {
            const file = await downloadAnswerWorkbook({
              db: atlas.handle.db,
              actor: cliActor,
              ...target,
              language: options.language,
            });
            await writeResult(file.bytes, options.out);
            note(`${target.area}: answers of round ${target.roundId} written to ${options.out}`);
            return exitCodes.ok;
          });
        }),
      );
    });
  round
    .command("upload")
    .argument("<id>", "the round id")
    .argument("<area>", "the member state's ISO alpha-3 code")
    .argument("<file>", "the filled answer workbook (.xlsx)")
    .description("save a filled answer workbook as a member state's draft answers")
    .option("--base-revision <n>", baseRevisionHelp)
    .action(async (id: string, area: string, file: string, options: { baseRevision?: string }) => {
      setExitCode(
        await saveFromFile(id, area, file, options, (input) => uploadAnswerWorkbook(input), "answers"),
      );
    });
  round
    .command("values")
    .argument("<id>", "the round id")
    .argument("<area>", "the member state's ISO alpha-3 code")
    .argument(
      "<file>",
      "indicator values as the long template (.csv or .xlsx), SDMX-CSV, SDMX-ML, SDMX-JSON or Open SDG CSV",
    )
    .description("fill a member state's series answers from a file of indicator values")
    .option("--base-revision <n>", baseRevisionHelp)
    .action(async (id: string, area: string, file: string, options: { baseRevision?: string }) => {
      setExitCode(
        await saveFromFile(
          id,
          area,
          file,
          options,
          (input) => uploadIndicatorValues({ ...input, fileName: path.basename(file) }),
          "indicator values",
        ),
      );
    });
}

const baseRevisionHelp =
  "the revision the file was prepared from; refused if the answers changed since (default: the current one)";

/** Reads `file` and saves it through `save` as the member state's draft, from the base revision. */
function saveFromFile(
  id: string,
  area: string,
  file: string,
  options: { baseRevision?: string },
  save: (
    input: UploadAnswerWorkbookInput,
  ) => Promise<{ areaCode: string; roundId: number; state: string; revision: number }>,
  what: string,
): Promise<number> {
  return runCommand(async () => {
    const target = targetOf(id, area);
    if (options.baseRevision !== undefined && !/^\d+$/.test(options.baseRevision))
      throw new UsageError(`--base-revision is a whole number (got ${options.baseRevision})`);
    const bytes = new Uint8Array(await readFile(file));
    return withAtlas({ loadBaseline: true }, async (atlas) => {
      const db = atlas.handle.db;
      const now = new Date().toISOString();
      const baseRevision =
        options.baseRevision === undefined
          ? (await getSubmission({ db, actor: cliActor, ...target, now })).revision
          : Number(options.baseRevision);
      const saved = await save({ db, actor: cliActor, ...target, bytes, baseRevision, now });
      await writeResult(
        `${path.basename(file)}: ${what} of ${saved.areaCode} saved for round ${saved.roundId} (${saved.state}, revision ${saved.revision})`,
        undefined,
      );
      return exitCodes.ok;
    });
  });
}

function targetOf(id: string, area: string): { roundId: number; area: string } {
  if (!/^[1-9]\d*$/.test(id)) throw new UsageError(`the round id is a positive whole number (got ${id})`);
  if (!/^[A-Z]{3}$/.test(area))
    throw new UsageError(`the member state is its ISO alpha-3 code in capitals, e.g. KGZ (got ${area})`);
  return { roundId: Number(id), area };
}
