/**
 * Stable element paths: repeat instances as `name[i]` (1-based, as XPath counts), then the
 * element's name, joined by `/` (`policy[2]/policy_title`). Groups add no segment: names are
 * unique in the form, so a path survives moving a question into or out of a group.
 */

/** The path of `name` inside the instance whose path is `prefix` (`""` at the top of the form). */
export function elementPath(prefix: string, name: string): string {
  return prefix === "" ? name : `${prefix}/${name}`;
}

/** The path of the `index`-th (1-based) instance of repeat `name` inside `prefix`. */
export function instancePath(prefix: string, name: string, index: number): string {
  return `${elementPath(prefix, name)}[${index}]`;
}
