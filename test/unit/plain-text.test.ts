import { escapeUnsafeCharacters, escapeUnsafeDeep, hasUnsafeCharacters } from "../../src/domain/plain-text";
import { isPlausibleDate } from "../../src/input/plausible-dates";
import { inputProblems } from "../../src/input/input-guard";

describe("plain text: what no text of this API may carry", () => {
  it.each(["\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u202E", "\u2066", "\uFFFE", "\uD800", "\uDC00", "a\uDC00\uD800b"])("refuses %j", (char) => {
    expect(hasUnsafeCharacters(`x${char}y`)).toBe(true);
  });

  it.each(["line\nbreak\ttab\r", "Zoë Çelik", "שלום", "👩‍⚕️ emoji pairs", "‎left-to-right mark"])("accepts %j", (text) => {
    expect(hasUnsafeCharacters(text)).toBe(false);
  });

  it("writes forbidden characters out as \\uXXXX, everywhere in a value, keys included", () => {
    expect(escapeUnsafeCharacters("a\u0000b\uD800")).toBe("a\\u0000b\\ud800");
    expect(escapeUnsafeDeep({ "k\u0007": ["v\u0000", 1, null] })).toEqual({ "k\\u0007": ["v\\u0000", 1, null] });
  });
});

describe("plausible dates", () => {
  it.each([["1900-01-01", true], ["2099-12-31", true], ["1899-12-31", false], ["2100-01-01", false], ["0000-01-01", false], ["9999-12-31", false]])("%s → %s", (day, ok) => {
    expect(isPlausibleDate(day)).toBe(ok);
    expect(isPlausibleDate(new Date(`${day}T12:00:00Z`))).toBe(ok);
  });

  it("names every offending argument by its path, and nothing else", () => {
    expect(inputProblems({ input: { name: "ok", goals: [{ description: "a\u0000" }], dueDate: "9999-01-01", at: new Date("0001-01-01T00:00:00Z") } })).toEqual({
      "input.goals[0].description": ["contains a control or otherwise forbidden character"],
      "input.dueDate": ["must lie between 1900-01-01 and 2099-12-31"],
      "input.at": ["must lie between 1900-01-01 and 2099-12-31"],
    });
  });

  it("names at most twenty fields, then how many more: thousands of bad values answer briefly", () => {
    const problems = inputProblems({ input: { names: Array.from({ length: 5000 }, () => "a\u0000") } });
    expect(Object.keys(problems)).toHaveLength(21);
    expect(problems["…"]).toEqual(["and 4980 more fields with the same kinds of problem"]);
  });
});
