/**
 * ODK's dates in numeric context: `number()` "will convert date- and dateTime-formatted strings to
 * a number of days since January 1, 1970 UTC" (ODK XForms, "XPath Functions", `number`). Calendar
 * arithmetic is done here on integers, without `Date`, so no time zone of the machine leaks in.
 */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTimePattern =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

const secondsPerDay = 86_400;

/**
 * Days since 1970-01-01 of an ISO 8601 date (`2024-03-01` → 19783) or dateTime (with a fraction of
 * the day, moved to UTC by its offset: `2024-03-01T12:00:00+06:00` → 19783.25); undefined when
 * `text` is neither, or names a day that does not exist. A dateTime without an offset is read as
 * UTC: the evaluator knows no local zone.
 */
export function daysSinceEpoch(text: string): number | undefined {
  const trimmed = text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "");
  const date = datePattern.exec(trimmed);
  if (date !== null) return civilDays(Number(date[1]), Number(date[2]), Number(date[3]));
  const dateTime = dateTimePattern.exec(trimmed);
  if (dateTime === null) return undefined;
  const days = civilDays(Number(dateTime[1]), Number(dateTime[2]), Number(dateTime[3]));
  const hours = Number(dateTime[4]);
  const minutes = Number(dateTime[5]);
  const seconds = Number(dateTime[6] ?? "0") + Number(`0${dateTime[7] ?? ""}`);
  const offsetMinutes = zoneOffsetMinutes(dateTime[8]);
  if (days === undefined || offsetMinutes === undefined || hours > 23 || minutes > 59 || seconds >= 60) {
    return undefined;
  }
  return days + (hours * 3600 + minutes * 60 + seconds - offsetMinutes * 60) / secondsPerDay;
}

/** The `YYYY-MM-DD` part of an ISO dateTime, i.e. the local date where the clock stands. */
export function dateOfDateTime(dateTime: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T/.exec(dateTime);
  return match?.[1] !== undefined && daysSinceEpoch(dateTime) !== undefined ? match[1] : undefined;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date, or undefined if there is no such day.
 * Algorithm `days_from_civil` of Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms".
 */
export function civilDays(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  // Years start in March, so the leap day is the last day of the year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Minutes east of UTC for `Z`, `+05:00`, `-0330` or `+06`; undefined if out of range. */
function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === "Z") return 0;
  const digits = zone.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || "0");
  if (hours > 14 || minutes > 59) return undefined;
  return (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
}
