/** Test helpers: real databases (PGlite, and PostgreSQL when DATABASE_URL is set). No mocks. */

export { seedReferenceData } from "./fixtures.ts";
export type { TestDatabaseTarget } from "./test-databases.ts";
export {
  createPostgresDatabase,
  createThrowawayPostgresDatabase,
  testDatabaseTargets,
} from "./test-databases.ts";
