/** Freezes a value all the way down, so any rule that writes to its input throws instead of passing silently. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** What a Y.Doc reader gets back: JSON-shaped data survives this unchanged, `undefined` fields and class instances do not. */
export function throughJson<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** A fast check, cheap enough for every step of a property run, that a value is JSON as it stands. */
export function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(isPlainJson);
}
