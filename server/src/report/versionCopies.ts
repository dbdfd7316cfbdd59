import { reportFlowEntry, versionCitationsEntry } from '@washup/shared/relayDoc';
import {
  defaultReportChoices,
  hostCopyFingerprint,
  reportDate,
  reportReferences,
  versionCitations,
  versionMarkdown,
  type EvidenceAppendixChoice,
  type Report,
} from '@washup/shared/report';
import { maxFinalReports, type FinalReport } from '@washup/shared/reportFlow';
import { Refused } from '../refusals/refused';
import { shownReportImageOf } from './reportPictureSource';
import { exportableReport, type ReportSourceDeps } from './reportSource';

/** The host's copy as agreed (every card in its appendix), whatever appendix `copy` was built with: what a fingerprint is taken of. */
const asAgreed = (copy: Report): Report => ({ ...copy, evidenceAppendix: { citedOnly: false, references: reportReferences(copy) } });

/** The host's copy as it reads now, built with `appendix`, when its text is still the text version `final` was made final with. */
async function liveCopyOf(deps: ReportSourceDeps, boardId: string, final: FinalReport, appendix: EvidenceAppendixChoice, now: number): Promise<Report | null> {
  const copy = await exportableReport(deps, { boardId, ...defaultReportChoices, evidenceAppendix: appendix, now });
  const picture = await shownReportImageOf(deps.rooms, boardId);
  if (hostCopyFingerprint(asAgreed(copy), picture) !== final.fingerprint) return null;
  // The version's own date, as its Markdown prints it.
  return { ...copy, date: reportDate(final.at), generatedAt: final.at };
}

/**
 * When a version has just been made final, keeps the evidence numbers its narratives cite: the
 * agreed Markdown lists every card, and only these numbers let a later download of that version
 * list just the cited ones. Kept only when the text read now is the text made final (same
 * fingerprint); a board changed in between keeps none, and that version's cited-only copy then
 * says why it cannot be made.
 */
export async function keepVersionCitations(deps: ReportSourceDeps, boardId: string, now: number): Promise<void> {
  const final = (await deps.relayDoc.read(boardId, reportFlowEntry))?.finals.at(-1);
  if (!final) return;
  const cited = await liveCopyOf(deps, boardId, final, 'cited', now);
  if (!cited) return;
  await deps.relayDoc.update(boardId, versionCitationsEntry, (current) => {
    const others = (current?.versions ?? []).filter((kept) => kept.version !== final.version);
    return { value: { versions: [...others, versionCitations(final.version, final.fingerprint, cited)].slice(-maxFinalReports) }, result: null };
  });
}

async function finalOf(deps: ReportSourceDeps, boardId: string, version: number): Promise<FinalReport> {
  const final = (await deps.relayDoc.read(boardId, reportFlowEntry))?.finals.find((kept) => kept.version === version);
  if (!final) throw new Refused('not_found', 'version_not_found', `version ${version} of the report has not been made final`);
  return final;
}

/**
 * A final version as Markdown with the evidence appendix as chosen: the agreed text itself, its
 * appendix cut to the cited cards (by the numbers kept when it was made final) or left out.
 */
export async function versionCopyMarkdown(deps: ReportSourceDeps, boardId: string, version: number, appendix: EvidenceAppendixChoice): Promise<{ final: FinalReport; text: string }> {
  const final = await finalOf(deps, boardId, version);
  if (appendix !== 'cited') return { final, text: versionMarkdown(final.markdown, appendix, []) };
  const kept = (await deps.relayDoc.read(boardId, versionCitationsEntry))?.versions.find((entry) => entry.version === version && entry.fingerprint === final.fingerprint);
  if (!kept) {
    throw new Refused('conflict', 'version_citations_unknown', `Washup did not keep which cards version ${version} cites when it was made final: download it with all evidence, or with none`);
  }
  return { final, text: versionMarkdown(final.markdown, appendix, kept.cited) };
}

/**
 * A final version as a report to render (the Word copy): the host's copy read now, when its text
 * is still the version's (same fingerprint), with the version's date. A version whose text has
 * changed since is kept as its agreed Markdown only; the refusal says so.
 */
export async function versionCopyReport(deps: ReportSourceDeps, boardId: string, version: number, appendix: EvidenceAppendixChoice, now: number): Promise<{ final: FinalReport; report: Report }> {
  const final = await finalOf(deps, boardId, version);
  const report = await liveCopyOf(deps, boardId, final, appendix, now);
  if (!report) {
    throw new Refused(
      'conflict',
      'version_changed',
      `the report has changed since version ${version} was made final, so its Word copy cannot be made again: download version ${version} as Markdown, which keeps the agreed text`,
    );
  }
  return { final, report };
}
