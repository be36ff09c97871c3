/**
 * Which dotted paths name a field of a knowledge record's input (`recordInputSchema`), so that a
 * questionnaire column such as XLSForm's `bind::atlas:field` can say which field an answer fills.
 * Derived from the schemas themselves, so a field added there is a path here.
 */
import {
  justTransitionSchema,
  recordInputSchema,
  recordSourceSchema,
  recordTextSchema,
} from "./knowledge-record.ts";
import { recordDetailFields, recordTypes } from "./knowledge-vocabulary.ts";

/**
 * Whether `path` names one field of a record of `type` that an answer can fill:
 * - a top-level input field (`year`, `countries`, `originalLanguage`, `subnationalArea`,
 *   `sectors`, `location`, …), except what the system or the path's other forms set (`id`,
 *   `type`, `status`, `version`, `relations`) and the containers below;
 * - `texts.<field>` of `recordTextSchema` (`title`, `summary`, `body`; not `translated`, which is
 *   the system's), meant in the record's original language;
 * - `sources.<field>` of `recordSourceSchema` (the record's first source);
 * - `justTransition.<field>` of `justTransitionSchema`;
 * - `details.<field>` for a field `recordDetailFields` gives that record type.
 * An unknown `type` has no fields. Paths are at most two segments deep.
 */
export function isRecordFieldPath(type: string, path: string): boolean {
  if (!(recordTypes as readonly string[]).includes(type)) return false;
  const [head = "", field, ...rest] = path.split(".");
  if (rest.length > 0 || field === "") return false;
  if (field === undefined) return head in recordInputSchema.shape && !notFilledByAnswers.has(head);
  if (head === "texts") return field in recordTextSchema.shape && field !== "translated";
  if (head === "sources") return field in recordSourceSchema.shape;
  if (head === "justTransition") return field in justTransitionSchema.shape;
  const detailFields: readonly string[] = recordDetailFields[type as keyof typeof recordDetailFields];
  return head === "details" && detailFields.includes(field);
}

// Set by the system (id, type, status, version), by links between records (relations), or
// containers whose fields are filled one by one (texts.title, not texts).
const notFilledByAnswers = new Set([
  "id",
  "type",
  "status",
  "version",
  "relations",
  "texts",
  "sources",
  "details",
  "justTransition",
]);
