import { ForbiddenError, NotFoundError } from "../../src/errors";

describe("coded errors are answers, not faults", () => {
  it("carry their code and message but no stack frames", () => {
    const error = new ForbiddenError("No legal basis opens HEALTH data of this case to your organisation.");
    expect(error.extensions.code).toBe("FORBIDDEN");
    expect(error.message).toBe("No legal basis opens HEALTH data of this case to your organisation.");
    expect(error.stack).not.toMatch(/\n\s+at /);
  });

  it("leave the stack trace limit as it was, for every other error", () => {
    const before = Error.stackTraceLimit;
    new NotFoundError("Case", "x");
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error("a fault").stack).toMatch(/\n\s+at /);
  });
});
