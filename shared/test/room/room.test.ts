import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { presentationEntry } from '../../src/relayDoc/presentationEntry';
import { RelayDoc, type UnreadableEntry } from '../../src/relayDoc/relayDoc';
import { timeboxEntry } from '../../src/relayDoc/timeboxEntry';
import { currentCues, newCues } from '../../src/room/phaseCues';
import { present, presentCommandSchema } from '../../src/room/presentation';
import type { RoomState } from '../../src/room/roomState';
import { runningTimers } from '../../src/room/runningTimers';
import { applyTimeboxCommand, timeboxCommandSchema, type Timebox } from '../../src/room/timebox';
import { voteDueToClose, voteTimeboxEndsAt } from '../../src/room/voteTimebox';
import { timerRemainingMs } from '../../src/session/timer';
import type { VotesState } from '../../src/voting/votesState';
import { facilitator, inRoundOne, newCouncil, reviewer, t0 } from '../council/support/councilFixtures';

const minute = 60_000;
let ids = 0;
const nextId = () => `tb${++ids}`;

function startBox(minutes: number, roundId: string | null = null, seconds = 0): Timebox {
  const command = timeboxCommandSchema.parse({ type: 'timebox.start', label: 'Cluster Leadership', minutes, seconds, roundId });
  const outcome = applyTimeboxCommand(undefined, command, facilitator, t0, nextId);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value;
}

/** A vote state with one round open, built as the relay doc would hold it (only what the cues read). */
const openVote = (roundId: string): VotesState =>
  ({ rounds: [{ round: { id: roundId, status: 'open' }, voterCount: 0, tally: null }] }) as unknown as VotesState;

const empty: RoomState = { votes: undefined, council: undefined, pstb: undefined, timebox: undefined };

describe('what the Lead Reviewer presents', () => {
  it('counts presentations, and keeps a place only for the board and a round only for the vote', () => {
    const first = present(undefined, presentCommandSchema.parse({ type: 'present.show', view: 'board', place: { kind: 'lane', headingId: 'h1', lane: 'strengths' } }), 'lead', t0);
    expect(first).toEqual({ view: 'board', place: { kind: 'lane', headingId: 'h1', lane: 'strengths' }, roundId: null, presentedBy: 'lead', presentedAt: t0, serial: 1 });
    const second = present(first, presentCommandSchema.parse({ type: 'present.show', view: 'council', place: { kind: 'overview' }, roundId: 'r1' }), 'lead', t0 + 1);
    expect([second.serial, second.place, second.roundId]).toEqual([2, null, null]);
    const vote = present(second, presentCommandSchema.parse({ type: 'present.show', view: 'vote', roundId: 'r1' }), 'lead', t0 + 2);
    expect([vote.serial, vote.roundId]).toEqual([3, 'r1']);
  });

  it('refuses unknown views, unknown place fields, long searches and bad ids', () => {
    for (const bad of [
      { type: 'present.show', view: 'admin' },
      { type: 'present.show', view: 'board', place: { kind: 'heading', headingId: 'h1', script: 'x' } },
      { type: 'present.show', view: 'board', place: { kind: 'filter', filter: { text: 'x'.repeat(201) } } },
      { type: 'present.show', view: 'board', place: { kind: 'filter', filter: { valence: 'great' } } },
      { type: 'present.show', view: 'board', place: { kind: 'elsewhere' } },
      { type: 'present.show', view: 'vote', roundId: '../../etc' },
      { type: 'present.show', view: 'board', extra: true },
    ]) {
      expect(presentCommandSchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(false);
    }
  });

  it('is stored with its version and read back; a damaged value is named, not shown', () => {
    const reports: UnreadableEntry[] = [];
    const relayDoc = new RelayDoc(new Y.Doc(), (unreadable) => reports.push(unreadable));
    const presentation = present(undefined, presentCommandSchema.parse({ type: 'present.show', view: 'vote' }), 'lead', t0);
    relayDoc.write(presentationEntry, presentation);
    expect(relayDoc.doc.getMap('session').get('presentation')).toMatchObject({ v: 1, view: 'vote' });
    expect(relayDoc.read(presentationEntry)).toEqual(presentation);
    relayDoc.doc.getMap('session').set('timebox', { v: 1, label: 42 });
    expect(relayDoc.read(timeboxEntry)).toBeUndefined();
    expect(reports.map((report) => report.key)).toEqual(['timebox']);
  });
});

describe('timeboxes', () => {
  it('count down on the given clock, take clock controls, and end where they stand', () => {
    const box = startBox(10);
    expect(timerRemainingMs(box.timer, t0 + minute)).toBe(9 * minute);
    const added = applyTimeboxCommand(box, { type: 'timebox.addMinute' }, facilitator, t0 + minute, nextId);
    expect(added.ok && timerRemainingMs(added.value.timer, t0 + minute)).toBe(10 * minute);
    const ended = applyTimeboxCommand(box, { type: 'timebox.end' }, facilitator, t0 + 2 * minute, nextId);
    expect(ended.ok && ended.value.endedAt).toBe(t0 + 2 * minute);
    const again = applyTimeboxCommand(ended.ok ? ended.value : box, { type: 'timebox.pause' }, facilitator, t0 + 3 * minute, nextId);
    expect(again).toMatchObject({ ok: false, error: { code: 'no_timer' } });
  });

  it('are the Lead Reviewer’s alone, and refuse silly lengths and names', () => {
    expect(applyTimeboxCommand(undefined, { type: 'timebox.start', label: 'x', minutes: 5, seconds: 0, roundId: null }, reviewer, t0, nextId)).toMatchObject({
      ok: false,
      error: { code: 'not_allowed' },
    });
    for (const bad of [
      { type: 'timebox.start', label: 'x', minutes: 0 },
      { type: 'timebox.start', label: 'x', minutes: 241 },
      { type: 'timebox.start', label: '   ', minutes: 5 },
      { type: 'timebox.start', label: 'x'.repeat(81), minutes: 5 },
      { type: 'timebox.start', label: 'x', minutes: 1.5 },
      { type: 'timebox.start', label: 'x', minutes: 0, seconds: 9 },
      { type: 'timebox.start', label: 'x', minutes: 0, seconds: 60 },
      { type: 'timebox.start', label: 'x', minutes: 1, seconds: -1 },
      { type: 'timebox.start', label: 'x', minutes: 1, seconds: 0.5 },
      { type: 'timebox.start', label: 'x', minutes: 1, seconds: '30' },
      { type: 'timebox.start', label: 'x', minutes: 1, seconds: { nested: [[[1]]] } },
      { type: 'timebox.start', label: 'x', minutes: 1, seconds: 1e308 },
      { type: 'timebox.reset' },
    ]) {
      expect(timeboxCommandSchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 60)).toBe(false);
    }
  });

  it('run for minutes and seconds, from a ten-second last call up', () => {
    expect(startBox(0, null, 10).timer.durationMs).toBe(10_000);
    expect(startBox(2, null, 30).timer.durationMs).toBe(150_000);
    expect(timeboxCommandSchema.safeParse({ type: 'timebox.start', label: 'x', minutes: 0, seconds: 9 }).error?.issues[0]?.message).toBe(
      'a timebox lasts at least 10 seconds',
    );
  });
});

describe('a vote that closes at the end of its timebox', () => {
  const votes = openVote('r1');
  const closedVotes = { rounds: [{ round: { id: 'r1', status: 'closed' }, voterCount: 0, tally: null }] } as unknown as VotesState;

  it('is due when the timebox tied to the open round has run out on the relay clock, not a moment before', () => {
    const box = startBox(0, 'r1', 30);
    expect(voteTimeboxEndsAt(box, votes)).toBe(t0 + 30_000);
    expect(voteDueToClose(box, votes, t0 + 29_999)).toBeNull();
    expect(voteDueToClose(box, votes, t0 + 30_000)).toMatchObject({ timebox: { id: box.id }, round: { id: 'r1' } });
    expect(voteDueToClose(box, votes, t0 + 10 * minute)?.round.id).toBe('r1');
  });

  it('is never due for a round closed by hand, a timebox for something else, or one ended or paused', () => {
    const box = startBox(0, 'r1', 30);
    const late = t0 + minute;
    expect([voteTimeboxEndsAt(box, closedVotes), voteDueToClose(box, closedVotes, late)]).toEqual([null, null]);
    const other = startBox(0, null, 30);
    expect([voteTimeboxEndsAt(other, votes), voteDueToClose(other, votes, late)]).toEqual([null, null]);
    const ended = applyTimeboxCommand(box, { type: 'timebox.end' }, facilitator, t0 + 1_000, nextId);
    expect(ended.ok && voteDueToClose(ended.value, votes, late)).toBeNull();
    const paused = applyTimeboxCommand(box, { type: 'timebox.pause' }, facilitator, t0 + 1_000, nextId);
    expect(paused.ok && [voteTimeboxEndsAt(paused.value, votes), voteDueToClose(paused.value, votes, late)]).toEqual([null, null]);
    expect([voteTimeboxEndsAt(undefined, votes), voteDueToClose(box, undefined, late)]).toEqual([null, null]);
  });

  it('moves with the Lead Reviewer’s clock controls: a minute more is a minute later', () => {
    const box = startBox(0, 'r1', 30);
    const added = applyTimeboxCommand(box, { type: 'timebox.addMinute' }, facilitator, t0 + 10_000, nextId);
    if (!added.ok) throw new Error(added.error.message);
    expect(voteTimeboxEndsAt(added.value, votes)).toBe(t0 + 90_000);
    expect(voteDueToClose(added.value, votes, t0 + 30_000)).toBeNull();
  });
});

describe('the header timer and the phase cues', () => {
  it('names the running countdowns: the Council turn first, then a timebox that closes the vote', () => {
    const council = inRoundOne();
    const timers = runningTimers({ ...empty, council, votes: openVote('r1'), timebox: startBox(5, 'r1') });
    expect(timers.map((timer) => [timer.label, timer.view])).toEqual([
      ["Council: Ana's turn", 'council'],
      ['Vote closes', 'vote'],
    ]);
    expect(timers.map((timer) => timer.shortLabel)).toEqual(['Council', 'Vote']);
    expect(runningTimers({ ...empty, timebox: startBox(5) }).map((timer) => [timer.label, timer.shortLabel])).toEqual([['Cluster Leadership', 'Cluster Leadership']]);
    expect(runningTimers(empty)).toEqual([]);
  });

  it('announces a vote opening, its last minute, the Council starting and the speaker’s own turn, each once', () => {
    const box = startBox(5, 'r1');
    const before = currentCues(empty, t0, 'ana');
    const voting = currentCues({ ...empty, votes: openVote('r1'), timebox: box }, t0, 'ana');
    expect(newCues(before, voting).map((cue) => cue.kind)).toEqual(['voteOpened']);
    const lastMinute = currentCues({ ...empty, votes: openVote('r1'), timebox: box }, t0 + 4 * minute + 1, 'ana');
    expect(newCues(voting, lastMinute).map((cue) => cue.kind)).toEqual(['voteClosing']);
    expect(newCues(lastMinute, lastMinute)).toEqual([]);

    const contracting = currentCues({ ...empty, council: newCouncil() }, t0, 'ana');
    expect(contracting).toEqual([]);
    const round = currentCues({ ...empty, council: inRoundOne() }, t0, 'ana');
    expect(newCues(contracting, round).map((cue) => cue.kind)).toEqual(['councilStarted', 'yourTurn']);
    expect(newCues(contracting, currentCues({ ...empty, council: inRoundOne() }, t0, 'ben')).map((cue) => cue.kind)).toEqual(['councilStarted']);
    // The Lead Reviewer started it: only their own turn, or a vote's last minute, is news to them.
    expect(currentCues({ ...empty, council: inRoundOne(), votes: openVote('r1') }, t0, 'fac', true)).toEqual([]);
    expect(currentCues({ ...empty, votes: openVote('r1'), timebox: box }, t0 + 4 * minute + 1, 'fac', true).map((cue) => cue.kind)).toEqual(['voteClosing']);
  });

  it('gives a timebox of a minute or less no last-minute banner: it is all last minute', () => {
    const short = startBox(0, 'r1', 45);
    expect(currentCues({ ...empty, votes: openVote('r1'), timebox: short }, t0 + 1_000, 'ana').map((cue) => cue.kind)).toEqual(['voteOpened']);
  });
});
