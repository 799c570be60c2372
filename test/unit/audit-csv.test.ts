import { toCsv } from "../../src/audit/csv";
import { canonicalText } from "../../src/audit/chain";

describe("access log exports and hashing", () => {
  it("CSV quotes what needs quoting and defuses cells a spreadsheet would run as a formula", () => {
    expect(toCsv([["a", 'say "hi"', "x,y", null], ["=HYPERLINK(1)", "+31", "-", "@me"]])).toBe(
      `a,"say ""hi""","x,y",\r\n'=HYPERLINK(1),'+31,'-,'@me\r\n`,
    );
  });

  it("the canonical text keeps null, empty and look-alike fields apart", () => {
    expect(canonicalText([null, ""])).toBe("~|0:");
    expect(canonicalText(["a|b"])).not.toBe(canonicalText(["a", "b"]));
    expect(canonicalText(["é"])).toBe("2:é");
  });
});
