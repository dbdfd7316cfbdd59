/**
 * A copy of plain data (objects, arrays, strings, numbers, booleans, null) with every string passed
 * through `change`, however deep, except the values of keys `skipKey` names. Redaction walks the
 * whole report this way so that no field, not even one added later, can carry a name past it.
 */
export function mapStrings<T>(value: T, change: (text: string) => string, skipKey: (key: string) => boolean = () => false): T {
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return change(item);
    if (Array.isArray(item)) return item.map(walk);
    if (item !== null && typeof item === 'object') {
      return Object.fromEntries(Object.entries(item).map(([key, entry]) => [key, skipKey(key) ? entry : walk(entry)]));
    }
    return item;
  };
  return walk(value) as T;
}
