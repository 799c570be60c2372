import { Writable } from "node:stream";
import { logRefusedSignIn, refusedSignIn } from "../../src/identity/sign-in-log";
import { createLogger } from "../../src/logging/logger";
import { clipClientEcho } from "../../src/errors/echo";

function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({ write: (chunk, _encoding, done) => void (lines.push(String(chunk)), done()) });
  return { lines, stream };
}

describe("the server log writes client strings escaped (logging/logger.ts)", () => {
  it("a forged token's right-to-left override and escape sequences are written as \\uXXXX, in fields, keys and the message", () => {
    const { lines, stream } = capture();
    const logger = createLogger(stream, "info");
    const refusal = refusedSignIn(null, "Unknown issuer \u202eevil", "::1", new Date());
    logger.warn({ ...refusal, claimed: { issuer: "a\u202eb", subject: "\u001b[31mred", organisation: null }, ["k\u2066"]: ["\u0085"] }, "refused \u202e");
    const line = lines.join("").trimEnd();
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(line)).toMatchObject({ reason: "Unknown issuer \\u202eevil", claimed: { issuer: "a\\u202eb", subject: "\\u001b[31mred" }, "k\\u2066": ["\\u0085"], msg: "refused \\u202e" });
  });

  it("leaves errors to pino's serializer and plain text as it is", () => {
    const { lines, stream } = capture();
    createLogger(stream, "info").error({ err: new Error("boom"), name: "Jan Jansen" }, "plain");
    expect(JSON.parse(lines[0])).toMatchObject({ err: { message: "boom", type: "Error" }, name: "Jan Jansen", msg: "plain" });
  });
});

describe("refused sign-ins are throttled per address, the lines left out counted (identity/sign-in-log.ts)", () => {
  it("200 bad tokens from one address in a burst write one line; the next line after the interval says how many were left out", () => {
    const write = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    jest.useFakeTimers({ now: new Date("2026-03-02T10:00:00Z") });
    try {
      for (let i = 0; i < 200; i++) logRefusedSignIn(refusedSignIn(null, "Sign in.", "203.0.113.7", new Date()));
      expect(write).toHaveBeenCalledTimes(1);
      jest.setSystemTime(new Date("2026-03-02T10:00:02Z"));
      logRefusedSignIn(refusedSignIn(null, "Sign in.", "203.0.113.7", new Date()));
      expect(write).toHaveBeenCalledTimes(2);
      expect(JSON.parse(String(write.mock.calls[1][0]))).toMatchObject({ event: "SIGN_IN_REFUSED", more: 199 });
    } finally {
      jest.useRealTimers();
      write.mockRestore();
    }
  });
});

describe("error messages repeat only a short, escaped prefix of what the client sent (errors/echo.ts)", () => {
  it("cuts a long quoted name, escapes a bidi override, and caps the message", () => {
    expect(clipClientEcho(`Unknown operation named "${"y".repeat(5000)}".`)).toBe(`Unknown operation named "${"y".repeat(40)}…".`);
    expect(clipClientEcho('Unknown operation named "a\u202eb".')).toBe('Unknown operation named "a\\u202eb".');
    expect(clipClientEcho("z".repeat(5000)).length).toBeLessThanOrEqual(301);
    expect(clipClientEcho('Cannot query field "x" on type "Query".')).toBe('Cannot query field "x" on type "Query".');
  });
});
