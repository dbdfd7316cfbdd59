/** One line of a difference between two versions of the report. */
export interface DifferenceLine {
  change: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Past this many changed lines the middle is shown as all removed then all added, which keeps the
 * work and memory bounded for any input (the saved frontiers grow with the square of it: 16 MB here).
 */
const maxEdits = 2_000;

/**
 * The line-by-line difference between two versions of the report's Markdown, in reading order:
 * unchanged lines, lines only in the earlier version (removed) and lines only in the later one
 * (added). A shortest edit script (Myers' algorithm) over the part between the common start and
 * end, so a changed paragraph shows as that paragraph, not as the rest of the report.
 */
export function reportDifference(before: string, after: string): DifferenceLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const same = (lines: readonly string[]): DifferenceLine[] => lines.map((text) => ({ change: 'same', text }));
  return [...same(a.slice(0, start)), ...middle(a.slice(start, endA), b.slice(start, endB)), ...same(a.slice(endA))];
}

function middle(a: readonly string[], b: readonly string[]): DifferenceLine[] {
  const removedAll = a.map((text): DifferenceLine => ({ change: 'removed', text }));
  const addedAll = b.map((text): DifferenceLine => ({ change: 'added', text }));
  if (a.length === 0 || b.length === 0) return [...removedAll, ...addedAll];
  const offset = a.length + b.length;
  const furthest = new Int32Array(2 * offset + 2);
  // The way back from round `edits` reads only diagonals -edits … edits, so only that band is saved.
  const trace: Int32Array[] = [];
  for (let edits = 0; edits <= Math.min(offset, maxEdits); edits += 1) {
    trace.push(furthest.slice(offset - edits, offset + edits + 1));
    for (let diagonal = -edits; diagonal <= edits; diagonal += 2) {
      const down = diagonal === -edits || (diagonal !== edits && furthest[offset + diagonal - 1]! < furthest[offset + diagonal + 1]!);
      let x = down ? furthest[offset + diagonal + 1]! : furthest[offset + diagonal - 1]! + 1;
      let y = x - diagonal;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      furthest[offset + diagonal] = x;
      if (x >= a.length && y >= b.length) return backtrack(a, b, trace, edits);
    }
  }
  return [...removedAll, ...addedAll];
}

/** Walks the saved frontiers back from the end, emitting the script in reading order. */
function backtrack(a: readonly string[], b: readonly string[], trace: readonly Int32Array[], lastEdit: number): DifferenceLine[] {
  const lines: DifferenceLine[] = [];
  let x = a.length;
  let y = b.length;
  for (let edits = lastEdit; edits > 0; edits -= 1) {
    const band = trace[edits]!;
    // The band starts at diagonal -edits, so diagonal k is at k + edits.
    const at = (diagonal: number) => band[diagonal + edits]!;
    const diagonal = x - y;
    const down = diagonal === -edits || (diagonal !== edits && at(diagonal - 1) < at(diagonal + 1));
    const previousDiagonal = down ? diagonal + 1 : diagonal - 1;
    const previousX = at(previousDiagonal);
    const previousY = previousX - previousDiagonal;
    while (x > previousX && y > previousY) {
      x -= 1;
      y -= 1;
      lines.push({ change: 'same', text: a[x]! });
    }
    if (down) {
      y -= 1;
      lines.push({ change: 'added', text: b[y]! });
    } else {
      x -= 1;
      lines.push({ change: 'removed', text: a[x]! });
    }
  }
  while (x > 0 && y > 0) {
    x -= 1;
    y -= 1;
    lines.push({ change: 'same', text: a[x]! });
  }
  return lines.reverse();
}
