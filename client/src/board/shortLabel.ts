/** A card named by the start of its observation, short enough to read out in a button's name. */
export function shortLabel(text: string, length = 40): string {
  const trimmed = text.trim();
  return trimmed.length > length ? `${trimmed.slice(0, length).trimEnd()}…` : trimmed;
}
