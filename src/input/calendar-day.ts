import { registerDecorator, type ValidationOptions } from "class-validator";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a real calendar day written exactly YYYY-MM-DD (no week dates, ordinals, times or spaces). */
export function isCalendarDay(value: unknown): boolean {
  const match = typeof value === "string" ? DAY.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads the years 0–99 as 1900–1999
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A day without a time (birth date, due date, date of a fact): exactly YYYY-MM-DD and a day that exists.
 * ISO 8601's other spellings (1990-W01-1, 1990-001, 19900101, a time with an offset) are refused rather
 * than converted, because PostgreSQL reads some of them differently and refuses others with an error.
 */
export function IsCalendarDay(options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: "isCalendarDay",
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be a day written YYYY-MM-DD`, ...options },
      validator: { validate: isCalendarDay },
    });
}
