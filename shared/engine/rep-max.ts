/**
 * The rep-max model of docs/engine-rules.md §2.5: Epley's formula, 1RM = w × (1 + r/30) (Epley
 * 1985; LeSuer 1997 on its accuracy), read both ways. Within about one rep of the RTS/Tuchscherer
 * chart at RPE 10 for 3–10 reps. HEAVY_BASE (§2.5), PRG-05 (§5.3) and the loads of RPE lines use
 * it, so they agree on what a client can lift.
 */

/**
 * RM(p) (§2.5, named as the spec names it): the reps possible at `pct` % of the 1RM, unrounded:
 * 30 × (100/p − 1). Defined for 0 < p ≤ 100 (0 reps at 100 %); above 100 it is negative.
 */
export function RM(pct: number): number {
  return 30 * (100 / pct - 1)
}

/**
 * The inverse: the % of 1RM at which `reps` leave `rir` reps in reserve, 100 / (1 + (reps + rir)/30).
 * 5 reps to failure ≈ 85.7 %; 5 reps with two in reserve ≈ 81.1 %.
 */
export function pctForReps(reps: number, rir = 0): number {
  return 100 / (1 + (reps + rir) / 30)
}

/** Reps in reserve of `reps` done at `pct` % of 1RM: RM(p) − reps (negative past the rep max). */
export function repsInReserve(reps: number, pct: number): number {
  return RM(pct) - reps
}
