import { formatSpan } from '../session/formatSpan';
import { pstbContractLabel } from '../pstb/pstbPlan';
import { countNoun } from './countNoun';
import type { ReportCouncilRecord, ReportPstbRecord, ReportSessionRecord } from './reportModel';

function councilParts(record: ReportCouncilRecord): string[] {
  const circle = countNoun(record.participants, 'participant');
  const speakers = record.speakers === record.participants ? circle : `${record.speakers} of ${circle}`;
  // One round's figure would only repeat the total.
  const byRound = record.ideasByRound.length > 1 ? ` (${record.ideasByRound.join(', ')} by round)` : '';
  return [
    countNoun(record.rounds, 'round'),
    `${speakers} spoke for ${formatSpan(record.speakingMs)} in all`,
    `${countNoun(record.ideas, 'idea')} offered${byRound}`,
    countNoun(record.passes, 'pass', 'passes'),
    `the host chose ${record.chosen}`,
  ];
}

function pstbParts(record: ReportPstbRecord): string[] {
  const shortlist = record.shortlisted > 0 ? ` of a shortlist of ${record.shortlisted}` : '';
  const dropped = record.dropped > 0 ? `, then dropped ${record.dropped} after ${record.dropped === 1 ? 'a critical concern' : 'critical concerns'}` : '';
  return [
    `${pstbContractLabel(record.contractMs)}, ran ${formatSpan(record.usedMs)}`,
    `${countNoun(record.ideas, 'idea')} offered`,
    `the host chose ${record.chosen}${shortlist}${dropped}`,
    countNoun(record.actions, 'action'),
  ];
}

/**
 * The record as one sentence of counts, e.g. "3 rounds; 4 participants spoke for 12 min 30 s in
 * all; 14 ideas offered (5, 6, 3 by round); 2 passes; the host chose 2." A session not yet closed
 * says where it stands first, so its figures are not read as final.
 */
export function sessionRecordLabel(record: ReportSessionRecord): string {
  const sentence = `${(record.process === 'council' ? councilParts(record) : pstbParts(record)).join('; ')}.`;
  return record.underWayAt === null ? sentence : `Still under way, now at ${record.underWayAt}. So far: ${sentence}`;
}
