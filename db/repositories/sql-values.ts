/** SQLite has no boolean type: the schema stores 0/1. These keep that mapping in one place. */
export const toFlag = (value: boolean): number => (value ? 1 : 0)
export const fromFlag = (value: number): boolean => value === 1
export const toNullableFlag = (value: boolean | null | undefined): number | null =>
  value === null || value === undefined ? null : toFlag(value)
export const fromNullableFlag = (value: number | null): boolean | null =>
  value === null ? null : fromFlag(value)

/** `undefined` (an absent optional field) is stored as NULL (and read back as absent). */
export const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value)
