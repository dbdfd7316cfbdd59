import { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';

/** What one board event says in the log: its message and the board it happened on. */
interface BoardEvent {
  message: string;
  details: Record<string, unknown>;
}

/** Answers that carry the id of the board they concern (a new board, a board a join code opens). */
const answerWithBoard = z.looseObject({ id: z.string().optional(), boardId: z.string().optional() });
const commandBody = z.looseObject({ type: z.string().max(80) });

function boardIdOfAnswer(payload: unknown): string | undefined {
  if (typeof payload !== 'string') return undefined;
  try {
    const answer = answerWithBoard.safeParse(JSON.parse(payload));
    return answer.success ? (answer.data.id ?? answer.data.boardId) : undefined;
  } catch {
    return undefined;
  }
}

/** The routes whose success is a board event, by method and route pattern, each with its message. */
const boardEvents: Record<string, (request: FastifyRequest, payload: unknown) => string> = {
  'POST /api/boards': () => 'board created',
  'DELETE /api/boards/:id': () => 'board deleted',
  'POST /api/boards/:id/join': () => 'someone joined',
  'POST /api/join-codes': () => 'a join code opened a board',
  'POST /api/boards/:id/invites/rotate': () => 'invite links replaced',
  'DELETE /api/boards/:id/participants/:participantId': () => 'participant removed',
  'POST /api/boards/:id/commands': (request) => {
    const command = commandBody.safeParse(request.body);
    return command.success ? `command ${command.data.type}` : 'command';
  },
  'POST /api/boards/:id/ballots': () => 'ballot cast',
  'POST /api/boards/:id/restore-points/:pointId/restore': () => 'board restored from a restore point',
  'POST /api/boards/:id/restore-points/:pointId/records': () => 'records restored from a restore point',
};

function boardEventOf(request: FastifyRequest, reply: FastifyReply, payload: unknown): BoardEvent | null {
  if (reply.statusCode >= 300) return null;
  const describe = boardEvents[`${request.method} ${request.routeOptions.url ?? ''}`];
  if (!describe) return null;
  const params = request.params as { id?: unknown };
  const boardId = typeof params.id === 'string' ? params.id : boardIdOfAnswer(payload);
  const role = request.access?.role;
  return { message: describe(request, payload), details: { boardId, ...(role ? { role } : {}) } };
}

/**
 * Fastify's own line for each request, moved to `debug`: at the default `info` level the relay's
 * log holds board events (below) and problems, not every request a browser makes.
 */
export class QuietRequestLog extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) super.requestCompleted(error, request, reply);
    else reply.log.debug({ res: { statusCode: reply.statusCode }, responseTime: reply.elapsedTime }, 'request completed');
  }
}

/**
 * One `info` line per board event: a board created or deleted, someone joined, links replaced, a
 * command such as `council.start`. It names the board and the role, never a person or a token.
 */
export function installBoardEventLog(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const event = boardEventOf(request, reply, payload);
    if (event) request.log.info(event.details, event.message);
    return payload;
  });
}
