// npm run bench:team (part 2): 10 coaches saving at once into one `blockwise serve` for 60 s,
// then the server killed mid-save 10 times. Prints figures, and whether anything acknowledged
// was lost (it must never be: `lost` is the invariant tests/integration/team/kill.test.ts holds).
import pg from 'pg'
import { INSTALL_HINT, postgresBinDir, startThrowawayCluster } from '../tests/support/pg-cluster'
import type { ThrowawayCluster } from '../tests/support/pg-cluster'
import {
  CoachClient,
  keepSaving,
  makeTeam,
  ownBlock,
  percentile,
  startServe,
} from '../tests/support/team-server-process'
import type { SaveLog } from '../tests/support/team-server-process'

const COACHES = 10
const LOAD_SECONDS = Number(process.env.TEAM_LOAD_SECONDS ?? 60)
const KILLS = Number(process.env.TEAM_KILLS ?? 10)

async function teamDatabase(cluster: ThrowawayCluster, name: string): Promise<string> {
  const admin = new pg.Client(cluster.url())
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  return cluster.url(name)
}

/** Every acknowledged session is in the database, and each block holds exactly what it counts. */
async function check(url: string, logs: readonly SaveLog[], blockIds: readonly string[]) {
  const client = new pg.Client(url)
  await client.connect()
  const present = new Set(
    (await client.query<{ id: string }>('select id from sessions')).rows.map((r) => r.id),
  )
  // A save is one transaction: the session, the revision bump and the change-log row together.
  const whole = await client.query<{
    id: string
    revision: number
    sessions: string
    logged: string
  }>(
    `select b.id, b.revision,
       (select count(*) from sessions s where s.block_id = b.id) as sessions,
       (select count(*) from change_log l where l.block_id = b.id and l.block_revision > 1) as logged
     from blocks b where b.id = any($1)`,
    [blockIds],
  )
  await client.end()
  const acknowledged = logs.flatMap((l) => l.acknowledged)
  const lost = acknowledged.filter((id) => !present.has(id))
  const torn = whole.rows.filter(
    (b) => Number(b.sessions) !== b.revision - 1 || Number(b.logged) !== b.revision - 1,
  )
  return {
    acknowledged: acknowledged.length,
    lost: lost.length,
    torn: torn.length,
    present: present.size,
  }
}

function summary(label: string, logs: readonly SaveLog[], seconds: number) {
  const latencies = logs.flatMap((l) => l.latencies)
  const refused = new Map<number, number>()
  for (const log of logs)
    for (const [s, n] of log.refused) refused.set(s, (refused.get(s) ?? 0) + n)
  const fiveHundreds = [...refused].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0)
  console.log(`${label}`)
  console.log(
    `  acknowledged saves            ${latencies.length} (${(latencies.length / seconds).toFixed(1)}/s)`,
  )
  console.log(
    `  save latency median / p95 / max  ${percentile(latencies, 0.5).toFixed(0)} / ${percentile(latencies, 0.95).toFixed(0)} / ${percentile(latencies, 1).toFixed(0)} ms`,
  )
  console.log(`  5xx answers                   ${fiveHundreds}`)
  console.log(
    `  other refusals                ${
      [...refused]
        .filter(([s]) => s < 500)
        .map(([s, n]) => `${s === 0 ? 'connection lost' : s}: ${n}`)
        .join(', ') || 'none'
    }`,
  )
}

async function main() {
  if (!postgresBinDir()) {
    console.log(INSTALL_HINT)
    return
  }
  const cluster = await startThrowawayCluster({ durable: true })
  try {
    // 1. Load: 10 coaches, each saving into their own client's block, for 60 s.
    const url = await teamDatabase(cluster, 'load')
    const team = await makeTeam(url, COACHES)
    const server = await startServe(url)
    const coaches = await Promise.all(
      team.map(async ({ email, code }) => {
        const coach = new CoachClient(server.address)
        await coach.firstSignIn(email, code)
        return coach
      }),
    )
    const blocks = await Promise.all(coaches.map((c, i) => ownBlock(c, `Client of coach ${i}`)))
    const end = Date.now() + LOAD_SECONDS * 1000
    const logs = await Promise.all(
      coaches.map((c, i) => keepSaving(c, blocks[i]!, `c${i}`, () => Date.now() >= end)),
    )
    await server.stop()
    summary(
      `${COACHES} coaches saving at once for ${LOAD_SECONDS} s, one server`,
      logs,
      LOAD_SECONDS,
    )
    const load = await check(
      url,
      logs,
      blocks.map((b) => b.id),
    )
    console.log(`  acknowledged but missing      ${load.lost} (torn saves: ${load.torn})`)

    // 2. The server killed with SIGKILL at a random moment of each round, 10 times, and restarted.
    const killUrl = await teamDatabase(cluster, 'kills')
    const killTeam = await makeTeam(killUrl, COACHES)
    let current = await startServe(killUrl)
    const port = Number(new URL(current.address).port)
    const killCoaches = await Promise.all(
      killTeam.map(async ({ email, code }) => {
        const coach = new CoachClient(current.address)
        await coach.firstSignIn(email, code)
        return coach
      }),
    )
    const killBlocks = await Promise.all(killCoaches.map((c, i) => ownBlock(c, `Kill client ${i}`)))
    let stopping = false
    const started = Date.now()
    const saving = Promise.all(
      killCoaches.map((c, i) => keepSaving(c, killBlocks[i]!, `k${i}`, () => stopping)),
    )
    for (let round = 0; round < KILLS; round++) {
      await new Promise((resolve) => setTimeout(resolve, 1000 + Math.random() * 2000))
      await current.kill()
      current = await startServe(killUrl, port)
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
    stopping = true
    const killLogs = await saving
    await current.stop()
    summary(
      `the server killed mid-save ${KILLS} times (SIGKILL, restarted on the same port)`,
      killLogs,
      (Date.now() - started) / 1000,
    )
    const kills = await check(
      killUrl,
      killLogs,
      killBlocks.map((b) => b.id),
    )
    console.log(
      `  acknowledged but missing      ${kills.lost} of ${kills.acknowledged} (torn saves: ${kills.torn}; saves in the database: ${kills.present})`,
    )
  } finally {
    cluster.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
