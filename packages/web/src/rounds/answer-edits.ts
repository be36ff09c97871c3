/**
 * Changing one answer of a draft by its form-engine path (`policy[2]/policy_year`), and adding
 * or removing repeat instances, without mutating the draft: every edit returns new answers.
 * Groups add no path segment, so a path is repeat instances and then a question name.
 */
import type { FormAnswers, FormAnswerValue } from "@circular-atlas/formats";

interface PathStep {
  readonly name: string;
  /** 1-based instance number for a repeat step. */
  readonly index?: number;
}

/** `policy[2]/policy_year` → `[{ name: "policy", index: 2 }, { name: "policy_year" }]`. */
export function parseAnswerPath(path: string): PathStep[] {
  return path.split("/").map((part) => {
    const match = /^(.+)\[(\d+)\]$/.exec(part);
    return match ? { name: match[1] ?? "", index: Number(match[2]) } : { name: part };
  });
}

/** The question name a path ends in (`policy[2]/policy_year` → `policy_year`). */
export function questionNameOf(path: string): string {
  return parseAnswerPath(path).at(-1)?.name ?? path;
}

/** The answer at `path` ('' when there is none). */
export function answerAt(answers: FormAnswers, path: string): string {
  let scope: FormAnswers | undefined = answers;
  for (const step of parseAnswerPath(path)) {
    const value: FormAnswerValue | undefined = scope?.[step.name];
    if (step.index === undefined) return typeof value === "string" ? value : "";
    scope = Array.isArray(value) ? value[step.index - 1] : undefined;
  }
  return "";
}

/** The answers with `path` set to `value`; missing instances on the way are added empty. */
export function setAnswerAt(answers: FormAnswers, path: string, value: string): FormAnswers {
  return updateAt(answers, parseAnswerPath(path), (scope, name) => {
    const next: Record<string, FormAnswerValue> = { ...scope };
    if (value === "") delete next[name];
    else next[name] = value;
    return next;
  });
}

/** The answers with one more (empty) instance of the repeat at `repeatPath` (`policy`, `site[1]/bin`). */
export function addRepeatInstance(answers: FormAnswers, repeatPath: string, count: number): FormAnswers {
  return updateAt(answers, parseAnswerPath(repeatPath), (scope, name) => {
    const instances = instancesOf(scope[name]);
    // The engine may show more instances than the draft holds (padded); the new one comes after those.
    const padded = [
      ...instances,
      ...Array.from({ length: Math.max(0, count - instances.length) }, () => ({})),
    ];
    return { ...scope, [name]: [...padded, {}] };
  });
}

/** The answers without the instance at `instancePath` (`policy[2]`); later instances move up. */
export function removeRepeatInstance(answers: FormAnswers, instancePath: string): FormAnswers {
  const steps = parseAnswerPath(instancePath);
  const last = steps.at(-1);
  const index = last?.index;
  if (last === undefined || index === undefined)
    throw new Error(`not a repeat instance path: ${instancePath}`);
  return updateAt(answers, [...steps.slice(0, -1), { name: last.name }], (scope, name) => {
    const instances = instancesOf(scope[name]).filter((_, position) => position !== index - 1);
    const next: Record<string, FormAnswerValue> = { ...scope, [name]: instances };
    if (instances.length === 0) delete next[name];
    return next;
  });
}

function instancesOf(value: FormAnswerValue | undefined): FormAnswers[] {
  return Array.isArray(value) ? [...value] : [];
}

/** Rebuilds the scopes along `steps`, applying `change` to the scope that holds the last step. */
function updateAt(
  scope: FormAnswers,
  steps: readonly PathStep[],
  change: (scope: FormAnswers, name: string) => FormAnswers,
): FormAnswers {
  const [step, ...rest] = steps;
  if (step === undefined) return scope;
  if (rest.length === 0) return change(scope, step.name);
  if (step.index === undefined)
    throw new Error(`a path step before the last must be an instance: ${step.name}`);
  const instances = instancesOf(scope[step.name]);
  while (instances.length < step.index) instances.push({});
  instances[step.index - 1] = updateAt(instances[step.index - 1] ?? {}, rest, change);
  return { ...scope, [step.name]: instances };
}
