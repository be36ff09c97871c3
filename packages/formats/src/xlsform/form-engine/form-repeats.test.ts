/**
 * Repeats: `repeat_count`, `position(..)`, references inside and from outside an instance
 * (ODK XForms, "Relative references" and `position`), and nested repeats. Expected values are
 * hand-computed from the answers in each case.
 */
import { describe, expect, it } from "vitest";
import { cleanAnswers } from "./clean-answers.ts";
import { evaluateForm } from "./evaluate-form.ts";
import { question, repeat, testForm } from "./form-engine-test-form.ts";
import { formProblemCodes } from "./form-state.ts";

describe("repeat_count", () => {
  const form = testForm([
    question("integer", "n"),
    repeat("member", [question("text", "member_name", { required: "true()" })], { repeatCount: "${n}" }),
  ]);
  it.each([
    // n instances whatever the draft holds; '' asks for none.
    { n: "3", given: 1, expected: 3, cleared: [] as string[] },
    { n: "2", given: 4, expected: 2, cleared: ["member[3]", "member[4]"] },
    { n: "", given: 1, expected: 0, cleared: ["member[1]"] },
    { n: "-2", given: 0, expected: 0, cleared: [] },
    { n: "2.7", given: 0, expected: 2, cleared: [] },
  ])("gives $expected instances for n = $n with $given in the draft", ({ n, given, expected, cleared }) => {
    const answers = { n, member: Array.from({ length: given }, (_, i) => ({ member_name: `m${i + 1}` })) };
    const state = evaluateForm(form, answers);
    expect(state.elements["member"]).toMatchObject({ instanceCount: expected, expectedCount: expected });
    const instances = Object.keys(state.elements).filter((path) => /^member\[\d+\]$/.test(path));
    expect(instances).toEqual(Array.from({ length: expected }, (_, i) => `member[${i + 1}]`));
    expect(state.cleared.map((problem) => [problem.path, problem.code])).toEqual(
      cleared.map((path) => [path, formProblemCodes.extraRepeatInstance]),
    );
    // Padded instances are empty, so their required name is missing.
    const missing = state.problems.filter((problem) => problem.code === formProblemCodes.required);
    expect(missing.map((problem) => problem.path)).toEqual(
      Array.from({ length: Math.max(0, expected - given) }, (_, i) => `member[${given + i + 1}]/member_name`),
    );
  });

  it("pads and truncates when cleaning", () => {
    expect(
      cleanAnswers(form, {
        n: "2",
        member: [{ member_name: "a" }, { member_name: "b" }, { member_name: "c" }],
      }),
    ).toEqual({ n: "2", member: [{ member_name: "a" }, { member_name: "b" }] });
    expect(cleanAnswers(form, { n: "2" })).toEqual({ n: "2", member: [{}, {}] });
  });
});

describe("references and position", () => {
  const form = testForm([
    question("decimal", "rate"),
    repeat(
      "item",
      [
        question("decimal", "amount"),
        question("calculate", "line", { calculation: "${amount} * ${rate}" }),
        question("calculate", "place", { calculation: "position(..) * 10" }),
        question("text", "note_if_big", { relevant: "${amount} > 100" }),
      ],
      { relevant: "${rate} != ''" },
    ),
    question("calculate", "total", { calculation: "sum(${line})" }),
    question("calculate", "items", { calculation: "count(${item})" }),
    question("calculate", "big", { calculation: "count(${note_if_big})" }),
    question("calculate", "names", { calculation: "join(', ', ${amount})" }),
  ]);
  const answers = { rate: "2", item: [{ amount: "10" }, { amount: "150" }, { amount: "1.5" }] };

  it("resolves ${name} in the same instance and position(..) to its number", () => {
    const state = evaluateForm(form, answers);
    // line = amount × 2 in each instance; place = 10, 20, 30.
    expect([1, 2, 3].map((i) => state.elements[`item[${i}]/line`]?.value)).toEqual(["20", "300", "3"]);
    expect([1, 2, 3].map((i) => state.elements[`item[${i}]/place`]?.value)).toEqual(["10", "20", "30"]);
    expect([1, 2, 3].map((i) => state.elements[`item[${i}]/note_if_big`]?.relevant)).toEqual([
      false,
      true,
      false,
    ]);
  });

  it("gives the node-set of the instances from outside", () => {
    const state = evaluateForm(form, answers);
    // 20 + 300 + 3 = 323; only item 2's note is relevant, so the node-set has one member.
    expect(["total", "items", "big", "names"].map((name) => state.elements[name]?.value)).toEqual([
      "323",
      "3",
      "1",
      "10, 150, 1.5",
    ]);
  });

  it("leaves instances of a non-relevant repeat out of every node-set", () => {
    const state = evaluateForm(form, { item: answers.item });
    expect(["total", "items"].map((name) => state.elements[name]?.value)).toEqual(["0", "0"]);
    expect(state.elements["item[2]"]?.relevant).toBe(false);
    expect(state.cleared.map((problem) => problem.path)).toEqual([
      "item[1]/amount",
      "item[2]/amount",
      "item[3]/amount",
    ]);
  });
});

describe("nested repeats", () => {
  const form = testForm([
    repeat("site", [
      question("text", "site_name"),
      repeat("bin", [
        question("decimal", "tonnes"),
        question("calculate", "bin_no", { calculation: "position(..)" }),
      ]),
      question("calculate", "site_tonnes", { calculation: "sum(${tonnes})" }),
    ]),
    question("calculate", "all_tonnes", { calculation: "sum(${tonnes})" }),
    question("calculate", "all_bins", { calculation: "count(${bin})" }),
  ]);
  const answers = {
    site: [
      { site_name: "north", bin: [{ tonnes: "1" }, { tonnes: "2.5" }] },
      { site_name: "south", bin: [{ tonnes: "4" }] },
    ],
  };

  it("sums within the enclosing instance and over everything from the top", () => {
    const state = evaluateForm(form, answers);
    // north: 1 + 2.5 = 3.5; south: 4; all: 7.5 over 3 bins.
    expect([
      state.elements["site[1]/site_tonnes"]?.value,
      state.elements["site[2]/site_tonnes"]?.value,
    ]).toEqual(["3.5", "4"]);
    expect([state.elements["all_tonnes"]?.value, state.elements["all_bins"]?.value]).toEqual(["7.5", "3"]);
    expect(state.elements["site[1]/bin[2]/bin_no"]?.value).toBe("2");
    expect(state.elements["site[2]/bin[1]/tonnes"]?.value).toBe("4");
  });

  it("cleans nested instances and stores the calculations", () => {
    expect(cleanAnswers(form, answers)).toEqual({
      site: [
        {
          site_name: "north",
          bin: [
            { tonnes: "1", bin_no: "1" },
            { tonnes: "2.5", bin_no: "2" },
          ],
          site_tonnes: "3.5",
        },
        { site_name: "south", bin: [{ tonnes: "4", bin_no: "1" }], site_tonnes: "4" },
      ],
      all_tonnes: "7.5",
      all_bins: "3",
    });
  });

  it("reports answers the form has no place for, at their level", () => {
    const state = evaluateForm(form, { tonnes: "3", site: [{ site_name: "x", extra: "y" }] });
    expect(state.cleared.map((problem) => [problem.path, problem.code])).toEqual([
      ["tonnes", formProblemCodes.unknownAnswer],
      ["site[1]/extra", formProblemCodes.unknownAnswer],
    ]);
  });
});
