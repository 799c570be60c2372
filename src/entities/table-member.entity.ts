import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Organisation } from "./organisation.entity";
import { ConsultationTable } from "./table.entity";

/** Vaste leden van een tafel. */
@Entity("table_member")
export class TableMember {
  @PrimaryColumn("uuid")
  tableId: string;

  @PrimaryColumn("uuid")
  organisationId: string;

  @ManyToOne(() => ConsultationTable, { onDelete: "CASCADE" })
  @JoinColumn({ name: "table_id" })
  table?: ConsultationTable;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisation_id" })
  organisation?: Organisation;
}
