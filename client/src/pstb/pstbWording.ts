import { pstbContractLabel, pstbPhaseLabels, type PstbPhase, type PstbState } from '@washup/shared/pstb';

/** The stage's heading for each phase, as the room would say it. */
export const pstbStageTitles: Record<PstbPhase, string> = {
  contracting: 'Contracting',
  problem: 'Problem statement',
  ideas: 'Idea generation',
  selection: 'Idea selection',
  benefits: 'Benefits and concerns',
  concerns: 'Critical concerns',
  actions: 'Action planning',
  closed: 'Session closed',
};

/**
 * What each step is for, read out from the projector: the method's own rules, so nobody has to
 * remember whether this is the step for evaluating or not (PSTB evaluates; Council never does).
 */
export function pstbStepPurpose(pstb: PstbState): string {
  const presenter = pstb.presenter.name;
  switch (pstb.phase) {
    case 'contracting':
      return `The team agrees a ${pstbContractLabel(pstb.contractMs)}, split across six steps.`;
    case 'problem':
      return `${presenter} states the problem as “How do I …?” and gives the background.`;
    case 'ideas':
      return 'The team only: ideas as headlines, no evaluation yet.';
    case 'selection':
      return `${presenter} alone picks one to three ideas to take forward${pstb.shortlistIdeaIds.length > 0 ? ", from the team's shortlist" : ''}.`;
    case 'benefits':
      return 'For each chosen idea, the team names its benefits, then its concerns.';
    case 'concerns':
      return `Anyone may raise a critical concern; ${presenter} may drop an idea because of one.`;
    case 'actions':
      return 'What will be done, who does it, and by when.';
    case 'closed':
      return `What ${presenter} takes away: the ideas going forward and the actions agreed.`;
  }
}

/** The Lead Reviewer's "next"; it names the step it ends, as the command does. */
export function pstbAdvanceLabel(phase: PstbPhase): string | null {
  switch (phase) {
    case 'contracting':
      return 'Agree the contract: start the problem statement';
    case 'actions':
      return `End ${pstbPhaseLabels.actions} and close`;
    case 'closed':
      return null;
    default:
      return `End ${pstbPhaseLabels[phase]}`;
  }
}
