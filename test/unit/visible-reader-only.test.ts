import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { VISIBLE_TYPES } from "../../src/permissions/row-level/rows";

const SRC = join(__dirname, "../../src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

const lowerFirst = (type: string) => type[0].toLowerCase() + type.slice(1);

/** The per-request by-id loaders of case data and their row-level flags: `loaders.case`, `loaders.caseVisible`, … */
const RAW_LOADERS = VISIBLE_TYPES.flatMap((type) => [lowerFirst(type), `${lowerFirst(type)}Visible`]);
const RAW_LOADER_USE = new RegExp(`loaders\\.(${RAW_LOADERS.join("|")})\\b`);

/** SQL or repository reads of case tables, outside a transaction's own rows. */
const RAW_TABLE_READ = /FROM\s+"?(case|plan|goal|action|action_report|signal|legal_basis|participant|information_item|agenda_item|meeting)"?\s|getRepository\((Case|Plan|Goal|Action|ActionReport|Signal|LegalBasis|Participant|InformationItem|AgendaItem|Meeting)\)/;

/**
 * Who may read case data without the reader of visible objects (permissions/visible/reader.ts):
 * - src/permissions: the reader itself, the row filters and the rules, which decide;
 * - src/loaders: the loaders themselves (their row-level flags are built from the same filters);
 * - src/audit: the access log, which reads by the log's own row filter and joins a line's case when writing;
 * - src/cases: the case process, for the rows it locks and writes inside its transaction, after the
 *   policy found the target through the reader (no `loaders.` use there, see below);
 * - src/demo and src/db: start-up and the seed, before any request.
 */
const MAY_READ_TABLES = ["permissions/", "loaders/", "audit/", "cases/", "demo/", "db/"];
const MAY_USE_RAW_LOADERS = ["permissions/", "loaders/", "audit/"];

function offenders(pattern: RegExp, allowed: string[]): string[] {
  return sources(SRC)
    .map((file) => relative(SRC, file).split("\\").join("/"))
    .filter((file) => !allowed.some((dir) => file.startsWith(dir)))
    .flatMap((file) =>
      readFileSync(join(SRC, file), "utf8").split("\n").flatMap((line, i) => (pattern.test(line) ? [`src/${file}:${i + 1}: ${line.trim()}`] : [])),
    );
}

describe("nothing reaches case data except through the reader of visible objects", () => {
  it("the pattern knows every row-filtered type (a new type is covered without editing this test)", () => {
    expect(RAW_LOADERS).toEqual(expect.arrayContaining(["case", "caseVisible", "meeting", "plan", "signal", "legalBasis", "agendaItem"]));
    expect(RAW_LOADER_USE.test("ctx.loaders.case.load(id)")).toBe(true);
    expect(RAW_LOADER_USE.test("ctx.loaders.caseVisible.load(id)")).toBe(true);
    expect(RAW_LOADER_USE.test("ctx.loaders.participantsByCase.load(id)")).toBe(false);
    expect(RAW_TABLE_READ.test(`SELECT c.* FROM "case" c WHERE`)).toBe(true);
    expect(RAW_TABLE_READ.test(`ds.getRepository(Plan).find()`)).toBe(true);
  });

  it("no resolver, service or other code outside src/permissions, src/loaders and src/audit uses the by-id loaders of case data", () => {
    expect(offenders(RAW_LOADER_USE, MAY_USE_RAW_LOADERS)).toEqual([]);
  });

  it("no resolver or other request code reads case tables by SQL or repository", () => {
    expect(offenders(RAW_TABLE_READ, MAY_READ_TABLES)).toEqual([]);
  });

  it("only the relation table reads an object through its visible parent (partOfVisible)", () => {
    const callers = offenders(/\.partOfVisible\(/, ["permissions/"]).filter((line) => !line.startsWith("src/resolvers/relations.ts:"));
    expect(callers).toEqual([]);
  });
});
