import { strFromU8, unzipSync } from 'fflate';

/** Every XML part of a .docx, entities decoded, so a name split by escaping still shows. */
export function docxXml(file: Uint8Array): Record<string, string> {
  const parts = unzipSync(file);
  const decode = (xml: string) =>
    xml
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return Object.fromEntries(Object.entries(parts).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([name, data]) => [name, decode(strFromU8(data))]));
}

/** The text of each paragraph of the document body with the style it is in. */
export function styledParagraphs(documentXml: string): Array<{ style: string | null; text: string }> {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? null,
    text: [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''),
  }));
}
