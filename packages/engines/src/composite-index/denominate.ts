/**
 * Denominate (COINr's `Denominate`): x'ᵢⱼ = xᵢⱼ / (Dᵢ / s), for each indicator j that has a
 * denominator D (a Denominator column of iData) and scale factor s (default 1); other columns
 * are copied. A missing x or D gives a missing result.
 */
import type { CoinFrame, Compat, DataSet, StepContext, StepDefinition } from "./coin-types.ts";
import { copyColumns } from "./column-slab.ts";
import { CompositeIndexError } from "./composite-index-error.ts";
import { argError, isObject, type JsonObject, rejectUnknownKeys } from "./step-args.ts";
import { frameRowsOf } from "./unit-rows.ts";

export interface DenominateSpec {
  readonly iCode: string;
  readonly denominator: string;
  readonly scaleFactor: number;
}

export interface DenominateArgs {
  readonly specs: readonly DenominateSpec[];
}

const KEYS = ["denomby", "denoms", "denoms_ID", "f_denom"];

function checkSpec(spec: DenominateSpec, where: string, frame: CoinFrame): DenominateSpec {
  const meta = frame.metaByCode.get(spec.iCode);
  if (meta?.type !== "Indicator") throw argError(where, `${spec.iCode} is not an indicator of iMeta`);
  if (!frame.denominators.has(spec.denominator)) {
    const known = [...frame.denominators.keys()];
    throw argError(
      where,
      `denominator ${spec.denominator} of ${spec.iCode} is not an iData column of Type Denominator (${known.length > 0 ? known.join(", ") : "there are none"})`,
    );
  }
  if (!Number.isFinite(spec.scaleFactor) || spec.scaleFactor === 0) {
    throw argError(where, `ScaleFactor of ${spec.iCode} must be a non-zero number`);
  }
  return spec;
}

function specsFromMetaColumn(column: string, where: string, frame: CoinFrame): DenominateSpec[] {
  const known = column === "Denominator" || frame.meta.some((meta) => column in meta.extra);
  if (!known) throw argError(where, `iMeta has no column ${column}`);
  const specs: DenominateSpec[] = [];
  frame.meta.forEach((meta, row) => {
    if (meta.type !== "Indicator") return;
    const value = column === "Denominator" ? meta.denominator : meta.extra[column];
    if (value === null || value === undefined) return;
    if (typeof value !== "string")
      throw argError(where, `iMeta row ${row + 1} (${column}) holds ${value}, not a code`);
    specs.push(
      checkSpec(
        { iCode: meta.iCode, denominator: value, scaleFactor: 1 },
        `${where} (iMeta row ${row + 1})`,
        frame,
      ),
    );
  });
  return specs;
}

function specsFromTable(rows: readonly unknown[], where: string, frame: CoinFrame): DenominateSpec[] {
  const seen = new Set<string>();
  return rows.map((row, index) => {
    const at = `${where}[${index}]`;
    if (!isObject(row)) throw argError(at, 'expected {"iCode": …, "Denominator": …, "ScaleFactor": …}');
    rejectUnknownKeys(row, at, ["iCode", "Denominator", "ScaleFactor"]);
    const { iCode, Denominator, ScaleFactor } = row;
    if (typeof iCode !== "string") throw argError(`${at}.iCode`, "expected an indicator code");
    if (typeof Denominator !== "string") throw argError(`${at}.Denominator`, "expected a denominator code");
    if (ScaleFactor !== undefined && typeof ScaleFactor !== "number")
      throw argError(`${at}.ScaleFactor`, "expected a number");
    if (seen.has(iCode)) throw argError(`${at}.iCode`, `${iCode} is denominated twice`);
    seen.add(iCode);
    return checkSpec({ iCode, denominator: Denominator, scaleFactor: ScaleFactor ?? 1 }, at, frame);
  });
}

function parseArgs(raw: JsonObject, where: string, frame: CoinFrame, _compat: Compat): DenominateArgs {
  rejectUnknownKeys(raw, where, KEYS);
  for (const key of ["denoms", "denoms_ID", "f_denom"]) {
    if (raw[key] !== undefined) {
      throw argError(
        `${where}.${key}`,
        "not supported: denominators are the iData columns of Type Denominator, and the operation is division",
      );
    }
  }
  const denomby = raw["denomby"] ?? "Denominator";
  const at = `${where}.denomby`;
  if (typeof denomby === "string") return { specs: specsFromMetaColumn(denomby, at, frame) };
  if (Array.isArray(denomby)) return { specs: specsFromTable(denomby, at, frame) };
  if (isObject(denomby)) {
    const rows = Object.entries(denomby).map(([iCode, Denominator]) => ({ iCode, Denominator }));
    return { specs: specsFromTable(rows, at, frame) };
  }
  throw argError(
    at,
    'expected an iMeta column name, {"<iCode>": "<denominator>"} or [{"iCode", "Denominator", "ScaleFactor"}]',
  );
}

function run(input: DataSet, args: DenominateArgs, context: StepContext): DataSet {
  const { frame, compat } = context;
  const frameRows = frameRowsOf(frame, input);
  const columns = copyColumns(input.columns);
  for (const spec of args.specs) {
    const j = input.codes.indexOf(spec.iCode);
    if (j < 0) {
      throw new CompositeIndexError(
        "composite-index/step-failed",
        "Denominate",
        `the input data set has no column ${spec.iCode} to denominate`,
      );
    }
    const out = columns[j] as Float64Array;
    const denominator = frame.denominators.get(spec.denominator) as Float64Array;
    for (let i = 0; i < out.length; i += 1) {
      const d = denominator[frameRows[i] as number] as number;
      // R divides by zero to ±Inf (0/0 to NaN); strict makes the cell missing and says so.
      if (d === 0 && compat === "strict") {
        out[i] = Number.NaN;
        context.diagnostics.push({
          code: "composite-index/zero-denominator",
          severity: "warning",
          message: `${spec.iCode} of ${input.units[i]} is divided by ${spec.denominator} = 0; the value is set missing`,
          where: { unit: input.units[i] as string, iCode: spec.iCode },
        });
      } else {
        out[i] = (out[i] as number) / (d / spec.scaleFactor);
      }
    }
  }
  return { units: input.units, codes: input.codes, columns };
}

export const denominateStep: StepDefinition<DenominateArgs> = { op: "Denominate", parseArgs, run };
