import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { councilEntry } from '../../src/relayDoc/councilEntry';
import { RelayDoc } from '../../src/relayDoc/relayDoc';
import { unreadableRelayDocNotice } from '../../src/relayDoc/unreadableRelayDocNotice';
import { newCouncil } from '../council/support/councilFixtures';

function relayDocWith(stored: Record<string, unknown>): RelayDoc {
  const relayDoc = new RelayDoc(new Y.Doc());
  for (const [key, value] of Object.entries(stored)) relayDoc.doc.getMap('session').set(key, value);
  return relayDoc;
}

describe('the notice of relay doc values this device cannot read', () => {
  it('says nothing when the relay doc is empty or every value reads', () => {
    expect(unreadableRelayDocNotice(relayDocWith({}))).toBeNull();
    const relayDoc = relayDocWith({});
    relayDoc.write(councilEntry, newCouncil());
    expect(unreadableRelayDocNotice(relayDoc)).toBeNull();
  });

  it('names each value that does not read, whether from a newer relay or damaged', () => {
    const notice = unreadableRelayDocNotice(relayDocWith({ votes: { v: 9, rounds: [] }, pstb: { phase: 42 } }));
    expect(notice).toBe(
      "This version of Washup cannot read the board's saved PSTB session and vote rounds: reload the page to get the newest version. Until then, this device does not show what it cannot read.",
    );
  });

  it('forgets a value once the relay replaces it with one that reads', () => {
    const relayDoc = relayDocWith({ council: 'garbage' });
    expect(unreadableRelayDocNotice(relayDoc)).toContain('Council session');
    relayDoc.write(councilEntry, newCouncil());
    expect(unreadableRelayDocNotice(relayDoc)).toBeNull();
  });
});
