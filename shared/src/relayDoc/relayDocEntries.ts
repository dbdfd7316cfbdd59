import { councilEntry } from './councilEntry';
import { hostPartnerEntry } from './hostPartnerEntry';
import { pastSessionsEntry } from './pastSessionsEntry';
import { presentationEntry } from './presentationEntry';
import { pstbEntry } from './pstbEntry';
import type { RelayDocEntry } from './relayDocEntry';
import { reportFlowEntry } from './reportFlowEntry';
import { timeboxEntry } from './timeboxEntry';
import { versionCitationsEntry } from './versionCitationsEntry';
import { votesEntry } from './votesEntry';

/** Every entry the relay doc holds, for whoever must look at all of them (the notice of unreadable values). */
export const relayDocEntries: readonly RelayDocEntry<object>[] = [councilEntry, pstbEntry, pastSessionsEntry, votesEntry, presentationEntry, timeboxEntry, reportFlowEntry, hostPartnerEntry, versionCitationsEntry];
