/**
 * A number of bytes as refusals say it: "8 MB", "2.5 MB", "300 KB". Counted in 1024s and named
 * MB/KB, as the file browsers people check their files in do, so a file's size there compares.
 */
export function sizeInWords(bytes: number): string {
  const units: ReadonlyArray<[string, number]> = [
    ['GB', 1024 ** 3],
    ['MB', 1024 ** 2],
    ['KB', 1024],
  ];
  for (const [unit, size] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}
