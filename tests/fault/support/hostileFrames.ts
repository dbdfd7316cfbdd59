import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { addCard, boardDocOf } from '@washup/shared/board';
import { encodeAckRequest, encodeTimeRequest, messageType } from '@washup/shared/sync';
import { syncUpdateMessage } from '../../../server/src/sync/outgoing';
import type { AwarenessEntry } from '../../../server/src/sync/awarenessEntries';
import { nestedPresenceJson, presenceFrame } from '../../../server/test/support/presenceFrames';
import type { SeededRandom } from '../../support/seededRandom';
import { evidenceCard } from './evidenceCard';

/** One frame an abuser sends: binary unless it is the text-frame case, named for the figures. */
export interface HostileFrame {
  kind: string;
  data: Uint8Array | string;
}

/** Which traffic a pool sends: `fuzz` mixes every kind of bad input, `flood` is the cheapest-to-send, costliest-to-answer. */
export type FrameMix = 'fuzz' | 'flood';

type Build = (random: SeededRandom) => HostileFrame;
type FrameBytes = (random: SeededRandom) => Uint8Array;

/**
 * Deterministic hostile frames for the sync socket. Built once per abuser process: the valid
 * updates and the deep Yjs trees are made up front, so sending stays cheap.
 */
export class HostileFrames {
  private readonly validUpdates: Uint8Array[];
  private readonly nestedYjsUpdates: Uint8Array[];
  private readonly mixes: Record<FrameMix, Array<[number, Build]>>;

  constructor(
    random: SeededRandom,
    private readonly maxFrameBytes: number,
  ) {
    this.validUpdates = Array.from({ length: 8 }, (_, i) => cardUpdate(random, `fuzz card ${i}`));
    this.nestedYjsUpdates = [1_000, 4_000, 12_000].map((depth) => nestedMapUpdate(random, depth));
    const mutate = (kind: string, source: FrameBytes): Build => (r) => ({ kind, data: mutated(r, source(r)) });
    const truncate = (kind: string, source: FrameBytes): Build => (r) => {
      const frame = source(r);
      return { kind, data: frame.slice(0, r.int(1, Math.max(1, frame.length - 1))) };
    };
    const valid: FrameBytes = (r) => syncUpdateMessage(r.pick(this.validUpdates));
    const cheap: Array<[number, Build]> = [
      [10, () => ({ kind: 'time-request', data: encodeTimeRequest() })],
      [6, (r) => ({ kind: 'ack-request', data: encodeAckRequest(r.int(0, 2 ** 31)) })],
      [4, () => ({ kind: 'query-awareness', data: typeOnly(messageType.queryAwareness) })],
      [3, () => ({ kind: 'full-state-request', data: syncStep1Frame(new Uint8Array([0])) })],
    ];
    this.mixes = {
      flood: [
        ...cheap,
        [2, (r) => ({ kind: 'nested-json-presence', data: presenceFrame([presence(r, nestedPresenceJson(r.int(2_000, 8_000)))]) })],
      ],
      fuzz: [
        ...cheap,
        [2, (r) => ({ kind: 'random-state-vector', data: syncStep1Frame(randomStateVector(r)) })],
        [3, (r) => ({ kind: 'valid-update', data: valid(r) })],
        [2, () => ({ kind: 'empty-update', data: syncUpdateMessage(Y.encodeStateAsUpdate(new Y.Doc())) })],
        [4, (r) => ({ kind: 'small-presence', data: presenceFrame([presence(r, JSON.stringify({ user: { name: 'x' } }))]) })],
        // Everything below is malformed or hostile; most of it gets the socket closed.
        [1.2, (r) => ({ kind: 'random-bytes', data: r.bytes(r.int(1, 2_000)) })],
        // Random bytes behind a valid header reach the sync and presence decoders rather than the type check.
        [0.6, (r) => ({ kind: 'random-sync-payload', data: new Uint8Array([messageType.sync, r.int(0, 2), ...r.bytes(r.int(0, 500))]) })],
        [0.4, (r) => ({ kind: 'random-presence-payload', data: new Uint8Array([messageType.awareness, ...r.bytes(r.int(0, 500))]) })],
        [0.2, () => ({ kind: 'empty-frame', data: new Uint8Array(0) })],
        [0.2, () => ({ kind: 'text-frame', data: '{"type":"sync"}' })],
        [1, truncate('truncated-update', valid)],
        [1, mutate('mutated-update', valid)],
        [0.4, truncate('truncated-state-request', (r) => syncStep1Frame(randomStateVector(r)))],
        [0.4, mutate('mutated-presence', (r) => presenceFrame([presence(r, JSON.stringify({ user: { name: 'y' } }))]))],
        [0.02, (r) => ({ kind: 'oversized', data: r.bytes(this.maxFrameBytes + r.int(1, 4_096)) })],
        [0.5, (r) => ({ kind: 'nested-json-presence', data: presenceFrame([presence(r, nestedPresenceJson(r.int(1_000, 12_000)))]) })],
        [0.1, (r) => ({ kind: 'huge-presence', data: presenceFrame([presence(r, JSON.stringify({ pad: 'x'.repeat(r.int(50_000, 200_000)) }))]) })],
        [0.2, (r) => ({ kind: 'many-presence-clients', data: presenceFrame(Array.from({ length: r.int(500, 5_000) }, (_, i) => ({ clientId: i + 1, clock: 1, json: '{}' }))) })],
        [0.2, (r) => ({ kind: 'nested-yjs', data: syncUpdateMessage(r.pick(this.nestedYjsUpdates)) })],
        [0.2, (r) => ({ kind: 'nested-json-record', data: syncUpdateMessage(recordUpdate(r, 'cards', nestedValue(r.int(200, 2_000)), `deep${r.int(0, 1e9)}`)) })],
        [0.8, (r) => ({ kind: 'invalid-record', data: syncUpdateMessage(invalidRecordUpdate(r)) })],
        [0.6, (r) => ({ kind: 'unknown-type', data: typeOnly(r.pick([2, 4, 50, 99, 100, 101, 104, r.int(105, 2 ** 30)])) })],
        [0.3, (r) => ({ kind: 'unknown-sync-type', data: new Uint8Array([messageType.sync, r.int(3, 127), 0]) })],
        [0.2, () => ({ kind: 'varint-overflow', data: new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]) })],
      ],
    };
  }

  next(random: SeededRandom, mix: FrameMix): HostileFrame {
    const builds = this.mixes[mix];
    const total = builds.reduce((sum, [weight]) => sum + weight, 0);
    let roll = random.next() * total;
    for (const [weight, build] of builds) {
      roll -= weight;
      if (roll < 0) return build(random);
    }
    return { kind: 'time-request', data: encodeTimeRequest() };
  }
}

function typeOnly(type: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  return encoding.toUint8Array(encoder);
}

function syncStep1Frame(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType.sync);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep1);
  encoding.writeVarUint8Array(encoder, stateVector);
  return encoding.toUint8Array(encoder);
}

/** One presence entry under a random client id (most are not the sender's own). */
function presence(random: SeededRandom, json: string): AwarenessEntry {
  return { clientId: random.int(1, 2 ** 30), clock: 1, json };
}

function randomStateVector(random: SeededRandom): Uint8Array {
  const encoder = encoding.createEncoder();
  const entries = random.int(0, 20);
  encoding.writeVarUint(encoder, entries);
  for (let i = 0; i < entries; i++) {
    encoding.writeVarUint(encoder, random.int(0, 2 ** 31));
    encoding.writeVarUint(encoder, random.int(0, 2 ** 20));
  }
  return encoding.toUint8Array(encoder);
}

function mutated(random: SeededRandom, frame: Uint8Array): Uint8Array {
  const copy = frame.slice();
  const flips = random.int(1, 8);
  for (let i = 0; i < flips; i++) copy[random.int(0, copy.length - 1)] = random.int(0, 255);
  return copy;
}

function nestedValue(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** A doc whose client id comes from the seed, so the updates it makes replay byte for byte. */
function seededDoc(random: SeededRandom): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = random.int(1, 2 ** 31 - 1);
  return doc;
}

function cardUpdate(random: SeededRandom, observation: string): Uint8Array {
  const doc = seededDoc(random);
  addCard(boardDocOf(doc), { ...evidenceCard(observation, 'fuzz'), id: `fuzz${random.int(0, 1e9)}`, capturedAt: 1 });
  return Y.encodeStateAsUpdate(doc);
}

/** A raw YKeyValue entry, as a client bypassing the board model would write it. */
function recordUpdate(random: SeededRandom, collection: string, value: unknown, id: string): Uint8Array {
  const doc = seededDoc(random);
  doc.getArray(collection).push([{ key: id, val: value }]);
  return Y.encodeStateAsUpdate(doc);
}

/** The records that bricked a board in issue 13, item 2. */
function invalidRecordUpdate(random: SeededRandom): Uint8Array {
  const id = `bad${random.int(0, 1e9)}`;
  switch (random.int(0, 6)) {
    case 0:
      return recordUpdate(random, 'themes', { id, headingId: 'h', lane: 'sideways', title: 'x', summary: '', order: 'a' }, id);
    case 1:
      return recordUpdate(random, 'cards', null, id);
    case 2:
      return recordUpdate(random, 'cards', { ...evidenceCard('x', 'fuzz'), id, observation: 42, capturedAt: 1, placement: null }, id);
    case 3:
      return recordUpdate(random, 'cards', { id }, id);
    case 4: {
      const doc = seededDoc(random);
      doc.getMap('meta').set('board', 'not a board');
      return Y.encodeStateAsUpdate(doc);
    }
    case 5:
      return recordUpdate(random, 'headings', { id, title: { evil: true }, order: 'a' }, id);
    default: {
      const doc = seededDoc(random);
      doc.getArray('cards').push(['junk', 5, null]);
      return Y.encodeStateAsUpdate(doc);
    }
  }
}

/** A Y.Map inside a Y.Map, `depth` levels, placed where the board's meta lives. */
function nestedMapUpdate(random: SeededRandom, depth: number): Uint8Array {
  const doc = seededDoc(random);
  doc.transact(() => {
    let parent = doc.getMap('meta');
    let key = 'board';
    for (let i = 0; i < depth; i++) {
      const child = new Y.Map<unknown>();
      parent.set(key, child);
      parent = child;
      key = 'a';
    }
  });
  return Y.encodeStateAsUpdate(doc);
}
