import type { Idea } from '../board/records';
import type { ReportCouncilRecord, ReportPstbRecord, ReportSessionRecord } from './reportModel';

/**
 * What the relay doc alone says about how a session ran. The ideas and actions are counted
 * from the board doc, where the scribe and the team wrote them.
 */
export type SessionRunFigures = Omit<ReportCouncilRecord, 'ideas' | 'ideasByRound'> | Omit<ReportPstbRecord, 'ideas' | 'actions'>;

/** The session's record for the report: its own figures, with the ideas offered and the actions agreed. */
export function sessionRecord(run: SessionRunFigures, ideas: readonly Idea[], actions: number): ReportSessionRecord {
  if (run.process === 'pstb') return { ...run, ideas: ideas.length, actions };
  const ideasByRound = Array.from({ length: run.rounds }, (_, at) => ideas.filter((idea) => idea.round === at + 1).length);
  return { ...run, ideas: ideas.length, ideasByRound };
}
