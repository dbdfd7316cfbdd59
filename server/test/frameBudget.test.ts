import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { Allowance } from '../src/sync/frameBudget';
import { syncStep2Frame } from '../src/sync/outgoing';
import { StateAnswers } from '../src/sync/stateAnswers';

describe('Allowance', () => {
  it('lets a burst of twice the rate through, then refuses until time pays the debt back', () => {
    let now = 0;
    const allowance = new Allowance(10, undefined, () => now);
    for (let i = 0; i < 20; i++) expect(allowance.take(1)).toBe(true);
    // Empty, not yet in debt: one more goes through and puts it in debt.
    expect(allowance.take(1)).toBe(true);
    expect(allowance.take(1)).toBe(false);
    now += 200;
    expect(allowance.take(1)).toBe(true);
  });

  it('takes one request larger than the whole bucket, so a big legitimate frame is never refused when rested', () => {
    let now = 0;
    const allowance = new Allowance(100, undefined, () => now);
    expect(allowance.take(10_000)).toBe(true);
    expect(allowance.take(1)).toBe(false);
    now += 100_000;
    expect(allowance.take(1)).toBe(true);
  });
});

describe('StateAnswers', () => {
  it('answers the same state vector with the same frame until the doc changes', () => {
    const doc = new Y.Doc();
    doc.getMap('m').set('a', 1);
    const answers = new StateAnswers(doc);
    const empty = Y.encodeStateVector(new Y.Doc());
    const first = answers.answer(empty);
    expect(answers.answer(empty)).toBe(first);
    doc.getMap('m').set('b', 2);
    const second = answers.answer(empty);
    expect(second).not.toBe(first);
    expect(second.byteLength).toBeGreaterThan(first.byteLength);
  });

  it('answers anew after a change that only deletes, and keeps its answer through a transaction that changes nothing', () => {
    const doc = new Y.Doc();
    doc.getMap('m').set('a', 1);
    const answers = new StateAnswers(doc);
    const empty = Y.encodeStateVector(new Y.Doc());
    const first = answers.answer(empty);
    doc.transact(() => undefined);
    expect(answers.answer(empty)).toBe(first);
    doc.getMap('m').delete('a');
    const afterDelete = answers.answer(empty);
    expect(afterDelete).not.toBe(first);
    // The frame: the message type, the sync step, then the update.
    const frame = decoding.createDecoder(afterDelete);
    decoding.readVarUint(frame);
    decoding.readVarUint(frame);
    const reader = new Y.Doc();
    Y.applyUpdate(reader, decoding.readVarUint8Array(frame));
    expect(reader.getMap('m').has('a')).toBe(false);
  });

  it('answers a client that has nothing with a whole-doc encoding already made (a load from a stored snapshot) until the doc changes', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    doc.getMap('m').set('a', 1);
    doc.getMap('m').set('b', 2);
    doc.getMap('m').delete('a');
    // The same state in other bytes than the doc's own encoding, so the test sees which one is sent.
    const kept = Y.mergeUpdates(updates);
    expect(Buffer.from(kept).equals(Buffer.from(Y.encodeStateAsUpdate(doc)))).toBe(false);
    const answers = new StateAnswers(doc);
    answers.keepWhole(kept);
    const empty = Y.encodeStateVector(new Y.Doc());
    expect(answers.answer(empty)).toEqual(syncStep2Frame(kept));
    // Another state vector is encoded as before.
    expect(answers.answer(Y.encodeStateVector(doc))).not.toEqual(syncStep2Frame(kept));
    doc.getMap('m').set('c', 3);
    expect(answers.answer(empty)).not.toEqual(syncStep2Frame(kept));
  });

  it('keeps no whole-doc answer while parts of the doc wait for updates they build on', () => {
    const source = new Y.Doc();
    source.getMap('m').set('a', 1);
    const first = Y.encodeStateAsUpdate(source);
    const before = Y.encodeStateVector(source);
    source.getMap('m').set('b', 2);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source, before));
    expect(doc.store.pendingStructs).not.toBeNull();
    const answers = new StateAnswers(doc);
    answers.keepWhole(first);
    expect(answers.answer(Y.encodeStateVector(new Y.Doc()))).not.toEqual(syncStep2Frame(first));
  });
});
