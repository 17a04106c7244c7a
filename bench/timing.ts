/** Median and 95th percentile of repeated timings, in milliseconds, after warm-up runs. */
export function measure(run: () => unknown, options: { warmup?: number; samples?: number } = {}) {
  for (let i = 0; i < (options.warmup ?? 5); i++) run()
  const times: number[] = []
  for (let i = 0; i < (options.samples ?? 25); i++) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!
  return { median: at(0.5), p95: at(0.95) }
}

export function report(label: string, ms: number, target: string): void {
  const shown = ms < 10 ? ms.toFixed(3) : ms.toFixed(1)
  console.log(`${label.padEnd(48)} ${shown.padStart(9)} ms   (target ${target})`)
}

/** `measure` for work that awaits (database reads, file writes). */
export async function measureAsync(
  run: () => Promise<unknown>,
  options: { warmup?: number; samples?: number } = {},
) {
  for (let i = 0; i < (options.warmup ?? 1); i++) await run()
  const times: number[] = []
  for (let i = 0; i < (options.samples ?? 5); i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(times.length / 2)]! }
}
