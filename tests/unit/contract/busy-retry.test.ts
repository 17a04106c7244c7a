import { describe, expect, it } from 'vitest'
import { retryWhenBusy } from '../../../shared/contract/busy-retry'
import type { Transport } from '../../../shared/contract/api-client'

const busy = { ok: false, error: { code: 'busy', message: 'busy', issues: [] } }
const conflict = { ok: false, error: { code: 'conflict', message: 'changed', issues: [] } }

/** A transport answering from a script, and the pauses the retry asked for. */
function scripted(answers: unknown[]) {
  const calls: string[] = []
  const pauses: number[] = []
  const transport: Transport = (name) => {
    calls.push(name)
    return Promise.resolve(answers.shift())
  }
  const sleep = (ms: number) => {
    pauses.push(ms)
    return Promise.resolve()
  }
  return { transport, sleep, calls, pauses }
}

describe('retryWhenBusy', () => {
  it('repeats a busy call with growing pauses until it goes through', async () => {
    const s = scripted([busy, busy, busy, { ok: true, value: 1 }])
    const waiting: boolean[] = []
    const call = retryWhenBusy(s.transport, { sleep: s.sleep, onWaiting: (w) => waiting.push(w) })
    expect(await call('clients.list', {})).toEqual({ ok: true, value: 1 })
    expect(s.calls).toHaveLength(4)
    expect(s.pauses).toEqual([100, 200, 400])
    expect(waiting).toEqual([true, false])
  })

  it('passes every other answer through at once, a conflict included', async () => {
    const s = scripted([conflict])
    const call = retryWhenBusy(s.transport, { sleep: s.sleep })
    expect(await call('blocks.applyPatches', {})).toBe(conflict)
    expect(s.pauses).toEqual([])
  })

  it('gives the busy answer back after its time limit', async () => {
    const s = scripted(Array.from({ length: 50 }, () => busy))
    const call = retryWhenBusy(s.transport, { sleep: s.sleep, limitMs: 1000 })
    expect(await call('clients.list', {})).toBe(busy)
    expect(s.pauses.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1000)
  })
})
