import { presentationEntry, timeboxEntry, votesEntry } from '@washup/shared/relayDoc';
import { present, timeboxRunning, voteDueToClose, voteTimeboxEndsAt } from '@washup/shared/room';
import type { RelayDocStore } from '../relayDoc/relayDocStore';
import type { SessionWakeups } from '../session/sessionWakeups';
import type { Storage } from '../storage/storage';
import type { KeyedMutex } from './keyedMutex';
import { ballotsThatCount } from './roundBallots';
import { closedIn, revealedIn } from './voteCommands';

/**
 * How much later than the relay that wrote the timebox a relay that only loaded the board looks,
 * when several relays serve it: the writer closes the vote, and the change reaches the others in
 * milliseconds, so they find it closed and write nothing; only if the writer is gone do they close it.
 */
const otherRelayGraceMs = 2_000;

export interface VoteTimeboxDeps {
  relayDoc: RelayDocStore;
  storage: Storage;
  wakeups: SessionWakeups;
  votingLock: KeyedMutex;
  /** Whether other relays serve the same boards (PostgreSQL + Redis). */
  otherRelays: boolean;
  onWakeupFailed(error: unknown): void;
}

/**
 * Closes a vote round at the end of its timebox, on the relay's clock: closes it as the Lead's
 * `vote.close` does (recorded as closed by the timebox), publishes its tallies and brings everyone
 * who follows to the results, in one relay step. The relay that writes the timebox sets the
 * wake-up, as for a Council turn. A relay that loads the board, or hears of the timebox from another
 * relay, sets one a grace later: a vote whose time ran out while the relay was down closes as soon
 * as the board is back, and with several relays the writer closes it while the others find it closed.
 */
export class VoteTimeboxes {
  constructor(private readonly deps: VoteTimeboxDeps) {}

  /** After this relay wrote the timebox or the votes: wake at the timebox's end (or not at all). */
  async watch(boardId: string): Promise<void> {
    await this.scheduleAfter(boardId, 0);
  }

  /** When this relay loads the board's relay doc, or another relay wrote it. */
  async watchFromElsewhere(boardId: string): Promise<void> {
    await this.scheduleAfter(boardId, this.deps.otherRelays ? otherRelayGraceMs : 0);
  }

  private async scheduleAfter(boardId: string, delayMs: number): Promise<void> {
    const timebox = await this.deps.relayDoc.read(boardId, timeboxEntry);
    // The votes are read only when a timebox counts down for one: a board's every load reads nothing more.
    const votes = timeboxRunning(timebox) && timebox.roundId !== null ? await this.deps.relayDoc.read(boardId, votesEntry) : undefined;
    const endsAt = voteTimeboxEndsAt(timebox, votes);
    this.deps.wakeups.schedule(`${boardId}:timebox`, endsAt === null ? null : endsAt + delayMs, () => {
      this.close(boardId).catch((error: unknown) => this.deps.onWakeupFailed(error));
    });
  }

  /** Closes the round if its timebox has run out by the relay's clock now; otherwise writes nothing. */
  async close(boardId: string): Promise<void> {
    // A wake-up may outlive its board; loading a deleted board's room would bring it back.
    if (!(await this.deps.storage.getBoard(boardId))) return;
    const { relayDoc, votingLock, storage } = this.deps;
    await votingLock.run(boardId, async () => {
      const [timebox, votes] = await Promise.all([relayDoc.read(boardId, timeboxEntry), relayDoc.read(boardId, votesEntry)]);
      const due = voteDueToClose(timebox, votes, Date.now());
      if (!due) return;
      const ballots = await ballotsThatCount(storage, boardId, due.round.id);
      await relayDoc.transact(boardId, (step) => {
        const now = Date.now();
        const votesNow = step.read(votesEntry);
        // Checked again in the step itself: the Lead may have closed it, or added a minute, meanwhile.
        const stillDue = voteDueToClose(step.read(timeboxEntry), votesNow, now);
        if (!stillDue || !votesNow || stillDue.round.id !== due.round.id) return;
        const closed = closedIn(votesNow, stillDue.round.id, now, { kind: 'timebox', timeboxId: stillDue.timebox.id });
        step.write(votesEntry, revealedIn(closed, stillDue.round.id, ballots, now));
        step.write(timeboxEntry, { ...stillDue.timebox, endedAt: now });
        const command = { type: 'present.show', view: 'vote', place: null, roundId: stillDue.round.id } as const;
        step.write(presentationEntry, present(step.read(presentationEntry), command, stillDue.round.openedBy, now));
      });
    });
  }
}
