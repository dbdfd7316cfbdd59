import type { SessionActor } from '../session/actor';
import { applyAtTime } from '../session/catchUp';
import type { SessionOutcome } from '../session/outcome';
import { accepted } from '../session/verdicts';
import { applyClockCommand } from '../session/timerCommands';
import type { PstbCommand } from './pstbCommands';
import { advancePstb, setPstbContract, setPstbProblem } from './pstbFlowRules';
import { eliminatePstbIdea, selectPstbIdea, shortlistPstbIdeas } from './pstbIdeas';
import type { PstbState } from './pstbState';
import { tickPstb } from './tickPstb';

/**
 * Runs one command from `actor` at server time `now` on the session as it stands at `now`
 * (time-outs first). Pure: the given state is never changed, and a refusal returns no state.
 */
export function applyPstbCommand(state: PstbState, command: PstbCommand, actor: SessionActor, now: number): SessionOutcome<PstbState> {
  return applyAtTime(state, now, tickPstb, (settled) => pstbRule(settled, command, actor, now));
}

function pstbRule(state: PstbState, command: PstbCommand, actor: SessionActor, now: number): SessionOutcome<PstbState> {
  switch (command.type) {
    case 'pstb.setContract':
      return setPstbContract(state, command.contractMinutes, actor);
    case 'pstb.advance':
      return advancePstb(state, command.from, actor, now);
    case 'pstb.setProblem':
      return setPstbProblem(state, command.problem, actor);
    case 'pstb.pause':
    case 'pstb.resume':
    case 'pstb.takeMinute':
      return applyClockCommand(state, command.type, actor, now);
    case 'pstb.addMinute': {
      // A minute added in overtime gives selection a fresh minute, so the clock counts again.
      const outcome = applyClockCommand(state, command.type, actor, now);
      return outcome.ok ? accepted({ ...outcome.value, overtime: false }) : outcome;
    }
    case 'pstb.shortlist':
      return shortlistPstbIdeas(state, command.ideaIds, actor);
    case 'pstb.selectIdea':
      return selectPstbIdea(state, command.ideaId, true, actor);
    case 'pstb.unselectIdea':
      return selectPstbIdea(state, command.ideaId, false, actor);
    case 'pstb.eliminateIdea':
      return eliminatePstbIdea(state, command.ideaId, true, actor);
    case 'pstb.reinstateIdea':
      return eliminatePstbIdea(state, command.ideaId, false, actor);
  }
}
