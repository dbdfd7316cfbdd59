import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PstbState } from '../../src/pstb/pstbState';
import { councilEntry } from '../../src/relayDoc/councilEntry';
import { pstbEntry } from '../../src/relayDoc/pstbEntry';
import { RelayDoc, type UnreadableEntry } from '../../src/relayDoc/relayDoc';
import { votesEntry } from '../../src/relayDoc/votesEntry';
import { deepFreeze, throughJson } from '../council/support/purity';
import { newCouncil } from '../council/support/councilFixtures';
import { newPstb } from '../pstb/support/pstbFixtures';

function relayDocWith(stored: Record<string, unknown>) {
  const reports: UnreadableEntry[] = [];
  const relayDoc = new RelayDoc(new Y.Doc(), (unreadable) => reports.push(unreadable));
  const map = relayDoc.doc.getMap('session');
  for (const [key, value] of Object.entries(stored)) map.set(key, value);
  return { relayDoc, reports, map };
}

/** A PSTB session as yesterday's code stored it: `owner` where today says `presenter`, and no version. */
function yesterdaysPstb(state: PstbState): Record<string, unknown> {
  const { presenter, ...rest } = throughJson(state) as PstbState;
  return { ...rest, owner: presenter };
}

describe('the relay doc read through its entries', () => {
  it('writes each value with its entry version and reads it back as it was', () => {
    const { relayDoc, reports, map } = relayDocWith({});
    const pstb = newPstb();
    relayDoc.write(pstbEntry, pstb);
    relayDoc.write(votesEntry, { rounds: [] });
    expect(map.get('pstb')).toEqual({ ...throughJson(pstb) as object, v: 2 });
    expect(map.get('votes')).toEqual({ rounds: [], v: 1 });
    expect(relayDoc.read(pstbEntry)).toEqual(throughJson(pstb));
    expect(relayDoc.read(votesEntry)).toEqual({ rounds: [] });
    expect(relayDoc.read(councilEntry)).toBeUndefined();
    expect(reports).toEqual([]);
  });

  it('gives back the same object until the value is replaced, so views do not re-render for nothing', () => {
    const { relayDoc } = relayDocWith({});
    relayDoc.write(councilEntry, newCouncil());
    const first = relayDoc.read(councilEntry);
    expect(relayDoc.read(councilEntry)).toBe(first);
    relayDoc.write(councilEntry, newCouncil());
    expect(relayDoc.read(councilEntry)).not.toBe(first);
    expect(relayDoc.read(councilEntry)).toEqual(first);
  });

  it('reads a PSTB session stored before the rename with its owner as the presenter', () => {
    const today = newPstb();
    const stored = deepFreeze(yesterdaysPstb(today));
    const { relayDoc, reports } = relayDocWith({ pstb: stored });
    expect(relayDoc.read(pstbEntry)).toEqual(throughJson(today));
    expect(relayDoc.read(pstbEntry)).not.toHaveProperty('owner');
    expect(stored).toHaveProperty('owner');
    expect(reports).toEqual([]);
  });

  it('keeps the presenter of a session stored after the rename but before versions', () => {
    const today = throughJson(newPstb());
    const { relayDoc, reports } = relayDocWith({ pstb: today });
    expect(relayDoc.read(pstbEntry)).toEqual(today);
    expect(reports).toEqual([]);
  });

  it('reports a value that fails its schema once, and reads it as absent', () => {
    const { relayDoc, reports } = relayDocWith({ council: { process: 'council', phase: 'nowhere' }, votes: 'not votes', pstb: null });
    for (let read = 0; read < 3; read++) {
      expect(relayDoc.read(councilEntry)).toBeUndefined();
      expect(relayDoc.read(votesEntry)).toBeUndefined();
      expect(relayDoc.read(pstbEntry)).toBeUndefined();
    }
    expect(reports.map((report) => report.key)).toEqual(['council', 'votes', 'pstb']);
    expect(reports[1]?.problem).toMatch(/expected object/);
  });

  it('reports a value from a newer relay and leaves it alone', () => {
    const future = deepFreeze({ ...throughJson(newPstb()) as object, v: 3, facilitatorNotes: 'kept' });
    const { relayDoc, reports, map } = relayDocWith({ pstb: future });
    expect(relayDoc.read(pstbEntry)).toBeUndefined();
    expect(reports).toEqual([{ key: 'pstb', problem: 'was written at version 3 by a newer Washup (this one reads up to version 2)' }]);
    expect(map.get('pstb')).toBe(future);
  });

  it('reports an old session whose owner is missing or malformed instead of inventing a presenter', () => {
    const { owner: _owner, ...ownerless } = yesterdaysPstb(newPstb());
    const { relayDoc, reports } = relayDocWith({ pstb: { ...ownerless, v: 1 } });
    expect(relayDoc.read(pstbEntry)).toBeUndefined();
    expect(reports[0]?.problem).toMatch(/^presenter: /);
    const garbled = relayDocWith({ pstb: { ...yesterdaysPstb(newPstb()), owner: { id: 7 } } });
    expect(garbled.relayDoc.read(pstbEntry)).toBeUndefined();
    expect(garbled.reports[0]?.problem).toMatch(/^presenter\.id: /);
  });

  it('reads a deeply nested value as absent without throwing', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 20_000; level++) deep = [deep];
    const { relayDoc, reports } = relayDocWith({ votes: { rounds: deep }, council: { ...throughJson(newCouncil()) as object, turns: [deep] } });
    expect(relayDoc.read(votesEntry)).toBeUndefined();
    expect(relayDoc.read(councilEntry)).toBeUndefined();
    expect(reports).toHaveLength(2);
  });

  it('picks the new value up once the relay replaces a bad one', () => {
    const { relayDoc, reports } = relayDocWith({ council: 42 });
    expect(relayDoc.read(councilEntry)).toBeUndefined();
    relayDoc.write(councilEntry, newCouncil());
    expect(relayDoc.read(councilEntry)).toEqual(throughJson(newCouncil()));
    expect(reports).toHaveLength(1);
  });

  it('names each entry by its key and version', () => {
    expect([councilEntry, pstbEntry, votesEntry].map(({ key, version }) => [key, version])).toEqual([
      ['council', 1],
      ['pstb', 2],
      ['votes', 1],
    ]);
  });
});
