import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendPastSession } from '../../src/relayDoc/appendPastSession';
import { pastSessionOf } from '../../src/relayDoc/pastSessionOf';
import { maxPastSessions, pastSessionsEntry, type PastSessions } from '../../src/relayDoc/pastSessionsEntry';
import { RelayDoc, type UnreadableEntry } from '../../src/relayDoc/relayDoc';
import { relayDocEntries } from '../../src/relayDoc/relayDocEntries';
import { unreadableRelayDocNotice } from '../../src/relayDoc/unreadableRelayDocNotice';
import { throughJson } from '../council/support/purity';
import { inRoundOne, newCouncil } from '../council/support/councilFixtures';
import { advancedTo, newPstb, t0 } from '../pstb/support/pstbFixtures';

function storedHistory(value: unknown) {
  const reports: UnreadableEntry[] = [];
  const relayDoc = new RelayDoc(new Y.Doc(), (unreadable) => reports.push(unreadable));
  relayDoc.doc.getMap('session').set(pastSessionsEntry.key, value);
  return { relayDoc, reports };
}

function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let level = 0; level < depth; level += 1) value = { session: value };
  return value;
}

describe('the board keeps its earlier sessions', () => {
  it('keeps a closed session as it ended', () => {
    const closed = advancedTo('closed', newPstb());
    expect(pastSessionOf(closed, t0 + 99_000)).toEqual({ session: closed, ending: 'closed', replacedDuring: null });
  });

  it('closes a running session at the moment it is replaced, and says where it stood', () => {
    const running = inRoundOne({}, t0);
    const past = pastSessionOf(running, t0 + 5_000);
    expect(past.ending).toBe('replaced');
    expect(past.replacedDuring).toBe('round');
    expect(past.session.phase).toBe('closed');
    expect(past.session.closedAt).toBe(t0 + 5_000);
    expect(past.session.timer).toBeNull();
    expect(past.session.sessionId).toBe(running.sessionId);
    const pstb = pastSessionOf(advancedTo('ideas', newPstb()), t0 + 7_000);
    expect([pstb.ending, pstb.replacedDuring, pstb.session.phase, pstb.session.closedAt]).toEqual(['replaced', 'ideas', 'closed', t0 + 7_000]);
  });

  it('appends, oldest first, without changing the history it was given', () => {
    const first = pastSessionOf(advancedTo('closed', newPstb()), t0);
    const second = pastSessionOf(newCouncil(), t0 + 1);
    const once = appendPastSession(undefined, first);
    const twice = appendPastSession(once ?? undefined, second);
    expect(once).toEqual({ sessions: [first] });
    expect(twice).toEqual({ sessions: [first, second] });
  });

  it(`holds at most ${maxPastSessions} sessions and then refuses, rather than drop the oldest`, () => {
    const past = pastSessionOf(advancedTo('closed', newPstb()), t0);
    let history: PastSessions = { sessions: [] };
    for (let count = 0; count < maxPastSessions; count += 1) history = appendPastSession(history, past) ?? history;
    expect(history.sessions).toHaveLength(maxPastSessions);
    expect(appendPastSession(history, past)).toBeNull();
    expect(pastSessionsEntry.schema.safeParse({ sessions: [...history.sessions, past] }).success).toBe(false);
  });

  it('writes the history with its version and reads it back as it was', () => {
    const { relayDoc, reports } = storedHistory(undefined);
    const history = { sessions: [pastSessionOf(advancedTo('closed', newPstb()), t0), pastSessionOf(inRoundOne({}, t0), t0 + 1)] };
    relayDoc.write(pastSessionsEntry, history);
    expect(relayDoc.doc.getMap('session').get('pastSessions')).toMatchObject({ v: 1 });
    expect(relayDoc.read(pastSessionsEntry)).toEqual(throughJson(history));
    expect(reports).toEqual([]);
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['sessions that are not sessions', { sessions: [{ session: { process: 'council' }, ending: 'closed', replacedDuring: null }] }],
    ['an unknown ending', { sessions: [{ ...pastSessionOf(newCouncil(), t0), ending: 'vanished' }] }],
    ["a PSTB state paired with a Council phase", { sessions: [{ session: advancedTo('closed', newPstb()), ending: 'replaced', replacedDuring: 'round' }] }],
    ['a newer version', { sessions: [], v: 2 }],
    ['a deeply nested value', { sessions: [nested(5_000)] }],
    ['an oversized history', { sessions: Array.from({ length: maxPastSessions + 1 }, () => pastSessionOf(newCouncil(), t0)) }],
  ])('reads %s as absent, reports it, and names it in the notice', (_name, value) => {
    const { relayDoc, reports } = storedHistory(value);
    expect(relayDoc.read(pastSessionsEntry)).toBeUndefined();
    expect(reports.map((report) => report.key)).toEqual(['pastSessions']);
    expect(unreadableRelayDocNotice(relayDoc)).toContain('earlier sessions');
  });

  it('is one of the entries the unreadable notice looks at', () => {
    expect(relayDocEntries).toContain(pastSessionsEntry);
  });
});
