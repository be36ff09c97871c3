import type { FormElementState, XlsFormQuestion } from "@circular-atlas/formats";
import { useTranslation } from "react-i18next";

export interface QuestionInputProps {
  readonly question: XlsFormQuestion;
  readonly state: FormElementState;
  /** The answer as stored ('' for none). */
  readonly value: string;
  readonly id: string;
  /** The ids of the hint and problems, for `aria-describedby`. */
  readonly describedBy: string | undefined;
  readonly disabled: boolean;
  readonly label: string;
  onChange(value: string): void;
}

/**
 * The input for one question type. Numbers are typed as text (with a numeric keyboard) so what
 * the user types is what the engine checks: a browser's number field would drop `1,5` silently.
 */
export function QuestionInput(props: QuestionInputProps) {
  const { question, state, value, id, describedBy, disabled, onChange } = props;
  const common = {
    id,
    name: state.path,
    disabled,
    "aria-describedby": describedBy,
    "aria-invalid": state.problems.length > 0 ? true : undefined,
    "aria-required": state.required ? true : undefined,
  } as const;
  switch (question.type) {
    case "integer":
    case "decimal":
      return (
        <input
          {...common}
          type="text"
          dir="ltr"
          inputMode={question.type === "integer" ? "numeric" : "decimal"}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    case "date":
      return (
        <input {...common} type="date" value={value} onChange={(event) => onChange(event.target.value)} />
      );
    case "select_one":
      return <SelectOne {...props} />;
    case "select_multiple":
      return <SelectMultiple {...props} />;
    case "geopoint":
      return <GeopointInput {...props} />;
    default:
      return appearanceOf(question).includes("multiline") ? (
        <textarea
          {...common}
          dir="auto"
          rows={4}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          {...common}
          type="text"
          dir="auto"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      );
  }
}

function appearanceOf(question: XlsFormQuestion): string[] {
  return (question.appearance ?? "").split(/\s+/);
}

function SelectOne({
  question,
  state,
  value,
  id,
  describedBy,
  disabled,
  label,
  onChange,
}: QuestionInputProps) {
  const { t } = useTranslation();
  const choices = state.choices ?? [];
  if (appearanceOf(question).includes("minimal"))
    return (
      <select
        id={id}
        name={state.path}
        disabled={disabled}
        aria-describedby={describedBy}
        aria-invalid={state.problems.length > 0 ? true : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t("rounds.form.choose")}</option>
        {choices.map((choice) => (
          <option key={choice.name} value={choice.name}>
            {choice.label}
          </option>
        ))}
      </select>
    );
  return (
    <fieldset className="choice-group" id={id} aria-describedby={describedBy}>
      <legend className="visually-hidden">{label}</legend>
      {choices.map((choice) => (
        <label key={choice.name} className="choice">
          <input
            type="radio"
            name={state.path}
            value={choice.name}
            disabled={disabled}
            checked={value === choice.name}
            onChange={() => onChange(choice.name)}
          />{" "}
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}

function SelectMultiple({ state, value, id, describedBy, disabled, label, onChange }: QuestionInputProps) {
  const selected = value.split(" ").filter((name) => name !== "");
  const toggle = (name: string, on: boolean) => {
    const next = on ? [...selected, name] : selected.filter((candidate) => candidate !== name);
    // Kept in the choices' order, so the stored answer does not depend on the order of clicks.
    const order = (state.choices ?? []).map((choice) => choice.name);
    onChange(next.sort((a, b) => order.indexOf(a) - order.indexOf(b)).join(" "));
  };
  return (
    <fieldset className="choice-group" id={id} aria-describedby={describedBy}>
      <legend className="visually-hidden">{label}</legend>
      {(state.choices ?? []).map((choice) => (
        <label key={choice.name} className="choice">
          <input
            type="checkbox"
            name={state.path}
            value={choice.name}
            disabled={disabled}
            checked={selected.includes(choice.name)}
            onChange={(event) => toggle(choice.name, event.target.checked)}
          />{" "}
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Latitude and longitude in two fields, stored as ODK writes a geopoint (`lat lon`). */
function GeopointInput({ state, value, id, describedBy, disabled, onChange }: QuestionInputProps) {
  const { t } = useTranslation();
  const [latitude = "", longitude = ""] = value.split(" ");
  const change = (nextLatitude: string, nextLongitude: string) =>
    onChange(nextLatitude === "" && nextLongitude === "" ? "" : `${nextLatitude} ${nextLongitude}`);
  return (
    <div className="geopoint" id={id} aria-describedby={describedBy}>
      <label>
        {t("rounds.form.latitude")}{" "}
        <input
          type="text"
          dir="ltr"
          inputMode="decimal"
          name={`${state.path}.latitude`}
          disabled={disabled}
          value={latitude}
          onChange={(event) => change(event.target.value.trim(), longitude)}
        />
      </label>
      <label>
        {t("rounds.form.longitude")}{" "}
        <input
          type="text"
          dir="ltr"
          inputMode="decimal"
          name={`${state.path}.longitude`}
          disabled={disabled}
          value={longitude}
          onChange={(event) => change(latitude, event.target.value.trim())}
        />
      </label>
    </div>
  );
}
