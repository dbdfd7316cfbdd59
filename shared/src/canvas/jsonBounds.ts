/**
 * How deep a parsed JSON value nests, walked without recursion and given up past `limit`, so a
 * hostile value nested thousands deep costs `limit` steps per branch and never the stack.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next || typeof next.value !== 'object' || next.value === null) continue;
    const depth = next.depth + 1;
    if (depth > limit) return true;
    const children = Array.isArray(next.value) ? next.value : Object.values(next.value);
    for (const child of children) if (typeof child === 'object' && child !== null) stack.push({ value: child, depth });
  }
  return false;
}

/** Why a value is too big or too deep to store, in the words of a close reason; null when it fits. */
export function jsonBoundsProblem(value: unknown, bounds: { maxDepth: number; maxChars: number }): string | null {
  if (nestsDeeperThan(value, bounds.maxDepth)) return `nests deeper than ${bounds.maxDepth} levels`;
  const chars = JSON.stringify(value).length;
  if (chars > bounds.maxChars) return `is ${chars} characters, over the ${bounds.maxChars} limit`;
  return null;
}
