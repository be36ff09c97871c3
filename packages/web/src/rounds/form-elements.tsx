import {
  elementPath,
  evaluateForm,
  instancePath,
  type XlsFormElement,
  type XlsFormRepeat,
} from "@circular-atlas/formats";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { addRepeatInstance } from "./answer-edits.ts";
import { useSubmissionForm } from "./form-context.tsx";
import { fillLabel } from "./form-language.ts";
import { FormQuestion } from "./form-question.tsx";

/** The elements of one scope (`prefix` is `""` at the top, `policy[2]` inside an instance). */
export function FormElements({ elements, prefix }: { elements: readonly XlsFormElement[]; prefix: string }) {
  return elements.map((element) => {
    const path = elementPath(prefix, element.name);
    if (element.kind === "metadata") return null;
    if (element.kind === "question")
      return <FormQuestion key={element.name} question={element} path={path} prefix={prefix} />;
    if (element.kind === "repeat")
      return <FormRepeat key={element.name} repeat={element} path={path} prefix={prefix} />;
    return <FormGroup key={element.name} elements={element.children} path={path} prefix={prefix} />;
  });
}

function FormGroup({
  elements,
  path,
  prefix,
}: {
  elements: readonly XlsFormElement[];
  path: string;
  prefix: string;
}) {
  const { state } = useSubmissionForm();
  const group = state.elements[path];
  if (group === undefined || !group.relevant) return null;
  return (
    <fieldset className="form-group" data-group={path}>
      {group.label === undefined ? null : <legend dir="auto">{fillLabel(group.label, prefix, state)}</legend>}
      <FormElements elements={elements} prefix={prefix} />
    </fieldset>
  );
}

/**
 * A repeat's instances, each with its questions. With `repeat_count` the form decides how many
 * there are; otherwise the user adds and removes them.
 */
function FormRepeat({ repeat, path, prefix }: { repeat: XlsFormRepeat; path: string; prefix: string }) {
  const { t } = useTranslation();
  const { form, state, answers, languageKey, editable, onAddInstance, onRemoveInstance } =
    useSubmissionForm();
  const entry = state.elements[path];
  const count = entry?.instanceCount ?? 0;
  // A repeat's `relevant` is decided per instance, so whether one more would be asked is a
  // question for the engine: evaluate the answers with that instance added.
  const asksForMore = useMemo(() => {
    if (repeat.relevant === undefined) return true;
    const probe = evaluateForm(form, addRepeatInstance(answers, path, count), {
      ...(languageKey === undefined ? {} : { language: languageKey }),
    });
    return probe.elements[instancePath(prefix, repeat.name, count + 1)]?.relevant === true;
  }, [form, answers, languageKey, path, prefix, repeat, count]);
  if (entry === undefined || !entry.relevant) return null;
  const anyShown = Array.from({ length: count }, (_, offset) =>
    instancePath(prefix, repeat.name, offset + 1),
  ).some((instance) => state.elements[instance]?.relevant !== false);
  if (!anyShown && !asksForMore) return null;
  const label = entry.label ?? repeat.name;
  const counted = repeat.repeatCount !== undefined;
  return (
    <section className="form-repeat" data-repeat={path} aria-label={label}>
      <h3 dir="auto">{label}</h3>
      {counted ? <p className="hint">{t("rounds.form.repeatCounted", { count })}</p> : null}
      {count === 0 ? <p className="hint">{t("rounds.form.noInstances")}</p> : null}
      <ol className="repeat-instances">
        {Array.from({ length: count }, (_, offset) => {
          const instance = instancePath(prefix, repeat.name, offset + 1);
          if (state.elements[instance]?.relevant === false) return null;
          return (
            <li key={instance} className="repeat-instance" data-instance={instance}>
              <h4>{t("rounds.form.instance", { label, number: offset + 1 })}</h4>
              <FormElements elements={repeat.children} prefix={instance} />
              {editable && !counted ? (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => onRemoveInstance(instance)}
                >
                  {t("rounds.form.removeInstance", { number: offset + 1 })}
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {editable && !counted && asksForMore ? (
        <button
          type="button"
          className="button"
          data-testid="add-instance"
          onClick={() => onAddInstance(path, count)}
        >
          {t("rounds.form.addInstance", { label })}
        </button>
      ) : null}
    </section>
  );
}
