/** Same length and the same objects in the same order: how a list of records is compared without looking inside the records. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
