/**
 * The server's problems, by the path of the field each concerns (`texts.en.title`,
 * `sources.0.url`), for the form to mark next to its field. Messages are the server's, which
 * name the rule broken; the summary above the form says in the UI language that fields need care.
 */
export interface IssueLookup {
  /** True when a problem concerns this path or anything under it. */
  has(path: string): boolean;
  messages(path: string): string[];
}

export function createIssueLookup(issues: readonly { path: string; message: string }[]): IssueLookup {
  const under = (path: string) =>
    issues.filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`));
  return {
    has: (path) => under(path).length > 0,
    messages: (path) => under(path).map((issue) => issue.message),
  };
}

export const noIssues: IssueLookup = { has: () => false, messages: () => [] };

export function FieldError({ issues, path }: { issues: IssueLookup; path: string }) {
  const messages = issues.messages(path);
  if (messages.length === 0) return null;
  return (
    <p className="field-error" data-path={path} dir="ltr">
      {messages.join("; ")}
    </p>
  );
}
