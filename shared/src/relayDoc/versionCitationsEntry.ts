import { z } from 'zod';
import { maxFinalReports } from '../reportFlow/reportFlowState';
import { relayDocEntry } from './relayDocEntry';

/**
 * What a final version keeps besides its agreed Markdown, to print it with any evidence appendix:
 * the numbers its narratives cite. Taken from the same text the version was made final from (the
 * fingerprint says so), because the Markdown alone cannot tell a citation from a "[3]" someone typed.
 */
export const versionCitationsSchema = z.object({
  version: z.number().int().min(1).max(999),
  fingerprint: z.string().min(1).max(32),
  cited: z.array(z.number().int().min(1).max(99_999)).max(100_000),
});
export type VersionCitations = z.infer<typeof versionCitationsSchema>;

export const versionCitationsStateSchema = z.object({ versions: z.array(versionCitationsSchema).max(maxFinalReports) });
export type VersionCitationsState = z.infer<typeof versionCitationsStateSchema>;

/** Per final version, the evidence numbers its narratives cite; written by the relay when the Lead Reviewer makes a version final. */
export const versionCitationsEntry = relayDocEntry({ key: 'versionCitations', label: "final versions' citations", schema: versionCitationsStateSchema });
