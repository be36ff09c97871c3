/**
 * SDMX TIME_PERIOD values, checked but kept exactly as written (`2023`, `2023-Q1`, `2023-M01`,
 * `2023-01`, dates, date-times and ranges such as `2020-01-01/P1Y`): a reader must not turn
 * `2023-M01` into `2023-01` or a year into a date, or the round trip breaks.
 */

const year = String.raw`\d{4}`;
const date = String.raw`\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])`;
const dateTime = String.raw`${date}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?`;
/** ISO 8601 durations: P1Y, P3M, P1Y6M, P7D, PT12H … (at least one part). */
const duration = String.raw`P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?`;

/** SDMX reporting periods (SDMX 2.1 standard time period formats) and plain ISO forms. */
const periodPatterns: readonly RegExp[] = [
  new RegExp(`^${year}$`),
  new RegExp(`^${year}-A1$`),
  new RegExp(`^${year}-S[12]$`),
  new RegExp(`^${year}-T[1-3]$`),
  new RegExp(`^${year}-Q[1-4]$`),
  new RegExp(`^${year}-M(0[1-9]|1[0-2])$`),
  new RegExp(`^${year}-(0[1-9]|1[0-2])$`),
  new RegExp(`^${year}-W(0[1-9]|[1-4]\\d|5[0-3])$`),
  new RegExp(`^${year}-D(00[1-9]|0[1-9]\\d|[12]\\d\\d|3[0-5]\\d|36[0-6])$`),
  new RegExp(`^${date}$`),
  new RegExp(`^${dateTime}$`),
  new RegExp(`^(${date}|${dateTime})/${duration}$`),
];

/** True when the text is a TIME_PERIOD value SDMX accepts. */
export function isSdmxTimePeriod(text: string): boolean {
  return periodPatterns.some((pattern) => pattern.test(text));
}

/** The calendar year a period starts in (`2023-Q1` → 2023), for year-based views. */
export function timePeriodYear(text: string): number | undefined {
  if (!isSdmxTimePeriod(text)) return undefined;
  return Number(text.slice(0, 4));
}
