import { applyPstbCommand, createPstb, pstbRequestSchema, tickPstb, type PstbState } from '@washup/shared/pstb';
import { pstbEntry, pastSessionOf } from '@washup/shared/relayDoc';
import { commandFamily, type CommandFamily } from '../commands/commandFamily';
import { TimedSessionRunner, type TimedSessionDeps } from './timedSessionRunner';

/** `pstb.*`: the Lead Reviewer runs the steps against the clock; the presenter chooses. */
export function pstbCommands(deps: TimedSessionDeps): CommandFamily {
  const runner = new TimedSessionRunner<PstbState>(
    {
      entry: pstbEntry,
      label: pstbEntry.label,
      create: (config, sessionId, now) => createPstb({ ...config, sessionId }, now),
      tick: tickPstb,
      retire: pastSessionOf,
    },
    deps,
  );
  return commandFamily('pstb', pstbRequestSchema, (request, context) => {
    switch (request.type) {
      case 'pstb.start':
        return runner.start(context, request.config, request.replace);
      case 'pstb.tick':
        return runner.tick(context.access.board.id, context.now);
      default:
        return runner.apply(context, (state, actor) => applyPstbCommand(state, request, actor, context.now));
    }
  });
}
