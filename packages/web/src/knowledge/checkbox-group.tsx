import { FieldError, type IssueLookup } from "./field-error.tsx";

/** A labelled group of checkboxes for a list of codes, with the server's problems for it. */
export function CheckboxGroup({
  legend,
  name,
  options,
  selected,
  onChange,
  issues,
}: {
  legend: string;
  name: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
  issues: IssueLookup;
}) {
  return (
    <fieldset className="form-group checkbox-group" data-field={name}>
      <legend>{legend}</legend>
      <ul>
        {options.map((option) => (
          <li key={option.value}>
            <input
              type="checkbox"
              id={`${name}-${option.value}`}
              value={option.value}
              checked={selected.includes(option.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...selected, option.value]
                    : selected.filter((value) => value !== option.value),
                )
              }
            />
            <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
          </li>
        ))}
      </ul>
      <FieldError issues={issues} path={name} />
    </fieldset>
  );
}
