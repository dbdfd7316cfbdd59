/**
 * Board text as the paragraphs a document prints: a blank line separates paragraphs, any other
 * run of white space (a line break typed on a phone) is one space.
 */
export function plainParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
