/** Typing into the form as a user does: React tracks values itself, so the native setter plus an event. */
export function setValue(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  const prototype =
    element instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement
      : element instanceof HTMLSelectElement
        ? HTMLSelectElement
        : HTMLInputElement;
  Object.getOwnPropertyDescriptor(prototype.prototype, "value")?.set?.call(element, value);
  element.dispatchEvent(
    new Event(element instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }),
  );
}

/** The question element of `path` (`[data-question]`), or null. */
export function question(container: ParentNode, path: string): HTMLElement | null {
  return (
    [...container.querySelectorAll<HTMLElement>("[data-question]")].find(
      (element) => element.getAttribute("data-question") === path,
    ) ?? null
  );
}

/** The text input, text area or select of a question. */
export function questionInput(container: ParentNode, path: string) {
  const input = question(container, path)?.querySelector<
    HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
  >("input, textarea, select");
  if (!input) throw new Error(`no input for ${path}`);
  return input;
}

/** The radio button or checkbox of `choice` in a select question. */
export function choiceInput(container: ParentNode, path: string, choice: string): HTMLInputElement {
  const input = question(container, path)?.querySelector<HTMLInputElement>(`input[value="${choice}"]`);
  if (!input) throw new Error(`no choice ${choice} for ${path}`);
  return input;
}
