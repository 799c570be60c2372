import type { IMiddlewareFunction, IMiddlewareTypeMap } from "graphql-middleware";
import type { Context } from "../context";
import { hasUnsafeCharacters } from "../domain/plain-text";
import { BadInputError } from "../errors";
import { isCalendarDay } from "./calendar-day";
import { EARLIEST_DATE, isPlausibleDate, LATEST_DATE } from "./plausible-dates";

type Problems = Record<string, string[]>;

/** Walks an argument value and notes each text with a forbidden character and each date outside the span. */
function inspect(value: unknown, path: string, problems: Problems): void {
  if (typeof value === "string") {
    if (hasUnsafeCharacters(value)) (problems[path] ??= []).push("contains a control or otherwise forbidden character");
    else if (isCalendarDay(value) && !isPlausibleDate(value)) (problems[path] ??= []).push(`must lie between ${EARLIEST_DATE} and ${LATEST_DATE}`);
  } else if (value instanceof Date) {
    if (!isPlausibleDate(value)) (problems[path] ??= []).push(`must lie between ${EARLIEST_DATE} and ${LATEST_DATE}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => inspect(item, `${path}[${i}]`, problems));
  } else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) inspect(inner, path ? `${path}.${key}` : key, problems);
  }
}

/** At most this many fields are named in one refusal: a list of thousands of bad values answers briefly. */
export const MAX_NAMED_PROBLEMS = 20;

/** The problems of a field's arguments, by argument path (`input.plan.goals[0].description`); empty when fine. */
export function inputProblems(args: Record<string, unknown>): Problems {
  const problems: Problems = {};
  inspect(args, "", problems);
  const paths = Object.keys(problems);
  if (paths.length <= MAX_NAMED_PROBLEMS) return problems;
  const named: Problems = Object.fromEntries(paths.slice(0, MAX_NAMED_PROBLEMS).map((path) => [path, problems[path]]));
  return { ...named, "…": [`and ${paths.length - MAX_NAMED_PROBLEMS} more fields with the same kinds of problem`] };
}

/**
 * Every argument of every root field, whatever its type, before anything runs: one rule for all inputs, so
 * a new input cannot forget it. Refused as BAD_USER_INPUT with the fields named; inside the access-log
 * middleware, so the refusal is logged (without the text), and before the policy and the resolver, so
 * nothing is looked up or changed.
 */
const guardArguments: IMiddlewareFunction<unknown, Context> = (resolve, parent, args, ctx, info) => {
  const problems = inputProblems(args as Record<string, unknown>);
  const fields = Object.keys(problems);
  if (fields.length) throw new BadInputError(`Invalid input in ${fields.join(", ")}.`, problems);
  return resolve(parent, args, ctx, info);
};

export const inputGuard: IMiddlewareTypeMap<unknown, Context> = { Query: guardArguments, Mutation: guardArguments };
