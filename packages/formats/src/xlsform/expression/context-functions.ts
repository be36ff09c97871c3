/**
 * Functions that read the form rather than their arguments: the repeat instance and the clock
 * (ODK XForms "XPath Functions", `position`, `today`, `now`). The clock is the context's, never
 * the machine's, so a test or a server replaying a submission chooses the time.
 */

import { dateOfDateTime } from "./expression-dates.ts";
import type { FunctionTable } from "./function-call.ts";

export const contextFunctions: FunctionTable<"now" | "position" | "today"> = {
  // ODK's dateTime keeps the user's offset rather than normalising to UTC.
  now: (call) => call.context.now(),
  // Only position(..) parses: the 1-based number of the repeat instance the question is in.
  position: (call) => call.context.position(),
  // ODK: "today's local date": the date part of the clock, which carries the user's offset.
  today: (call) => {
    const now = call.context.now();
    const date = dateOfDateTime(now);
    if (date === undefined) throw new Error(`ExpressionContext.now() must give an ISO 8601 dateTime: ${now}`);
    return date;
  },
};
