import { parse, validate, type GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { documentHash } from "./trusted-documents";

export interface RegisteredDocument {
  name: string;
  hash: string;
}

const APP_NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/i;

/**
 * Registers documents for one organisation's app: each text as it is, by its SHA-256, after checking it
 * against the schema (a document that could never run is a mistake to catch now, not in production).
 * Registering again is harmless. Runs as the owner (npm run documents:register); the API only reads.
 */
export async function registerDocuments(ds: DataSource, schema: GraphQLSchema, organisationCode: string, app: string, documents: Array<{ name: string; text: string }>): Promise<RegisteredDocument[]> {
  if (!APP_NAME.test(app)) throw new Error(`--app must be letters, digits, '.', '_' or '-' (at most 100), not '${app}'.`);
  const [organisation] = await ds.query(`SELECT id FROM organisation WHERE code = $1`, [organisationCode]);
  if (!organisation) throw new Error(`No partner organisation with code '${organisationCode}'.`);
  const checked = documents.map(({ name, text }) => {
    const errors = validate(schema, parse(text));
    if (errors.length) throw new Error(`${name} does not match the schema: ${errors.map((e) => e.message).join("; ")}`);
    return { name, text, hash: documentHash(text) };
  });
  await ds.transaction(async (manager) => {
    for (const { text, hash } of checked) {
      await manager.query(`INSERT INTO trusted_document (organisation_id, app, hash, document) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [organisation.id, app, hash, text]);
    }
  });
  return checked.map(({ name, hash }) => ({ name, hash }));
}
