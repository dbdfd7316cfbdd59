import { newId } from '@washup/shared/board';
import { sessionRefusalKinds, timerExpiresAt, type SessionActor, type SessionOutcome, type PhaseTimer } from '@washup/shared/session';
import { appendPastSession, maxPastSessions, pastSessionsEntry, type PastSession, type RelayDocEntry } from '@washup/shared/relayDoc';
import { requireRole } from '../auth/access';
import type { CommandContext } from '../commands/commandFamily';
import type { RelayDocStep, RelayDocStore } from '../relayDoc/relayDocStore';
import { acceptedOrThrow } from '../refusals/acceptedOrThrow';
import { Refused } from '../refusals/refused';
import type { Storage } from '../storage/storage';
import type { SessionWakeups } from './sessionWakeups';

interface TimedState {
  sessionId: string;
  phase: string;
  timer: PhaseTimer | null;
}

export interface TimedProcess<S extends TimedState> {
  /** Where the relay doc keeps the session; its key is also the command prefix: `council`, `pstb`. */
  entry: RelayDocEntry<S>;
  /** How messages name the session: "Council session". */
  label: string;
  create(config: Record<string, unknown>, sessionId: string, now: number): SessionOutcome<S>;
  tick(state: S, now: number): S;
  /** The session as the board's history keeps it once another is started at `now`. */
  retire(state: S, now: number): PastSession;
}

export interface TimedSessionDeps {
  relayDoc: RelayDocStore;
  storage: Storage;
  wakeups: SessionWakeups;
  onWakeupFailed(error: unknown): void;
}

export interface SessionChange {
  sessionId: string;
  phase: string;
}

/**
 * Runs one timed process (Council or PSTB) for every board: starts sessions, applies the machine's
 * rules to the state in the relay doc, and keeps a wake-up set for the moment the current
 * countdown runs out. Time is always the relay's own clock.
 */
export class TimedSessionRunner<S extends TimedState> {
  constructor(
    private readonly process: TimedProcess<S>,
    private readonly deps: TimedSessionDeps,
  ) {}

  /**
   * Only the Lead Reviewer sets a session up; one still running is replaced only when `replace`
   * says so. The session it follows goes into the board's history in the same step as the new one
   * is written, so no device ever sees it gone from both.
   */
  async start(context: CommandContext, config: Record<string, unknown>, replace: boolean): Promise<SessionChange> {
    requireRole(context.access, ['facilitator'], `start a ${this.process.label}`);
    const state = await this.write(context.access.board.id, (current, step) => {
      if (current && current.phase !== 'closed' && !replace) {
        throw new Refused('conflict', 'session_running', `a ${this.process.label} is still running; end it or confirm that it should be replaced`);
      }
      const next = acceptedOrThrow(this.process.create(config, newId(), context.now), sessionRefusalKinds);
      if (current) this.keepInHistory(step, current, context.now);
      return next;
    });
    return changeOf(state);
  }

  private keepInHistory(step: RelayDocStep, current: S, now: number): void {
    const history = appendPastSession(step.read(pastSessionsEntry), this.process.retire(current, now));
    if (!history) {
      throw new Refused(
        'conflict',
        'session_history_full',
        `this board already keeps ${maxPastSessions} earlier sessions, as many as it can; start the next one on a new board so that none is lost`,
      );
    }
    step.write(pastSessionsEntry, history);
  }

  /** Applies a rule to the session as it stands; a conflict when no session was started. */
  async apply(context: CommandContext, rule: (state: S, actor: SessionActor) => SessionOutcome<S>): Promise<SessionChange> {
    const actor = actorOf(context);
    const state = await this.write(context.access.board.id, (current) => {
      if (!current) throw new Refused('conflict', 'no_session', `no ${this.process.label} has been started on this board`);
      return acceptedOrThrow(rule(current, actor), sessionRefusalKinds);
    });
    return changeOf(state);
  }

  /** Brings the board's session up to the relay's clock; writes nothing when no countdown ran out. */
  async tick(boardId: string, now = Date.now()): Promise<SessionChange | null> {
    // A wake-up may outlive its board; loading a deleted board's room would bring it back.
    if (!(await this.deps.storage.getBoard(boardId))) return null;
    const state = await this.write(boardId, (current) => current && this.process.tick(current, now));
    return state ? changeOf(state) : null;
  }

  /** Writes what `next` makes of the session (nothing when it returns it unchanged), with whatever else `next` writes in the same step. */
  private async write<Next extends S | undefined>(boardId: string, next: (current: S | undefined, step: RelayDocStep) => Next): Promise<Next> {
    const state = await this.deps.relayDoc.transact(boardId, (step) => {
      const current = step.read(this.process.entry);
      const value = next(current, step);
      if (value !== undefined && value !== current) step.write(this.process.entry, value);
      return value;
    });
    const at = state?.timer ? timerExpiresAt(state.timer) : null;
    this.deps.wakeups.schedule(`${boardId}:${this.process.entry.key}`, at, () => {
      this.tick(boardId).catch((error: unknown) => this.deps.onWakeupFailed(error));
    });
    return state;
  }
}

function changeOf(state: TimedState): SessionChange {
  return { sessionId: state.sessionId, phase: state.phase };
}

function actorOf(context: CommandContext): SessionActor {
  const participantId = context.access.participantId;
  if (!participantId) throw new Refused('forbidden', 'join_first', 'join the board by name before taking part in a session');
  return { participantId, role: context.access.role };
}
