export * from "./codes";
export * from "./errors";
export * from "./format-error";
