import type { SessionActor } from '../session/actor';
import { applyAtTime } from '../session/catchUp';
import type { SessionOutcome } from '../session/outcome';
import { applyClockCommand } from '../session/timerCommands';
import type { CouncilCommand } from './councilCommands';
import { addCouncilRound, advanceCouncil, endTurnByCommand, setCouncilQuestion } from './councilFlowRules';
import { appreciateInCouncil, selectCouncilIdea } from './councilIdeas';
import { reorderCouncil } from './councilRoster';
import type { CouncilState } from './councilState';
import { tickCouncil } from './tickCouncil';

/**
 * Runs one command from `actor` at server time `now` on the session as it stands at `now`
 * (time-outs first). Pure: the given state is never changed, and a refusal returns no state.
 */
export function applyCouncilCommand(state: CouncilState, command: CouncilCommand, actor: SessionActor, now: number): SessionOutcome<CouncilState> {
  return applyAtTime(state, now, tickCouncil, (settled) => councilRule(settled, command, actor, now));
}

function councilRule(state: CouncilState, command: CouncilCommand, actor: SessionActor, now: number): SessionOutcome<CouncilState> {
  switch (command.type) {
    case 'council.advance':
      return advanceCouncil(state, command.from, actor, now);
    case 'council.setQuestion':
      return setCouncilQuestion(state, command.question, actor);
    case 'council.done':
      return endTurnByCommand(state, command.speakerId, 'done', false, actor, now);
    case 'council.pass':
      return endTurnByCommand(state, command.speakerId, 'pass', false, actor, now);
    case 'council.skip':
      return endTurnByCommand(state, command.speakerId, 'pass', true, actor, now);
    case 'council.pause':
    case 'council.resume':
    case 'council.addMinute':
    case 'council.takeMinute':
      return applyClockCommand(state, command.type, actor, now);
    case 'council.reorder':
      return reorderCouncil(state, command.order, actor);
    case 'council.addRound':
      return addCouncilRound(state, actor, now);
    case 'council.selectIdea':
      return selectCouncilIdea(state, command.ideaId, true, actor);
    case 'council.unselectIdea':
      return selectCouncilIdea(state, command.ideaId, false, actor);
    case 'council.appreciate':
      return appreciateInCouncil(state, command.appreciationId, actor, now);
  }
}
