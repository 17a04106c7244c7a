/** A count with its noun in proper number: "1 session", "5 sessions", "0 changes". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}
