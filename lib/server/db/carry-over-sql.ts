// The catalog reads and statements of carry-over-pglite.ts. Identifiers come from the catalog and are quoted; values
// always travel as parameters.

export type CarriedColumn = {
  name: string;
  /** format_type(): what the column is declared as, e.g. `timestamp(3) with time zone`, `integer[]`, `"Role"` */
  type: string;
  /** the type's own name (`bytea`, `jsonb`, `_int4`…) */
  base: string;
  /** json and jsonb travel as their text, so a JSON null stays distinct from SQL NULL */
  json: boolean;
};
export type CarriedTable = { name: string; columns: CarriedColumn[]; key: CarriedColumn[] };

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Every table of schema public but Prisma's bookkeeping, with its stored (not generated) columns and primary key. */
export async function readTables(query: Query): Promise<CarriedTable[]> {
  const rows = await query(`
    SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, t.typname AS base,
           array_position(i.indkey::int2[], a.attnum) AS key_position
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      JOIN pg_type t ON t.oid = a.atttypid
      LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> '_prisma_migrations'
     ORDER BY c.relname, a.attnum`);
  const tables = new Map<string, CarriedTable & { positions: Map<CarriedColumn, number> }>();
  for (const row of rows) {
    const name = String(row.table);
    let table = tables.get(name);
    if (!table) tables.set(name, (table = { name, columns: [], key: [], positions: new Map() }));
    const base = String(row.base);
    const column = { name: String(row.column), type: String(row.type), base, json: base === "json" || base === "jsonb" };
    table.columns.push(column);
    if (row.key_position !== null) table.positions.set(column, Number(row.key_position));
  }
  return [...tables.values()].map(({ positions, ...table }) => ({
    ...table,
    key: [...positions.entries()].sort((a, b) => a[1] - b[1]).map(([column]) => column),
  }));
}

/** Both sides were migrated from the same folder; anything else would lose columns silently, so it is refused. */
export function compareSchemas(source: CarriedTable[], target: CarriedTable[]) {
  const describe = (tables: CarriedTable[]) =>
    new Set(tables.flatMap((t) => t.columns.map((c) => `${t.name}.${c.name} ${c.type}`)));
  const from = describe(source);
  const to = describe(target);
  const onlyFrom = [...from].filter((c) => !to.has(c));
  const onlyTo = [...to].filter((c) => !from.has(c));
  if (onlyFrom.length || onlyTo.length) {
    const list = (items: string[]) => (items.length ? items.slice(0, 5).join(", ") + (items.length > 5 ? ", …" : "") : "none");
    throw new Error(`The PGlite folder's tables differ from the target's after migrating both (only in PGlite: ${list(onlyFrom)}; only in the target: ${list(onlyTo)})`);
  }
}

/**
 * One page of rows as one JSON array text, built by PGlite itself: PostgreSQL's own JSON output keeps every value
 * exact (timestamps with their offset, bigint and numeric as written, floats shortest-exact, bytea as `\x` hex).
 * Parameters: the last key of the previous page (when `after`), then the limit; a table without a primary key
 * pages by ctid with limit and offset (the read-only snapshot keeps that order stable).
 */
export function pageStatement(table: CarriedTable, after: boolean): string {
  const select = table.columns.map((c) => (c.json ? `to_json(${quoteIdent(c.name)}::text) AS ${quoteIdent(c.name)}` : quoteIdent(c.name)));
  const from = quoteIdent(table.name);
  let page: string;
  let last = "NULL::text[]";
  if (table.key.length) {
    const keys = table.key.map((c) => quoteIdent(c.name));
    const where = after ? `WHERE (${keys.join(", ")}) > (${table.key.map((c, i) => `$${i + 1}::${c.type}`).join(", ")})` : "";
    const limitParam = after ? table.key.length + 1 : 1;
    page = `SELECT ${select.join(", ")} FROM ${from} ${where} ORDER BY ${keys.join(", ")} LIMIT $${limitParam}`;
    last = `(SELECT ARRAY[${keys.map((k) => `${k}::text`).join(", ")}] FROM page ORDER BY ${keys.map((k) => `${k} DESC`).join(", ")} LIMIT 1)`;
  } else {
    page = `SELECT ${select.join(", ")} FROM ${from} ORDER BY ctid LIMIT $1 OFFSET $2`;
  }
  return `WITH page AS MATERIALIZED (${page})
    SELECT (SELECT json_agg(page)::text FROM page) AS rows, (SELECT count(*)::int FROM page) AS n, ${last} AS last`;
}

/** One parameterised INSERT per page; columns are matched by name, so their order on either side cannot matter. */
export function insertStatement(table: CarriedTable): string {
  const names = table.columns.map((c) => quoteIdent(c.name));
  const values = table.columns.map((c) => (c.json ? `r.${quoteIdent(c.name)}::${c.type}` : `r.${quoteIdent(c.name)}`));
  const record = table.columns.map((c) => `${quoteIdent(c.name)} ${c.json ? "text" : c.type}`);
  return `INSERT INTO ${quoteIdent(table.name)} (${names.join(", ")}) OVERRIDING SYSTEM VALUE
    SELECT ${values.join(", ")} FROM json_to_recordset($1::json) AS r(${record.join(", ")})`;
}

/** Every column of the carried tables that owns a serial or identity sequence. */
export async function readSerialColumns(target: { query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }) {
  const { rows } = await target.query(`
    SELECT * FROM (
      SELECT c.relname AS table, a.attname AS column, pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS sequence
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
    ) s WHERE sequence IS NOT NULL ORDER BY 1, 2`);
  return rows.map((r) => ({ table: String(r.table), column: String(r.column), sequence: String(r.sequence) }));
}
