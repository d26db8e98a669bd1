/**
 * The intake's baseline (issue 8): a bare `node:http` server that parses a JSON body and INSERTs it into a
 * table of its own with `pg` (pool of 10, as pg's default and Payload's), answering 201 `{"ok":true}`; 400 for a
 * body that is not JSON; `GET /count` answers `{"rows": n}`, the rows stored. What any intake on this machine and database costs at least, without Next.js,
 * Payload, validation or abuse checks.
 * Run as its own process (as the CMS is): `node benchmarks/lib/baseline-intake-server.ts` with DATABASE_URL
 * and PORT; prints `listening` once it accepts connections; SIGTERM stops it.
 */
import { createServer } from 'node:http'

import pg from 'pg'

/** The baseline's own table, created when missing. */
const baselineTable = 'bench_intake_baseline'

const databaseUrl = process.env.DATABASE_URL
const port = Number(process.env.PORT)
if (!databaseUrl || !Number.isInteger(port)) {
  console.error('baseline-intake-server: DATABASE_URL and PORT must be set')
  process.exit(1)
}
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 })
await pool.query(
  `create table if not exists ${baselineTable} (id bigserial primary key, body jsonb not null, created_at timestamptz not null default now())`,
)

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/count') {
    pool.query<{ rows: number }>(`select count(*)::int as rows from ${baselineTable}`).then(
      (result) => res.writeHead(200).end(JSON.stringify(result.rows[0])),
      () => res.writeHead(500).end(),
    )
    return
  }
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => {
    let body: unknown
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    } catch {
      res.writeHead(400, { 'Content-Type': 'application/json' }).end('{"ok":false}')
      return
    }
    pool.query(`insert into ${baselineTable} (body) values ($1)`, [JSON.stringify(body)]).then(
      () => res.writeHead(201, { 'Content-Type': 'application/json' }).end('{"ok":true}'),
      () => res.writeHead(500).end(),
    )
  })
})
server.listen(port, '127.0.0.1', () => console.log('listening'))
process.on('SIGTERM', () => {
  server.close()
  server.closeAllConnections()
  void pool.end().then(() => process.exit(0))
})
