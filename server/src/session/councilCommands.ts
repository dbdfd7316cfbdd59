import { boardDocOf, newId } from '@washup/shared/board';
import { applyCouncilCommand, councilRequestSchema, createCouncil, tickCouncil, type CouncilState } from '@washup/shared/council';
import { councilEntry, pastSessionOf } from '@washup/shared/relayDoc';
import { putAppreciation } from '@washup/shared/session';
import { commandFamily, type CommandContext, type CommandFamily } from '../commands/commandFamily';
import { TimedSessionRunner, type SessionChange, type TimedSessionDeps } from './timedSessionRunner';

/** `council.*`: the Lead Reviewer runs the Council Process; speakers end their own turns; the presenter selects. */
export function councilCommands(deps: TimedSessionDeps): CommandFamily {
  const runner = new TimedSessionRunner<CouncilState>(
    {
      entry: councilEntry,
      label: councilEntry.label,
      create: (config, sessionId, now) => createCouncil({ ...config, sessionId }, now),
      tick: tickCouncil,
      retire: pastSessionOf,
    },
    deps,
  );
  return commandFamily('council', councilRequestSchema, (request, context) => {
    switch (request.type) {
      case 'council.start':
        return runner.start(context, request.config, request.replace);
      case 'council.tick':
        return runner.tick(context.access.board.id, context.now);
      case 'council.appreciate':
        return appreciate(runner, request.text, context);
      default:
        return runner.apply(context, (state, actor) => applyCouncilCommand(state, request, actor, context.now));
    }
  });
}

/**
 * The appreciation's words go in the board doc with the session's other notes; the session records
 * who has given one. The relay writes the board doc here because the presenter (the host) cannot.
 */
async function appreciate(runner: TimedSessionRunner<CouncilState>, text: string, context: CommandContext): Promise<SessionChange & { appreciationId: string }> {
  const appreciationId = newId();
  const change = await runner.apply(context, (state, actor) =>
    applyCouncilCommand(state, { type: 'council.appreciate', appreciationId }, actor, context.now),
  );
  const { participantId, name } = context.access;
  await context.rooms.withRoom({ boardId: context.access.board.id, kind: 'board' }, (room) => {
    room.change((doc) =>
      putAppreciation(boardDocOf(doc), {
        id: appreciationId,
        sessionId: change.sessionId,
        authorId: participantId ?? '',
        authorName: name ?? 'Someone',
        text,
        createdAt: context.now,
      }),
    );
    return room.whenDurable();
  });
  return { ...change, appreciationId };
}
