/**
 * Avatar colours: distinct hues, each dark enough for white initials (contrast 4.5:1 or more).
 * A person keeps the same colour on every device because it comes from their participant id; the
 * relay picks it, so nobody can take on someone else's colour.
 */
export const presenceColours = [
  '#0d6e66', // teal
  '#5a3fb8', // violet
  '#b02a37', // crimson
  '#1f5fa6', // blue
  '#8a4b0f', // amber brown
  '#8e2b6e', // plum
  '#2f6b2f', // green
  '#4a5568', // slate
  '#a3400b', // rust
  '#255f7a', // petrol
] as const;

export function colourFor(participantId: string): string {
  let hash = 0;
  for (let i = 0; i < participantId.length; i++) hash = (hash * 31 + participantId.charCodeAt(i)) >>> 0;
  return presenceColours[hash % presenceColours.length] ?? presenceColours[0];
}
