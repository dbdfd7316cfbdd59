import type { VersionCitations } from '../relayDoc/versionCitationsEntry';
import type { EvidenceAppendixChoice } from './reportChoices';
import { evidenceAppendixHeading } from './reportLabels';
import type { Report } from './reportModel';

/** What a version keeps of its host's copy built with only the cited cards in its appendix: their numbers. */
export function versionCitations(version: number, fingerprint: string, citedCopy: Report): VersionCitations {
  return { version, fingerprint, cited: citedCopy.evidenceAppendix?.references.map((reference) => reference.number) ?? [] };
}

const heading = (title: string, note: string) => `## ${title}\n\n_${note}_\n\n`;
const allLabels = evidenceAppendixHeading({ citedOnly: false, references: [] });
const allHeading = heading(allLabels.title, allLabels.note);
const citedLabels = evidenceAppendixHeading({ citedOnly: true, references: [] });

/** The appendix's items: one "- [n] …" line each, with its interpretation's indented line when it has one. */
function appendixItems(body: string): Array<{ number: number; text: string }> {
  const items: Array<{ number: number; text: string }> = [];
  for (const line of body.split('\n')) {
    const number = /^- \[(\d+)\] /.exec(line)?.[1];
    if (number !== undefined) items.push({ number: Number(number), text: line });
    else if (line.startsWith('  ') && items.length > 0) items[items.length - 1]!.text += `\n${line}`;
  }
  return items;
}

/**
 * A final version's agreed Markdown with the evidence appendix as chosen: the text is the host's
 * copy as agreed, which lists every card; "cited" keeps the cards its narratives cite, under the
 * same numbers, and "none" leaves the appendix out, exactly as the live report prints each choice.
 * A text without the appendix (a version from before appendices) is returned as it was; whatever
 * follows the appendix (the canvas image's part) stays after it.
 */
export function versionMarkdown(agreed: string, choice: EvidenceAppendixChoice, cited: readonly number[]): string {
  const at = agreed.lastIndexOf(`\n${allHeading}`);
  if (at < 0 || choice === 'all') return agreed;
  const before = agreed.slice(0, at + 1);
  const itemsAt = at + 1 + allHeading.length;
  const next = agreed.indexOf('\n## ', itemsAt);
  const after = next < 0 ? '' : `\n${agreed.slice(next + 1)}`;
  if (choice === 'none') return `${before.trimEnd()}\n${after}`;
  const keep = new Set(cited);
  const items = appendixItems(agreed.slice(itemsAt, next < 0 ? agreed.length : next)).filter((item) => keep.has(item.number));
  return `${before}${heading(citedLabels.title, citedLabels.note)}${items.length > 0 ? items.map((item) => item.text).join('\n') : '_None._'}\n${after}`;
}
