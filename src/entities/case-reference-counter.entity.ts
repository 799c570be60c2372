import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * The last case number a house gave out in a year (the NNNNN of reference YYYY-NNNNN-XXXX). Registration
 * takes the next one with a single upsert (cases/case-registration.service.ts), whose row lock keeps
 * concurrent registrations at one house from drawing the same number.
 */
@Entity("case_reference_counter")
export class CaseReferenceCounter {
  @PrimaryColumn("uuid")
  houseId: string;

  @PrimaryColumn("int")
  year: number;

  @Column("int")
  last: number;
}
