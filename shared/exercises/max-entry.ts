import { plainNumber } from '../tables/cell-values'
import type { LoadUnits } from './loads'
import { kgFromUnit } from './loads'

/** A max as the contract records it: a tested 1RM, or a set to estimate it from, in kg. */
export type MaxEntry = { oneRmKg: number } | { fromSet: { loadKg: number; reps: number } }

const NUMBER = String.raw`(\d{1,4}(?:[.,]\d+)?)`
const UNIT = String.raw`(kg|kgs|lb|lbs)?`
const TESTED = new RegExp(String.raw`^${NUMBER}\s*${UNIT}$`, 'i')
const FROM_SET = new RegExp(String.raw`^${NUMBER}\s*${UNIT}\s*[x×]\s*(\d{1,3})\s*${UNIT}$`, 'i')

/** The pattern lets through plain decimals only; read as every cell is. */
const toNumber = (text: string) => plainNumber(text)!

/**
 * What a coach types for a max, in the client's unit unless the text names one: "140", "315lb",
 * "140 kg" (a tested 1RM) or "100x5", "225 lb x 5" (a set to estimate it from). Plain decimals
 * only, so "1e3" is refused rather than read as 1,000. The numbers go to the contract in kg (to the
 * gram), which checks them; or the problem in words.
 */
export function readMaxEntry(
  text: string,
  units: Pick<LoadUnits, 'unit'>,
): MaxEntry | { error: string } {
  const t = text.trim()
  const inKg = (value: string, ...named: (string | undefined)[]) => {
    const unit = named.find(Boolean)?.toLowerCase().startsWith('lb')
      ? 'lb'
      : named.find(Boolean)
        ? 'kg'
        : units.unit
    return kgFromUnit(toNumber(value), { unit, increment: 1 })
  }
  const tested = TESTED.exec(t)
  if (tested) return { oneRmKg: inKg(tested[1]!, tested[2]) }
  const set = FROM_SET.exec(t)
  if (set && !(set[2] && set[4])) {
    return { fromSet: { loadKg: inKg(set[1]!, set[2], set[4]), reps: Number(set[3]) } }
  }
  return {
    error: `write a tested 1RM like 140 or a set like 100x5 (in ${units.unit}, or name kg or lb: 315lb)`,
  }
}
