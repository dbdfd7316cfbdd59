import type { CouncilState } from '@washup/shared/council';

/** The stage's heading for each phase, as the room would say it. */
export function councilStageTitle(council: CouncilState): string {
  switch (council.phase) {
    case 'contracting':
      return 'Contracting';
    case 'presenterThinking':
      return `${council.presenter.name} is thinking aloud`;
    case 'question':
      return 'The question';
    case 'round':
      return `Round ${council.round} of ${council.rounds}`;
    case 'freshThinking':
      return `Fresh thinking after round ${council.round}`;
    case 'selection':
      return `${council.presenter.name} chooses ideas to pursue`;
    case 'appreciations':
      return 'Appreciations';
    case 'closed':
      return 'Session closed';
  }
}

/** What the Lead Reviewer's "next" button starts from each phase; null where turns move the session on. */
export function councilAdvanceLabel(council: CouncilState): string | null {
  switch (council.phase) {
    case 'contracting':
      return "Start the presenter's thinking";
    case 'presenterThinking':
      return 'End thinking: set the question';
    case 'question':
      return 'Start round 1';
    case 'freshThinking':
      return `Start round ${council.round + 1}`;
    case 'selection':
      return 'Move to appreciations';
    case 'appreciations':
      return 'Close the session';
    case 'round':
    case 'closed':
      return null;
  }
}

/** Identifies what is being timed, so a change of speaker or phase can be cued. */
export function councilSegmentKey(council: CouncilState): string {
  return [council.phase, council.round, council.current?.participantId ?? '', council.current?.attempt ?? ''].join(':');
}
