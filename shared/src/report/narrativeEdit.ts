import { textSplice, type TextSplice } from '../board/textSplice';
import { printedNarrative, storedNarrative } from './narrativeReferences';

/** Which card each printed number stands for, both ways (`reportCitations`). */
export interface Citations {
  numberOf: ReadonlyMap<string, number>;
  cardOf: ReadonlyMap<number, string>;
}

/** A stored reference (`[#cardId]`) and the number it prints as, at its places in both forms. */
interface PrintedReference {
  storedStart: number;
  storedEnd: number;
  printedStart: number;
  printedEnd: number;
}

const storedReference = /\[#[A-Za-z0-9_-]{1,64}\]/g;

function printedReferences(stored: string, numberOf: ReadonlyMap<string, number>): PrintedReference[] {
  const found: PrintedReference[] = [];
  let shift = 0;
  for (const match of stored.matchAll(storedReference)) {
    const printed = printedNarrative(match[0], numberOf);
    const storedStart = match.index;
    found.push({ storedStart, storedEnd: storedStart + match[0].length, printedStart: storedStart + shift, printedEnd: storedStart + shift + printed.length });
    shift += printed.length - match[0].length;
  }
  return found;
}

/** Where a place in the stored narrative is in the printed one; a place inside a reference goes to the printed number's end. */
export function printedOffset(stored: string, numberOf: ReadonlyMap<string, number>, storedAt: number): number {
  let shift = 0;
  for (const reference of printedReferences(stored, numberOf)) {
    if (storedAt <= reference.storedStart) break;
    if (storedAt < reference.storedEnd) return reference.printedEnd;
    shift = reference.printedEnd - reference.storedEnd;
  }
  return storedAt + shift;
}

/** Where a place in the printed narrative is in the stored one; a place inside a printed number goes to its reference's end. */
export function storedOffset(stored: string, numberOf: ReadonlyMap<string, number>, printedAt: number): number {
  let shift = 0;
  for (const reference of printedReferences(stored, numberOf)) {
    if (printedAt <= reference.printedStart) break;
    if (printedAt < reference.printedEnd) return reference.storedEnd;
    shift = reference.storedEnd - reference.printedEnd;
  }
  return printedAt + shift;
}

/**
 * The one splice of the stored narrative that makes it print as `printedAfter`, what someone's edit
 * of the printed words (citations as numbers) left in the field. An edit that touches a printed
 * number replaces its whole reference; a number typed in brackets that the report cites ("[3]")
 * is stored as its card, so the citation follows the card when the numbering changes.
 */
export function narrativeEdit(stored: string, printedAfter: string, citations: Citations): TextSplice | null {
  const printedBefore = printedNarrative(stored, citations.numberOf);
  const splice = textSplice(printedBefore, printedAfter);
  if (!splice) return null;
  let start = splice.index;
  let end = splice.index + splice.remove;
  for (const reference of printedReferences(stored, citations.numberOf)) {
    if (reference.printedStart < start && start < reference.printedEnd) start = reference.printedStart;
    if (reference.printedStart < end && end < reference.printedEnd) end = reference.printedEnd;
  }
  const inserted = printedAfter.slice(start, printedAfter.length - (printedBefore.length - end));
  const from = storedOffset(stored, citations.numberOf, start);
  const to = storedOffset(stored, citations.numberOf, end);
  const after = storedNarrative(stored.slice(0, from) + storedNarrative(inserted, citations.cardOf) + stored.slice(to), citations.cardOf);
  return textSplice(stored, after);
}

/** Which paragraph of a narrative (as `plainParagraphs` counts them, from 0) a place in it falls in. */
export function paragraphAt(text: string, at: number): number {
  const before = text.slice(0, at);
  const written = before.split(/\n\s*\n/).filter((block) => block.trim()).length;
  const startsAnother = written > 0 && /\n\s*\n\s*$/.test(before);
  return Math.max(0, written - 1) + (startsAnother ? 1 : 0);
}
