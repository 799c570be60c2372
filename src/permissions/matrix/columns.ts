import { OrganisationDomain, ViewerRole } from "../../domain/enums";
import type { MatrixColumn } from "./model";

const DOMAIN_TEXT: Record<OrganisationDomain, [string, string]> = {
  SAFETY: ["Safety partner", "An organisation of the safety domain: police, public prosecutor (OM / parket), municipality (OOV), football club, probation, Justitiehuis."],
  CARE: ["Care partner", "An organisation of the care domain: CAW, CGG, GGZ, Veilig Thuis, wijkteam, youth care."],
  COORDINATION: ["House", "The coordinating organisation itself: the Zorg- en Veiligheidshuis or SAMEN office."],
};

const ROLE_TEXT: Record<ViewerRole, [string, string]> = {
  PROCESS_DIRECTOR: ["Process director", "Procesregisseur: the independent chair of the house's tables."],
  CASE_DIRECTOR: ["Case director", "Casusregisseur: the partner professional responsible for the content of one case."],
  CHAIN_PARTNER: ["Chain partner", "Ketenpartner: a partner professional who prepares, agrees and carries out actions."],
  TRIAGE_MEMBER: ["Triage member", "Screens new registrations (triagetafel)."],
  PRIVACY_OFFICER: ["Privacy officer", "Functionaris gegevensbescherming (FG / DPO): reviews the rules and the access log."],
};

/** The columns of the matrix: the user's organisation domain, then the user's role (both come from the token). */
export const COLUMNS: MatrixColumn[] = [
  ...Object.values(OrganisationDomain).map((key): MatrixColumn => ({ key, dimension: "DOMAIN", label: DOMAIN_TEXT[key][0], description: DOMAIN_TEXT[key][1] })),
  ...Object.values(ViewerRole).map((key): MatrixColumn => ({ key, dimension: "ROLE", label: ROLE_TEXT[key][0], description: ROLE_TEXT[key][1] })),
];

/** How to read the matrix; shown above it wherever it is rendered. */
export const READING_NOTES = [
  "A user is allowed when the cell of their organisation's domain AND the cell of one of their roles allow (a user with several roles may do what any of them may). Domain and roles come from the token of the organisation's own identity provider.",
  "yes: always. no: never. any: the rule does not look at this column. if …: only while the condition holds (see Conditions).",
  "Default deny: a field that the policy does not name is refused to everyone. Every field of the schema is named (a test enforces it).",
  "Needs: what must be visible to the user (row level, below) before the rule decides. A case they may not see (\"visible case\") or a meeting they may not see is answered NOT_FOUND, exactly like one that does not exist.",
  "Fields of objects that reach a client only through an allowed parent inherit the parent's decision; they are listed compactly with the fields through which they are reached.",
  "Tables: a user may name (tableId in registerCase, scheduleMeeting) exactly the tables Query.tables lists to them, those their organisation sits at or runs as a house. Any other table id is NOT_FOUND, exactly like one that does not exist.",
  "Case references are the year and ten random characters (YYYY-XXXXX-XXXXX), not a sequence number: a counter, per house or per table, would tell every partner who registers how many cases others registered in between.",
  "One role per token for privacy officers: PRIVACY_OFFICER together with a case role is refused at sign-in (401), so the PRIVACY_OFFICER column never combines with another.",
  "Log parity: an access-log line names a case's subject and house only when the acting user could see that case; a refused or not-found attempt keeps only the ids it sent.",
];
