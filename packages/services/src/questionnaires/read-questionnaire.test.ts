// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name}.
/**
 * The service reads a real file written here with the repository's XLSX writer; the findings are
 * the formats reader's (tested there), so this checks the file handling and the counts.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { toXlsx } from "@circular-atlas/formats";
import { afterAll, describe, expect, it } from "vitest";
import { lintQuestionnaire, readQuestionnaire } from "./read-questionnaire.ts";

const work = mkdtempSync(path.join(tmpdir(), "atlas-questionnaire-"));

describe("readQuestionnaire", () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("reads a form file, counting its errors and warnings", async () => {
    const filePath = path.join(work, "mapping.xlsx");
    writeFileSync(
      filePath,
      toXlsx([
        {
          name: "survey",
          rows: [
            ["type", "name", "label", "relevant"],
            ["integer", "age", "Age"],
            ["text ", "job", "Job", "${agee} > 16"],
          ],
        },
      ]),
    );
    const reading = await readQuestionnaire({ filePath });
    expect(reading.fileName).toBe("mapping.xlsx");
    expect(reading.form?.survey.map((element) => element.name)).toEqual(["age", "job"]);
    expect(
      reading.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.row, diagnostic.columnLetter]),
    ).toEqual([
      ["xlsform/stray-space", 3, "A"],
      ["xlsform/undefined-reference", 3, "D"],
    ]);
    expect([reading.errorCount, reading.warningCount]).toEqual([1, 1]);
    const lint = await lintQuestionnaire({ filePath });
    expect(lint).toEqual({
      fileName: "mapping.xlsx",
      diagnostics: reading.diagnostics,
      errorCount: 1,
      warningCount: 1,
    });
  });

  it("rejects a file that does not exist with ENOENT", async () => {
    await expect(readQuestionnaire({ filePath: path.join(work, "none.xlsx") })).rejects.toMatchObject({
      code: "ENOENT",
    });
  });
});
