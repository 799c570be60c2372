import { createDataSource } from "./src/db/data-source";

/** DataSource for the TypeORM CLI (migration:generate / migration:run). Needs DATABASE_URL. */
const url = process.env.DATABASE_URL;
if (!url) throw new Error("Set DATABASE_URL to run the TypeORM CLI (for example the embedded server's URL printed by npm start).");
export default createDataSource(url);
