import { describe, expect, it } from "vitest";
import { readLines } from "./backup-files.ts";

async function* chunks(...parts: (string | Buffer)[]) {
  yield* parts;
}

describe("readLines", () => {
  it("splits across chunk boundaries, strips CR, and keeps a last line without newline", async () => {
    const euro = Buffer.from("€");
    const lines: string[] = [];
    for await (const line of readLines(
      chunks("one\r\ntw", "o\n", euro.subarray(0, 1), euro.subarray(1), "\nlast"),
    ))
      lines.push(line);
    expect(lines).toEqual(["one", "two", "€", "last"]);
  });

  it("reads nothing until asked, so a consumer may await before iterating", async () => {
    let pulled = 0;
    async function* counting() {
      pulled++;
      yield "a\nb\n";
    }
    const lines = readLines(counting());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(pulled).toBe(0);
    const all: string[] = [];
    for await (const line of lines) all.push(line);
    expect(all).toEqual(["a", "b"]);
  });
});
