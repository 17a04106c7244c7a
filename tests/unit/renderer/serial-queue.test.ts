import { describe, expect, it } from 'vitest'
import { serialQueue } from '../../../renderer/src/block/serial-queue'

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the save queue', () => {
  it('runs each task only after the one queued before it has finished, in order', async () => {
    const run = serialQueue()
    const log: string[] = []
    const slow = run(async () => {
      log.push('first starts')
      await later(30)
      log.push('first ends')
      return 1
    })
    const quick = run(() => {
      log.push('second starts')
      return Promise.resolve(2)
    })
    expect(await Promise.all([slow, quick])).toEqual([1, 2])
    expect(log).toEqual(['first starts', 'first ends', 'second starts'])
  })

  it('goes on with the next task when one fails, and hands the failure to its caller', async () => {
    const run = serialQueue()
    const failed = run(() => Promise.reject(new Error('backend gone')))
    const next = run(() => Promise.resolve('saved'))
    await expect(failed).rejects.toThrow('backend gone')
    await expect(next).resolves.toBe('saved')
  })
})
