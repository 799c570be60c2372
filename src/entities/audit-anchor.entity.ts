import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/**
 * Written by the retention purge (src/audit/purge.ts), the only way lines leave the access log: the last
 * purged line's id and hash, so the remaining chain still verifies from that anchor. Append-only too.
 */
@Entity("audit_anchor")
export class AuditAnchor {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "bigint" })
  throughId: string;

  @Column({ type: "char", length: 64 })
  throughHash: string;

  @Column("int")
  purgedRows: number;

  /** Lines that occurred before this moment were due (now minus AUDIT_RETENTION_YEARS). */
  @Column({ type: "timestamptz" })
  cutoff: Date;

  @Column({ type: "timestamptz" })
  purgedAt: Date;

  @Column()
  purgedBy: string;
}
