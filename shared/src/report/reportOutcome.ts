import type { BoardDoc } from '../board/boardDoc';
import { sessionIdeas } from '../session/sessionNotes';
import type { ChallengeProcess, ReportOutcome } from './reportModel';
import { sessionRecord, type SessionRunFigures } from './sessionRecord';

export const challengeProcessLabels: Record<ChallengeProcess, string> = {
  council: 'Council Process',
  pstb: 'Problem Solving Team Building',
};

/**
 * What the session state says about one area-of-challenge session: which process, the question
 * the host settled on, the ideas the host alone selected (in the order chosen) and how it ran. The
 * Council/PSTB state in the relay doc maps onto this; the ideas and actions are read from the
 * board doc, where the scribe captured them.
 */
export interface OutcomeSelection {
  sessionId: string;
  question: string;
  selectedIdeaIds: readonly string[];
  /** Which process it was, and its own figures for the record. */
  run: SessionRunFigures;
}

/**
 * The session's outcome for the report. Ideas the host did not select stay out, only counted in
 * the record (they were offered, not agreed), and so do authors: ideas belong to the host once
 * given. Ids that no longer resolve (an idea deleted by a peer) are skipped.
 */
export function reportOutcome(board: BoardDoc, selection: OutcomeSelection): ReportOutcome {
  const ideas = sessionIdeas(board, selection.sessionId);
  const ideaText = new Map(ideas.map((idea) => [idea.id, idea.text]));
  const selectedIdeas = [...new Set(selection.selectedIdeaIds)].flatMap((ideaId) => {
    const text = ideaText.get(ideaId);
    return text === undefined ? [] : [{ ideaId, text }];
  });
  // Actions carry no order of their own: follow the host's order of ideas, so each idea's actions sit together.
  const ideaRank = (ideaId: string | undefined) => {
    const at = selectedIdeas.findIndex((idea) => idea.ideaId === ideaId);
    return at === -1 ? selectedIdeas.length : at;
  };
  const actions = board
    .list('actions')
    .filter((action) => action.sessionId === selection.sessionId)
    .sort((a, b) => ideaRank(a.ideaId) - ideaRank(b.ideaId) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((action) => ({
      actionId: action.id,
      what: action.what,
      who: action.who,
      when: action.when,
      idea: action.ideaId === undefined ? null : (ideaText.get(action.ideaId) ?? null),
    }));
  const { process } = selection.run;
  return {
    process,
    processLabel: challengeProcessLabels[process],
    question: selection.question,
    selectedIdeas,
    actions,
    record: sessionRecord(selection.run, ideas, actions.length),
  };
}
