/**
 * Puts what `put` accepts, in as few calls as it can: all at once, and only when that throws, each
 * half again, down to the single records it refuses. One by one, a board of thousands of shapes with
 * one bad record took minutes (every tldraw put runs its side effects); halving takes a few dozen
 * puts for a few bad records. `put` must be all or nothing (tldraw's store rolls a refused put back).
 * Returns the records left out, in their order.
 */
export function putAccepted<T>(records: readonly T[], put: (batch: T[]) => void): T[] {
  if (records.length === 0) return [];
  try {
    put([...records]);
    return [];
  } catch {
    if (records.length === 1) return [...records];
    const half = Math.ceil(records.length / 2);
    return [...putAccepted(records.slice(0, half), put), ...putAccepted(records.slice(half), put)];
  }
}
