import { describe, expect, it } from "vitest";
import { CsvReader, readCsv } from "./csv-reader.ts";
import { toCsv } from "./csv-writer.ts";

describe("readCsv", () => {
  it("reads quoted fields with escaped quotes, delimiters and line breaks", () => {
    const { records, diagnostics } = readCsv('a,b\n"x,1","say ""hi""\nthere"\n');
    expect(diagnostics).toEqual([]);
    expect(records.map((record) => record.cells)).toEqual([
      ["a", "b"],
      ["x,1", 'say "hi"\nthere'],
    ]);
  });

  it("strips a byte-order mark and accepts CRLF and CR line ends", () => {
    const { records } = readCsv("\uFEFFYear,Value\r\n2015,1.5\r2016,2\n");
    expect(records.map((record) => [record.line, record.cells])).toEqual([
      [1, ["Year", "Value"]],
      [2, ["2015", "1.5"]],
      [3, ["2016", "2"]],
    ]);
  });

  it("numbers records by the line on which they start, across quoted line breaks", () => {
    const { records } = readCsv('h\r\n"one\r\ntwo"\r\nthree\r\n');
    expect(records.map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it("reports an unterminated quote with its line and column", () => {
    const { diagnostics } = readCsv('a,b\n1,"open\n2,3\n');
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: "csv/unterminated-quote", severity: "error", row: 2, column: 2 }),
    ]);
  });

  it("reports a stray quote inside an unquoted field", () => {
    const { diagnostics } = readCsv('a\n12"3\n');
    expect(diagnostics[0]).toMatchObject({ code: "csv/stray-quote", row: 2, column: 1 });
  });

  it("gives the same records whatever the chunk boundaries", () => {
    const text = 'Year,"Va""lue"\r\n2015,"1\r\n5"\r\n2016,2\r\n';
    const whole = readCsv(text).records;
    for (let size = 1; size <= text.length; size++) {
      const reader = new CsvReader();
      const records = [];
      for (let start = 0; start < text.length; start += size)
        records.push(...reader.push(text.slice(start, start + size)));
      records.push(...reader.end());
      expect(records, `chunk size ${size}`).toEqual(whole);
      expect(reader.diagnostics).toEqual([]);
    }
  });

  it("round-trips what toCsv writes", () => {
    const rows = [["a,b", 'q"q', " lead", "multi\nline", "", "plain"]];
    const text = toCsv(["1", "2", "3", "4", "5", "6"], rows);
    expect(
      readCsv(text)
        .records.map((record) => record.cells)
        .slice(1),
    ).toEqual(rows);
  });
});
