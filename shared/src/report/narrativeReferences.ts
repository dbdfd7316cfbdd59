import type { EvidenceReference, ReportLane, ReportSection } from './reportModel';

/** How a narrative cites a card in storage: `[#<cardId>]`, so the citation follows the card when the numbering changes. */
const storedReference = /\[#([A-Za-z0-9_-]{1,64})\]/g;
const printedReference = /\[(\d{1,5})\]/g;

/**
 * A narrative as printed: each stored reference becomes the card's number in this report ("[3]"),
 * or "[not cited]" for a card the report no longer cites (moved out of its theme, or deleted).
 */
export function printedNarrative(stored: string, numberOf: ReadonlyMap<string, number>): string {
  return stored.replace(storedReference, (_, cardId: string) => {
    const number = numberOf.get(cardId);
    return number === undefined ? '[not cited]' : `[${number}]`;
  });
}

/** The cards a stored narrative cites, in the order it first cites them, each once. */
export function citedCardIds(stored: string): string[] {
  return [...new Set(Array.from(stored.matchAll(storedReference), (match) => match[1] ?? ''))];
}

/** The other way, for saving what someone typed with the numbers they see: each "[n]" the report cites becomes `[#<cardId>]`; any other number stays as written. */
export function storedNarrative(printed: string, cardOf: ReadonlyMap<number, string>): string {
  return printed.replace(printedReference, (written, digits: string) => {
    const cardId = cardOf.get(Number(digits));
    return cardId === undefined ? written : `[#${cardId}]`;
  });
}

/**
 * A first draft of a heading's narrative from its themes, in the report's order (most votes first,
 * then best triangulated): a paragraph per lane, one sentence per theme from its wording, each
 * citing its evidence. Stored form, so the citations follow the cards.
 */
export function draftedNarrative(section: ReportSection): string {
  return section.lanes
    .filter((lane) => lane.themes.length > 0)
    .map((lane) => {
      const sentences = lane.themes.map((theme) => {
        const wording = theme.wording.trim().replace(/\s+/g, ' ');
        const ended = /[.!?]$/.test(wording) ? wording : `${wording}.`;
        const citations = theme.evidence.map((reference) => `[#${reference.cardId}]`).join('');
        return citations ? `${ended.slice(0, -1)} ${citations}${ended.slice(-1)}` : ended;
      });
      return `${lane.label}: ${sentences.join(' ')}`;
    })
    .join('\n\n');
}

type NumberedSections = { sections: ReadonlyArray<{ lanes: ReadonlyArray<Pick<ReportLane, 'themes'>> }> };

/** Every numbered reference of the report, in number order (the reading order of its themes). */
export function reportReferences(report: NumberedSections): EvidenceReference[] {
  return report.sections.flatMap((section) => section.lanes.flatMap((lane) => lane.themes.flatMap((theme) => theme.evidence)));
}

/** Which card each printed number of the report stands for, both ways, for editors that show numbers and store card ids. */
export function reportCitations(report: NumberedSections): { numberOf: Map<string, number>; cardOf: Map<number, string> } {
  const references = reportReferences(report);
  return {
    numberOf: new Map(references.map((reference) => [reference.cardId, reference.number])),
    cardOf: new Map(references.map((reference) => [reference.number, reference.cardId])),
  };
}
