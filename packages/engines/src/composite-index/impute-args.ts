/**
 * Impute's arguments in pipeline.json, with COINr's names: f_i, f_i_para, impute_by, use_group,
 * group_level, normalise_first, disable, warn_on_NAs. Combinations COINr would only fail on
 * part-way (a group function without use_group, a group function by row) are refused here.
 */
import type { CoinFrame, Compat } from "./coin-types.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import {
  argError,
  isObject,
  type JsonObject,
  optionalBoolean,
  optionalNumber,
  optionalString,
  rejectUnknownKeys,
} from "./step-args.ts";

export type ImputeFunction = "i_mean" | "i_median" | "i_mean_grp" | "i_median_grp" | "none";
const FUNCTIONS: readonly ImputeFunction[] = ["i_mean", "i_median", "i_mean_grp", "i_median_grp", "none"];
const KEYS = [
  "f_i",
  "f_i_para",
  "impute_by",
  "use_group",
  "group_level",
  "normalise_first",
  "disable",
  "warn_on_NAs",
];

export interface ImputeArgs {
  readonly fI: ImputeFunction;
  readonly imputeBy: "column" | "row";
  readonly useGroup: string | null;
  /** f_i_para.skip_f_na (default true): units whose group is empty are left as they are. */
  readonly skipGroupNA: boolean;
  readonly groupLevel: number | null;
  readonly normaliseFirst: boolean;
  readonly disable: boolean;
  readonly warnOnNAs: boolean;
  /** Column indices of the data set's codes, split into their level-`group_level` groups. */
  columnGroups(codes: readonly string[]): Int32Array[];
}

function ancestorAt(frame: CoinFrame, code: string, level: number): string {
  let current = frame.metaByCode.get(code);
  if (current?.level === null || current === undefined || current.level >= level) {
    throw new CompositeIndexError(
      "composite-index/step-failed",
      "Impute",
      `group_level ${level}: column ${code} is not below level ${level} of the hierarchy, so it has no group there`,
    );
  }
  while (current !== undefined && current.level !== level)
    current = frame.metaByCode.get(current.parent ?? "");
  return current?.iCode ?? "";
}

function groupsBy(frame: CoinFrame, level: number | null): (codes: readonly string[]) => Int32Array[] {
  let cached: { codes: readonly string[]; groups: Int32Array[] } | undefined;
  return (codes) => {
    // Every replication of an uncertainty analysis passes the same codes array: compute once.
    if (cached?.codes === codes) return cached.groups;
    let groups: Int32Array[];
    if (level === null) {
      groups = [Int32Array.from(codes, (_, j) => j)];
    } else {
      const members = new Map<string, number[]>();
      codes.forEach((code, j) => {
        const group = ancestorAt(frame, code, level);
        const list = members.get(group);
        if (list === undefined) members.set(group, [j]);
        else list.push(j);
      });
      groups = [...members.values()].map((list) => Int32Array.from(list));
    }
    cached = { codes, groups };
    return groups;
  };
}

function parseGroupPara(raw: JsonObject, where: string, grouped: boolean): boolean {
  const para = raw["f_i_para"];
  if (para === undefined || para === null) return true;
  const at = `${where}.f_i_para`;
  if (!isObject(para)) throw argError(at, "expected an object of extra arguments of f_i");
  if (!grouped) throw argError(at, "only i_mean_grp and i_median_grp take extra arguments (skip_f_na)");
  rejectUnknownKeys(para, at, ["skip_f_na"]);
  return optionalBoolean(para, "skip_f_na", at) ?? true;
}

export function parseImputeArgs(
  raw: JsonObject,
  where: string,
  frame: CoinFrame,
  _compat: Compat,
): ImputeArgs {
  rejectUnknownKeys(raw, where, KEYS);
  if (raw["impute_by"] === "df") {
    throw argError(
      `${where}.impute_by`,
      '"df" hands the data frame to a user function (EM, kNN), which pipeline.json cannot carry',
    );
  }
  const fI = optionalString(raw, "f_i", where, FUNCTIONS) ?? "i_mean";
  const imputeBy = optionalString(raw, "impute_by", where, ["column", "row"] as const) ?? "column";
  const grouped = fI === "i_mean_grp" || fI === "i_median_grp";
  const useGroup = optionalString(raw, "use_group", where) ?? null;
  if (useGroup !== null && !frame.groups.has(useGroup)) {
    const known = [...frame.groups.keys()];
    throw argError(
      `${where}.use_group`,
      `${useGroup} is not an iData column of Type Group (${known.length > 0 ? known.join(", ") : "there are none"})`,
    );
  }
  if (grouped && imputeBy === "row")
    throw argError(`${where}.f_i`, `${fI} imputes within unit groups, so it works by column, not by row`);
  if (grouped && useGroup === null)
    throw argError(
      `${where}.use_group`,
      `${fI} needs use_group, the Group column whose groups it imputes within`,
    );
  if (!grouped && fI !== "none" && useGroup !== null) {
    throw argError(
      `${where}.use_group`,
      `${fI} takes no group; use i_mean_grp or i_median_grp to impute within ${useGroup}`,
    );
  }
  const groupLevel = optionalNumber(raw, "group_level", where, { integer: true }) ?? null;
  if (groupLevel !== null && (groupLevel < 2 || groupLevel > frame.maxLevel)) {
    throw argError(
      `${where}.group_level`,
      frame.maxLevel < 2
        ? "the index has no aggregation level to group by"
        : `must be between 2 and ${frame.maxLevel}, not ${groupLevel}`,
    );
  }
  return {
    fI,
    imputeBy,
    useGroup,
    skipGroupNA: parseGroupPara(raw, where, grouped),
    groupLevel,
    normaliseFirst: optionalBoolean(raw, "normalise_first", where) ?? imputeBy === "row",
    disable: optionalBoolean(raw, "disable", where) ?? false,
    warnOnNAs: optionalBoolean(raw, "warn_on_NAs", where) ?? true,
    columnGroups: groupsBy(frame, groupLevel),
  };
}
