import { plainParagraphs } from './plainParagraphs';

// Everything CommonMark could read as markup or HTML; board text is plain text and must print as typed.
const markup = /[\\`*_[\]<>#|~&!]/g;

/** Plain text for one line of Markdown (a list item, a heading, a table cell): markup escaped, line breaks folded. */
export function markdownInline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(markup, '\\$&');
}

/** Plain text as Markdown paragraphs, none of which starts a list or a heading. */
export function markdownParagraphs(text: string): string {
  return plainParagraphs(text)
    .map((paragraph) => markdownInline(paragraph).replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=])/, '\\$1'))
    .join('\n\n');
}
