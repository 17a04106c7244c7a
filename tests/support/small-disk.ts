import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach } from 'vitest'
import { tempDir } from './temp-files'

const mounted: string[] = []

/**
 * A real, tiny disk: a tmpfs of `kb` KiB, already filled up to `freeKb` KiB free, or null where
 * this machine does not let the tests mount one (not root, or no mount permission in a
 * container). Unmounted after the test. The injected-write tests cover the same code everywhere.
 */
export function smallDisk(kb: number, freeKb: number): string | null {
  const dir = path.join(tempDir(), 'small-disk')
  mkdirSync(dir)
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir])
  if (mount.status !== 0) return null
  mounted.push(dir)
  const filler = Buffer.alloc(Math.max(0, kb - freeKb) * 1024, 1)
  writeFileSync(path.join(dir, 'filler.bin'), filler)
  return dir
}

/** Makes a mounted small disk read-only. */
export function makeReadOnly(dir: string): void {
  spawnSync('mount', ['-o', 'remount,ro', dir])
}

export const canMountSmallDisks = (() => {
  if (process.getuid?.() !== 0) return false
  const probe = spawnSync('mount', ['--version'])
  return probe.status === 0
})()

afterEach(() => {
  for (const dir of mounted.splice(0)) spawnSync('umount', ['-l', dir])
})
