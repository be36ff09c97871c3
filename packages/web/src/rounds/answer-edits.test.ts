import { describe, expect, it } from "vitest";
import {
  addRepeatInstance,
  answerAt,
  parseAnswerPath,
  questionNameOf,
  removeRepeatInstance,
  setAnswerAt,
} from "./answer-edits.ts";

describe("answer edits", () => {
  it("parses instance paths as the form engine writes them", () => {
    expect(parseAnswerPath("site[1]/bin[2]/tonnes")).toEqual([
      { name: "site", index: 1 },
      { name: "bin", index: 2 },
      { name: "tonnes" },
    ]);
    expect(questionNameOf("policy[2]/policy_year")).toBe("policy_year");
  });

  it("sets an answer inside a repeat instance, adding the instances before it, without mutating", () => {
    const answers = { country: "KAZ" };
    const next = setAnswerAt(answers, "policy[2]/policy_year", "2021");
    expect(next).toEqual({ country: "KAZ", policy: [{}, { policy_year: "2021" }] });
    expect(answers).toEqual({ country: "KAZ" });
    expect(answerAt(next, "policy[2]/policy_year")).toBe("2021");
    expect(answerAt(next, "policy[1]/policy_year")).toBe("");
  });

  it("drops an emptied answer instead of storing ''", () => {
    expect(setAnswerAt({ country: "KAZ", institution: "M" }, "institution", "")).toEqual({ country: "KAZ" });
  });

  it("adds an instance after the ones shown and removes one, moving later ones up", () => {
    const added = addRepeatInstance({ policy: [{ policy_title: "A" }] }, "policy", 1);
    expect(added).toEqual({ policy: [{ policy_title: "A" }, {}] });
    const padded = addRepeatInstance({}, "site[1]/bin", 2);
    expect(padded).toEqual({ site: [{ bin: [{}, {}, {}] }] });
    const three = { policy: [{ policy_title: "A" }, { policy_title: "B" }, { policy_title: "C" }] };
    expect(removeRepeatInstance(three, "policy[2]")).toEqual({
      policy: [{ policy_title: "A" }, { policy_title: "C" }],
    });
    expect(removeRepeatInstance({ policy: [{}] }, "policy[1]")).toEqual({});
    expect(() => removeRepeatInstance(three, "policy")).toThrow("not a repeat instance path: policy");
  });
});
