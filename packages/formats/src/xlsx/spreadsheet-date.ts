/**
 * Spreadsheet dates: which number formats show a number as a date or time (ECMA-376 Part 1,
 * §18.8.30 built-in formats 14–22 and 45–47; a custom format with a day, month, year, hour or
 * second code outside quotes, brackets and escapes), and serial day numbers to ISO 8601 text in
 * the 1900 and 1904 date systems (§18.17.4.1).
 */

const builtInDateFormats: Readonly<Record<number, string>> = {
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
};

/** The format code of a built-in date format id, or undefined when the id is not one. */
export function builtInDateFormat(id: number): string | undefined {
  return builtInDateFormats[id];
}

/** True when a custom format code shows numbers as dates or times. */
export function isDateFormatCode(code: string): boolean {
  // Only the first section formats positive numbers; quoted text, [colours]/[conditions],
  // escaped characters (\x), padding (_x) and fills (*x) are not codes.
  const section = code.split(";", 1)[0] ?? "";
  const codes = section.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, "");
  return /[dmyhs]/i.test(codes);
}

/** True when a date format shows nothing but the year (`yyyy`, `yy`). */
export function isYearOnlyFormat(code: string): boolean {
  const codes = (code.split(";", 1)[0] ?? "").replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, "");
  return /^y+$/i.test(codes.trim());
}

const millisecondsPerDay = 86_400_000;

/**
 * A serial day number as ISO 8601: `YYYY-MM-DD`, with `THH:MM:SS` when it has a time of day,
 * or `HH:MM:SS` alone for a time under one day. Undefined for the 1900 system's day 60, the
 * 29 February 1900 that never was (Lotus 1-2-3's leap-year error, kept by Excel), and for serials
 * outside years 1900–9999.
 */
export function serialToIso(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  // Rounded to the second first, so 0.99999999 is the next midnight, not 23:59:60.
  const totalSeconds = Math.round(serial * 86_400);
  let days = Math.floor(totalSeconds / 86_400);
  const seconds = totalSeconds % 86_400;
  if (!date1904 && days === 0) return seconds === 0 ? undefined : timeOfDay(seconds);
  if (!date1904 && days === 60) return undefined;
  // Day 1 is 1 January 1900 (1904 system: day 0 is 1 January 1904); past day 60 the fictitious
  // leap day shifts every date by one.
  if (!date1904 && days > 60) days -= 1;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 31);
  const moment = new Date(epoch + days * millisecondsPerDay);
  if (moment.getUTCFullYear() > 9999) return undefined;
  const day = moment.toISOString().slice(0, 10);
  return seconds === 0 ? day : `${day}T${timeOfDay(seconds)}`;
}

function timeOfDay(seconds: number): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}
