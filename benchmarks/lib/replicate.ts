import pg from 'pg'

/**
 * Scales synthetic content in bulk for the build-scale benchmark (issue 8, part 1: "bulk insert checked through
 * the API"): documents first created through the REST API (validated like an editor's) are copied in SQL, with
 * every table Payload keeps for their collection — the main table and its children (`<t>_locales`, has-many
 * selects, `<t>_rels`), the versions table `_<t>_v` and its children — ids shifted by a stride per copy, and the
 * text of unique columns (slugs) and titles suffixed with the copy's number, so every copy is a distinct,
 * published document in every locale. Internal links and images in copied rich text still point at the
 * originals, which exist. The caller checks copies through the API.
 */

interface Table {
  name: string
  columns: Array<{ name: string; type: string }>
  /** Text columns in a unique index (besides `id`): suffixed per copy. */
  unique: Set<string>
}

/** Tables of a collection's table name `t`: `t`, `t_…`, `_t_v`, `_t_v_…`. */
async function tablesOf(client: pg.Client, table: string): Promise<Table[]> {
  const names = await client.query<{ table_name: string }>(
    `select table_name from information_schema.tables
      where table_schema = 'public' and (table_name = $1 or table_name like $2 or table_name = $3 or table_name like $4)`,
    [table, `${table}\\_%`, `_${table}_v`, `_${table}\\_v\\_%`],
  )
  const tables: Table[] = []
  for (const { table_name: name } of names.rows) {
    const columns = await client.query<{ column_name: string; data_type: string }>(
      `select column_name, data_type from information_schema.columns
        where table_schema = 'public' and table_name = $1 order by ordinal_position`,
      [name],
    )
    const unique = await client.query<{ column_name: string }>(
      `select a.attname as column_name
         from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
        where i.indrelid = $1::regclass and i.indisunique and not i.indisprimary`,
      [`public."${name}"`],
    )
    tables.push({
      name,
      columns: columns.rows.map((row) => ({ name: row.column_name, type: row.data_type })),
      unique: new Set(unique.rows.map((row) => row.column_name)),
    })
  }
  return tables
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`
const isText = (type: string) => type === 'character varying' || type === 'text'

/**
 * Copies the documents `ids` of the collection stored in `table` (e.g. `pages`), copies number `from`…`to`
 * (inclusive; numbers never reused, so suffixes stay unique), in one transaction, then moves the sequences
 * past the new ids.
 * @returns documents created
 * @throws when PostgreSQL refuses a copy (the transaction is rolled back: nothing is half-copied)
 */
export async function replicateDocuments(
  databaseUrl: string,
  table: string,
  ids: readonly number[],
  from: number,
  to: number,
): Promise<number> {
  if (ids.length === 0 || to < from) return 0
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const tables = await tablesOf(client, table)
    const versions = `_${table}_v`
    // One stride per table, above every id it holds, so copy k's ids (id + k × stride) never collide.
    const stride = new Map<string, number>()
    for (const { name, columns } of tables) {
      if (!columns.some((column) => column.name === 'id' && column.type === 'integer')) continue
      const max = await client.query<{ max: number | null }>(
        `select max(id) as max from ${quote(name)}`,
      )
      stride.set(name, (max.rows[0]?.max ?? 0) + 1)
    }
    const ordered = [
      ...tables.filter((t) => t.name === table),
      ...tables.filter((t) => t.name === versions),
      ...tables.filter((t) => t.name !== table && t.name !== versions),
    ]
    await client.query('begin')
    for (let copy = from; copy <= to; copy += 1) {
      for (const current of ordered) {
        const isVersionChild = current.name.startsWith(`${versions}_`)
        const parentTable = isVersionChild ? versions : table
        const parentStride = stride.get(parentTable) ?? 0
        const select = current.columns.map(({ name, type }) => {
          const column = quote(name)
          if (name === 'id' && type === 'integer')
            return `${column} + ${copy * (stride.get(current.name) ?? 0)}`
          if (name === 'id' && isText(type)) return `${column} || '-c${copy}'`
          // A child row's parent: the main table (or, for a version's children, the versions table).
          if (current.name !== table && (name === '_parent_id' || name === 'parent_id')) {
            const shift = current.name === versions ? (stride.get(table) ?? 0) : parentStride
            return `${column} + ${copy * shift}`
          }
          if (isText(type) && (current.unique.has(name) || /(^|_)(slug|title)$/.test(name)))
            return `${column} || '-${copy}'`
          return column
        })
        const list = current.columns.map(({ name }) => quote(name)).join(', ')
        const which =
          current.name === table
            ? `id = any($1)`
            : current.name === versions
              ? `parent_id = any($1)`
              : isVersionChild
                ? `${current.columns.some((c) => c.name === '_parent_id') ? '_parent_id' : 'parent_id'} in (select id from ${quote(versions)} where parent_id = any($1))`
                : `${current.columns.some((c) => c.name === '_parent_id') ? '_parent_id' : 'parent_id'} = any($1)`
        await client.query(
          `insert into ${quote(current.name)} (${list}) select ${select.join(', ')} from ${quote(current.name)} where ${which}`,
          [ids],
        )
      }
    }
    for (const name of stride.keys()) {
      await client.query(
        `select setval(pg_get_serial_sequence($1, 'id'), (select max(id) from ${quote(name)}))`,
        [`public.${quote(name)}`],
      )
    }
    await client.query('commit')
    return ids.length * (to - from + 1)
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    await client.end()
  }
}
