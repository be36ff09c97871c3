/**
 * What the engine needs to know about a form before it sees answers: where each name is declared
 * (its enclosing groups and repeats), every expression parsed once, and the order calculations
 * run in, with cycles found statically. Compiled once per form object and cached.
 */
import type { ExpressionNode } from "../expression/expression-node.ts";
import { type ParseExpressionResult, parseExpression } from "../expression/parse-expression.ts";
import type {
  XlsForm,
  XlsFormChoiceList,
  XlsFormElement,
  XlsFormGroup,
  XlsFormQuestion,
  XlsFormRepeat,
} from "../xlsform-model.ts";
import { type CalculationOrder, orderCalculations } from "./calculation-order.ts";
import type { FormExpressionColumn } from "./form-state.ts";

/** Where an element sits. */
export interface Declaration {
  readonly element: XlsFormElement;
  /** Enclosing repeats, outermost first; a repeat's own list ends with itself. */
  readonly repeats: readonly XlsFormRepeat[];
  /** The enclosing group or repeat, if any. */
  readonly parent?: XlsFormGroup | XlsFormRepeat;
}

export interface CompiledForm {
  readonly form: XlsForm;
  /** By name (the first element of a name, should the form repeat one). */
  readonly declarations: ReadonlyMap<string, Declaration>;
  /** By element, so a duplicated name still finds its own parent. */
  readonly placements: ReadonlyMap<XlsFormElement, Declaration>;
  readonly choiceLists: ReadonlyMap<string, XlsFormChoiceList>;
  readonly calculations: CalculationOrder;
  /** The parsed expression of `element`'s `column`, or its parse problem; undefined when the cell is empty. */
  expression(element: XlsFormElement, column: FormExpressionColumn): ParseExpressionResult | undefined;
}

const compiled = new WeakMap<XlsForm, CompiledForm>();

/** The compiled form, cached per form object (forms are immutable). */
export function compileForm(form: XlsForm): CompiledForm {
  const cached = compiled.get(form);
  if (cached !== undefined) return cached;
  const placements = new Map<XlsFormElement, Declaration>();
  collectDeclarations(form.survey, [], undefined, placements);
  const declarations = new Map<string, Declaration>();
  for (const declaration of placements.values()) {
    // Names are unique (the reader reports duplicates); the first declaration wins, as for references.
    if (!declarations.has(declaration.element.name)) declarations.set(declaration.element.name, declaration);
  }
  const parsed = new Map<XlsFormElement, Map<FormExpressionColumn, ParseExpressionResult | undefined>>();
  const expression = (element: XlsFormElement, column: FormExpressionColumn) => {
    let columns = parsed.get(element);
    if (columns === undefined) {
      columns = new Map();
      parsed.set(element, columns);
    }
    if (!columns.has(column)) columns.set(column, parseColumn(element, column));
    return columns.get(column);
  };
  const calculationNodes = new Map<string, ExpressionNode>();
  for (const [name, declaration] of declarations) {
    const result = expression(declaration.element, "calculation");
    if (result?.ok === true) calculationNodes.set(name, result.node);
  }
  const result: CompiledForm = {
    form,
    declarations,
    placements,
    choiceLists: new Map(form.choiceLists.map((list) => [list.name, list])),
    calculations: orderCalculations(calculationNodes),
    expression,
  };
  compiled.set(form, result);
  return result;
}

function collectDeclarations(
  elements: readonly XlsFormElement[],
  repeats: readonly XlsFormRepeat[],
  parent: XlsFormGroup | XlsFormRepeat | undefined,
  into: Map<XlsFormElement, Declaration>,
): void {
  for (const element of elements) {
    const own = element.kind === "repeat" ? [...repeats, element] : repeats;
    into.set(element, { element, repeats: own, ...(parent ? { parent } : {}) });
    if (element.kind === "group" || element.kind === "repeat")
      collectDeclarations(element.children, own, element, into);
  }
}

function parseColumn(
  element: XlsFormElement,
  column: FormExpressionColumn,
): ParseExpressionResult | undefined {
  if (element.kind === "metadata") return undefined;
  const text = columnText(element, column);
  if (text === undefined || text.trim() === "") return undefined;
  return parseExpression(text, { choiceFilter: column === "choice_filter" });
}

function columnText(element: Exclude<XlsFormElement, { kind: "metadata" }>, column: FormExpressionColumn) {
  switch (column) {
    case "relevant":
      return element.relevant;
    case "read_only":
      return element.readOnly;
    case "repeat_count":
      return element.kind === "repeat" ? element.repeatCount : undefined;
    default:
      return element.kind === "question" ? questionColumn(element, column) : undefined;
  }
}

function questionColumn(question: XlsFormQuestion, column: FormExpressionColumn): string | undefined {
  switch (column) {
    case "required":
      return question.required;
    case "constraint":
      return question.constraint;
    case "calculation":
      return question.calculation;
    case "choice_filter":
      return question.choiceFilter;
    case "default":
      return isDynamicDefault(question.default) ? question.default : undefined;
    default:
      return undefined;
  }
}

/**
 * pyxform's rule: a `default` is an expression (a "dynamic default") when it references a
 * question or calls a function; otherwise it is the literal value (`ECO-CE-2026`, `en`, `3`).
 */
export function isDynamicDefault(text: string | undefined): boolean {
  return text !== undefined && (text.includes("${") || /[A-Za-z][\w:-]*\s*\(/.test(text));
}
