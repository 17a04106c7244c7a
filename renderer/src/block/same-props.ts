/**
 * Whether two props objects hold the same props with the same values, each compared by identity
 * (React.memo's own test). A memoised component that compares some props by content takes those
 * out first and hands the rest here, so a prop added later is compared too, never ignored.
 */
export function sameByIdentity<P extends object>(a: P, b: P): boolean {
  const keys = Object.keys(a) as (keyof P)[]
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}
