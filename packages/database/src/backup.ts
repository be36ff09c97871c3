/**
 * A logical backup that moves between PGlite and PostgreSQL: newline-delimited JSON, one header
 * line (format, migrations, tables with columns and row counts) then one line per row, tables in
 * foreign-key order. Restoring replaces every table's rows in one transaction, or changes nothing.
 */
import { asc, getTableColumns, sql } from "drizzle-orm";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import type { AtlasDatabase } from "./atlas-database.ts";
import { DatabaseError } from "./errors.ts";
import { executeRows } from "./execute-rows.ts";
import { migrateDatabase, migrationStatus } from "./migrate.ts";
import { tablesInDependencyOrder } from "./schema.ts";

export const backupFormat = "circular-atlas-backup";
export const backupFormatVersion = 1;

export interface BackupHeader {
  readonly format: typeof backupFormat;
  readonly formatVersion: number;
  readonly createdAt: string;
  readonly sourceKind: string;
  readonly migrationsApplied: number;
  readonly tables: readonly {
    readonly name: string;
    readonly columns: readonly string[];
    readonly rows: number;
  }[];
}

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const pageSize = 5_000;

function tableName(table: PgTable): string {
  return getTableConfig(table).name;
}

function columnNames(table: PgTable): string[] {
  return getTableConfig(table).columns.map((column) => column.name);
}

function primaryKeyOrder(table: PgTable) {
  const config = getTableConfig(table);
  const keyColumns = config.columns.filter((column) => column.primary);
  const compositeKeys = config.primaryKeys.flatMap((key) => key.columns);
  const columns = keyColumns.length > 0 ? keyColumns : compositeKeys;
  return columns.map((column) => asc(column));
}

function toJson(value: unknown): JsonValue {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  return value as JsonValue;
}

/** Yields the backup as lines (without line ends): the header, then every row. */
export async function* dumpDatabase(
  db: AtlasDatabase,
  options: { kind: string; now: () => Date },
): AsyncGenerator<string> {
  const status = await migrationStatus(db);
  const tables = [];
  for (const table of tablesInDependencyOrder) {
    const count = await db.select({ count: sql<number>`count(*)::int` }).from(table);
    tables.push({ name: tableName(table), columns: columnNames(table), rows: count[0]?.count ?? 0 });
  }
  const header: BackupHeader = {
    format: backupFormat,
    formatVersion: backupFormatVersion,
    createdAt: options.now().toISOString(),
    sourceKind: options.kind,
    migrationsApplied: status.applied,
    tables,
  };
  yield JSON.stringify(header);
  for (const table of tablesInDependencyOrder) {
    const name = tableName(table);
    const columns = Object.values(getTableColumns(table));
    for (let offset = 0; ; offset += pageSize) {
      const rows = await executeRows<Record<string, unknown>>(
        db,
        sql`select * from ${table} order by ${sql.join(primaryKeyOrder(table), sql`, `)} limit ${pageSize} offset ${offset}`,
      );
      for (const row of rows) {
        // Drizzle's own column mapping makes the file identical whichever driver wrote it
        // (node-postgres returns bigint as text, PGlite as a number).
        yield JSON.stringify([
          name,
          columns.map((column) => {
            const value = row[column.name];
            return toJson(value === null || value === undefined ? null : column.mapFromDriverValue(value));
          }),
        ]);
      }
      if (rows.length < pageSize) break;
    }
  }
}

export interface RestoreCounts {
  readonly tables: Record<string, number>;
}

/**
 * Replaces the database's rows with the backup's. The target is migrated first; a backup from a
 * newer schema is refused. Any malformed line aborts the whole restore, leaving data untouched.
 */
export async function restoreDatabase(
  db: AtlasDatabase,
  lines: AsyncIterable<string>,
): Promise<RestoreCounts> {
  await migrateDatabase(db);
  const status = await migrationStatus(db);
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = parseHeader(first.done ? undefined : first.value);
  if (header.migrationsApplied > status.applied) {
    throw new DatabaseError(
      "database/restore-invalid",
      `the backup was taken from a newer schema (${header.migrationsApplied} migrations, this app has ${status.applied}); restore it with a newer Circular Atlas`,
    );
  }
  const tablesByName = new Map(tablesInDependencyOrder.map((table) => [tableName(table), table]));
  const declared = new Map(header.tables.map((table) => [table.name, table]));
  for (const name of declared.keys()) {
    if (!tablesByName.has(name)) throw invalid(`the backup holds an unknown table "${name}"`);
  }
  return db.transaction(async (tx) => {
    // The audit log refuses deletes except inside a restore, which replaces it whole.
    await tx.execute(sql`select set_config('atlas.restoring', 'on', true)`);
    for (const table of [...tablesInDependencyOrder].reverse()) await tx.delete(table);
    const counts: Record<string, number> = {};
    let pending: { name: string; rows: JsonValue[][] } | undefined;
    const flush = async () => {
      if (pending === undefined || pending.rows.length === 0) return;
      const table = tablesByName.get(pending.name) as PgTable;
      await insertRows(
        tx as unknown as AtlasDatabase,
        table,
        declared.get(pending.name)?.columns ?? [],
        pending.rows,
      );
      counts[pending.name] = (counts[pending.name] ?? 0) + pending.rows.length;
      pending.rows = [];
    };
    let lineNumber = 1;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      lineNumber++;
      if (next.value.trim() === "") continue;
      const [name, values] = parseRow(next.value, lineNumber, declared);
      if (pending?.name !== name) {
        await flush();
        pending = { name, rows: [] };
      }
      pending.rows.push(values);
      if (pending.rows.length >= 500) await flush();
    }
    await flush();
    for (const table of header.tables) {
      if ((counts[table.name] ?? 0) !== table.rows) {
        throw invalid(
          `table ${table.name}: the header promises ${table.rows} rows, the file holds ${counts[table.name] ?? 0}`,
        );
      }
    }
    await resetIdentitySequences(tx as unknown as AtlasDatabase);
    return { tables: counts };
  });
}

function invalid(message: string): DatabaseError {
  return new DatabaseError("database/restore-invalid", message);
}

function parseHeader(line: string | undefined): BackupHeader {
  if (line === undefined) throw invalid("the backup file is empty");
  let header: Partial<BackupHeader>;
  try {
    header = JSON.parse(line) as Partial<BackupHeader>;
  } catch {
    throw invalid("line 1 is not JSON; this is not a Circular Atlas backup");
  }
  if (header.format !== backupFormat)
    throw invalid("line 1 does not declare the circular-atlas-backup format");
  if (header.formatVersion !== backupFormatVersion) {
    throw invalid(
      `backup format version ${header.formatVersion} is not supported (expected ${backupFormatVersion})`,
    );
  }
  if (!Array.isArray(header.tables) || typeof header.migrationsApplied !== "number")
    throw invalid("line 1 lacks the table list");
  return header as BackupHeader;
}

function parseRow(
  line: string,
  lineNumber: number,
  declared: Map<string, BackupHeader["tables"][number]>,
): [string, JsonValue[]] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw invalid(`line ${lineNumber} is not valid JSON`);
  }
  if (!Array.isArray(parsed) || typeof parsed[0] !== "string" || !Array.isArray(parsed[1])) {
    throw invalid(`line ${lineNumber} is not a [table, values] row`);
  }
  const table = declared.get(parsed[0]);
  if (table === undefined)
    throw invalid(`line ${lineNumber} names a table missing from the header: ${parsed[0]}`);
  if (parsed[1].length !== table.columns.length) {
    throw invalid(
      `line ${lineNumber}: ${table.name} has ${table.columns.length} columns, the row has ${parsed[1].length}`,
    );
  }
  return [parsed[0], parsed[1] as JsonValue[]];
}

async function insertRows(
  db: AtlasDatabase,
  table: PgTable,
  columns: readonly string[],
  rows: JsonValue[][],
): Promise<void> {
  const known = new Set(columnNames(table));
  for (const column of columns) {
    if (!known.has(column))
      throw invalid(`the backup has a column ${getTableConfig(table).name}.${column} this app does not know`);
  }
  const values = rows.map(
    (row) =>
      sql`(${sql.join(
        // Objects and arrays are jsonb; PostgreSQL parses the text of a parameter into the column type.
        row
          .map((value) => (value !== null && typeof value === "object" ? JSON.stringify(value) : value))
          .map((value) => sql`${value}`),
        sql`, `,
      )})`,
  );
  await db.execute(
    sql`insert into ${table} (${sql.join(
      columns.map((column) => sql.identifier(column)),
      sql`, `,
    )}) overriding system value values ${sql.join(values, sql`, `)}`,
  );
}

async function resetIdentitySequences(db: AtlasDatabase): Promise<void> {
  for (const table of tablesInDependencyOrder) {
    const name = tableName(table);
    for (const column of getTableConfig(table).columns) {
      if (!(column as unknown as { generatedIdentity?: unknown }).generatedIdentity) continue;
      await db.execute(
        sql.raw(
          `select setval(pg_get_serial_sequence('${name}', '${column.name}'), coalesce((select max("${column.name}") from "${name}"), 0) + 1, false)`,
        ),
      );
    }
  }
}
