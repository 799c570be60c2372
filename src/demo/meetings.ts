import { InformationCategory } from "../domain/enums";
import { AgendaItemKind, MeetingStatus } from "../domain/enums";
import { AgendaItem, Attendance, Meeting } from "../entities";
import type { DemoOrg } from "./organisations";
import { care, maybeText, type MeetingSpec } from "./spec";
import type { DemoWriter } from "./writer";

const { NEW, FOLLOW_UP } = AgendaItemKind;
const present = (org: DemoOrg, name: string) => ({ org, present: true, name });
const absent = (org: DemoOrg) => ({ org, present: false });

/** Sittings of the tables: held ones with minutes and attendance, and planned ones with an agenda. Cases by number. */
export const DEMO_MEETINGS: MeetingSpec[] = [
  {
    table: "topX", at: 14, held: true,
    agenda: [
      { case: "0101", kind: FOLLOW_UP, minutes: care(InformationCategory.ADDICTION, "Plan versie 2 loopt. De intake verslavingszorg hapert; GGZ zoekt een alternatief en de procesregisseur schaalt op.") },
      { case: "0102", kind: FOLLOW_UP, minutes: "Passieve regie zonder nieuwe incidenten. Afsluiten wordt over zes maanden beoordeeld." },
    ],
    attendance: [
      present("zvh-rotterdam-rijnmond", "Anna Smit (procesregisseur)"), present("politie-rotterdam", "Mark Visser"), present("om-rotterdam", "mr. Esther Bos"),
      present("gemeente-rotterdam-oov", "Tom Hendriks"), present("ggz-rijnmond", "Fleur Jacobs"), present("wijkteam-rotterdam-zuid", "Hanna de Vries"),
      absent("reclassering-rotterdam"),
    ],
  },
  { table: "topX", at: -12, held: false, agenda: [{ case: "0101", kind: FOLLOW_UP }], attendance: [] },
  {
    table: "casusOpMaat", at: 95, held: true,
    agenda: [{ case: "0104", kind: NEW, minutes: care(InformationCategory.HEALTH, "Spoor 3: gezamenlijke aanpak. Het wijkteam wordt casusregisseur; eerst diagnostiek, handhaving als stok achter de deur.") }],
    attendance: [
      present("zvh-rotterdam-rijnmond", "Anna Smit (procesregisseur)"), present("gemeente-rotterdam-oov", "Ayoub Karim"),
      present("wijkteam-rotterdam-zuid", "Hanna de Vries"), present("ggz-rijnmond", "Fleur Jacobs"), present("politie-rotterdam", "Bram Koster"),
      absent("veilig-thuis-rr"),
    ],
  },
  { table: "casusOpMaat", at: -7, held: false, agenda: [{ case: "0104", kind: FOLLOW_UP }], attendance: [] },
  { table: "mda", at: -5, held: false, agenda: [{ case: "0107", kind: NEW }], attendance: [] },
  {
    table: "pgaVoetbal", at: 30, held: true,
    agenda: [
      { case: "0109", kind: FOLLOW_UP, minutes: "Meldplicht nagekomen; geen incidenten bij de laatste drie thuiswedstrijden." },
      { case: "0110", kind: NEW, minutes: "Spoor 2: opvolging door BVO Maasstad (gesprek met ouders, clubstadionverbod); de politie meldt nieuwe incidenten." },
    ],
    attendance: [
      present("zvh-rotterdam-rijnmond", "Anna Smit (procesregisseur)"), present("politie-rotterdam", "Sven de Boer"), present("om-rotterdam", "mr. Jasper van Dijk"),
      present("gemeente-rotterdam-oov", "Tom Hendriks"), present("bvo-maasstad", "Erik Timmer"), absent("reclassering-rotterdam"),
    ],
  },
  {
    table: "samenStraf", at: 62, held: true,
    agenda: [{ case: "0204", kind: NEW, minutes: "Spoor 1: advies aan de aanmelder. Geen meervoudige problematiek; de wijkinspecteur volgt op." }],
    attendance: [present("samen-antwerpen", "Els Vandenberghe (SAMEN-regisseur)"), present("parket-antwerpen", "Lies Van den Broeck"), present("politie-antwerpen", "Bart Jacobs")],
  },
  {
    table: "samenStraf", at: 20, held: true,
    agenda: [
      { case: "0201", kind: FOLLOW_UP, minutes: care(InformationCategory.HEALTH, "Voorwaarden nageleefd; dubbeldiagnosetraject loopt. Volgende bespreking over drie maanden.") },
      { case: "0202", kind: NEW, minutes: "Dossiervorming: CGG en CAW brengen informatie in onder het 458ter-protocol." },
    ],
    attendance: [
      present("samen-antwerpen", "Els Vandenberghe (SAMEN-regisseur)"), present("parket-antwerpen", "Lies Van den Broeck"),
      present("politie-antwerpen", "Bart Jacobs"), present("justitiehuis-antwerpen", "Pieter Wouters"), present("caw-antwerpen", "Hilde Vermeiren"),
      present("cgg-antwerpen", "dr. An Segers"), present("ocmw-antwerpen", "Maarten Dewulf"), absent("stad-antwerpen-veiligheid"),
    ],
  },
  { table: "samenStraf", at: -9, held: false, agenda: [{ case: "0201", kind: FOLLOW_UP }, { case: "0202", kind: FOLLOW_UP }], attendance: [] },
  {
    table: "samenZorg", at: 45, held: true,
    agenda: [{ case: "0205", kind: FOLLOW_UP, minutes: "Vastgesteld: verdere behandeling is onmogelijk. De casus wordt afgesloten." }],
    attendance: [
      present("samen-antwerpen", "Els Vandenberghe (SAMEN-regisseur)"), present("cgg-antwerpen", "Eva Willems"), present("ocmw-antwerpen", "Maarten Dewulf"),
      present("politie-antwerpen", "Bart Jacobs"), absent("stad-antwerpen-veiligheid"),
    ],
  },
];

/** `caseIds` maps the case number (the reference's last four digits) to the case's id. */
export async function writeMeetings(w: DemoWriter, specs: MeetingSpec[], caseIds: Map<string, string>): Promise<void> {
  const { em } = w;
  for (const spec of specs) {
    const meeting = await em.save(em.create(Meeting, {
      tableId: w.table(spec.table), scheduledAt: w.at(spec.at), status: spec.held ? MeetingStatus.HELD : MeetingStatus.PLANNED,
      reportSharedAt: spec.held ? w.at(spec.at - 1) : null,
    }));
    await em.save(spec.agenda.map((item) => {
      const caseId = caseIds.get(item.case);
      if (!caseId) throw new Error(`demo: meeting agenda names unknown case ${item.case}`);
      const minutes = maybeText(item.minutes);
      return em.create(AgendaItem, { meetingId: meeting.id, caseId, kind: item.kind, minutes: minutes.text, minutesCategory: minutes.category });
    }));
    if (spec.attendance.length) {
      await em.save(spec.attendance.map((a) => em.create(Attendance, {
        meetingId: meeting.id, organisationId: w.org(a.org), present: a.present, professionalName: a.present ? (a.name ?? null) : null,
      })));
    }
  }
}
