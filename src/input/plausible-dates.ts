/**
 * The span of dates this domain can mean: birth dates of living people, facts, plans, meetings and legal
 * bases all fall inside it. A date outside it (year 0, 9999-12-31) is a typing error or a probe, and
 * stored it would break sorting, deadlines and validity checks, so it is refused as input.
 */
export const EARLIEST_DATE = "1900-01-01";
export const LATEST_DATE = "2099-12-31";

/** Whether a Date, or a calendar day written YYYY-MM-DD, lies within the span (a Date by its UTC day). */
export function isPlausibleDate(value: Date | string): boolean {
  const day = value instanceof Date ? (Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)) : value;
  return day !== null && !day.startsWith("-") && !day.startsWith("+") && day >= EARLIEST_DATE && day <= LATEST_DATE;
}
