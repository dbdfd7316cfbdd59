import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { JoinResponse } from '@washup/shared/api';
import { addCard, boardDocOf, deleteCard, editCard, moveCard, boardView, type Card } from '@washup/shared/board';
import { closeCode } from '@washup/shared/sync';
import { cardInput } from '../../shared/test/board/support/boards';
import { waitFor } from './support/providers';
import { RawSyncClient } from './support/rawClient';
import { boardWithTeam, relayPerTest, storedStateVector, type TestRelay } from './support/relay';
import { refuseCardRemovalsByOthers } from '../src/sync/updateRemovals';
import { UpdateRefused } from '../src/sync/updateGuard';

const startTestRelay = relayPerTest();

function connect(relay: TestRelay, boardId: string, person: JoinResponse): RawSyncClient {
  return new RawSyncClient(`${relay.wsUrl}/${boardId}`, person.token, { protocols: [person.token] });
}

function team(relay: TestRelay) {
  return boardWithTeam(relay, { lead: ['facilitator', 'Lead'], rae: ['reviewer', 'Rae'], sam: ['reviewer', 'Sam'] });
}

function cardIds(doc: Y.Doc): string[] {
  return boardDocOf(doc)
    .list('cards')
    .map((card) => card.id)
    .sort();
}

/** `count` cards by `author`, written from their own socket and stored. */
async function cardsBy(client: RawSyncClient, author: JoinResponse, count: number): Promise<Card[]> {
  const cards = Array.from({ length: count }, (_, i) =>
    addCard(boardDocOf(client.doc), cardInput({ observation: `${author.name}'s evidence ${i}`, authorId: author.participantId, authorName: author.name })),
  );
  await client.requestAck().acked;
  return cards;
}

/** Resolves with the close, or null when the socket is still open once the relay has acknowledged everything sent. */
async function closedOrAcked(client: RawSyncClient): Promise<{ code: number; reason: string } | null> {
  return Promise.race([client.closed, client.requestAck().acked.then(() => null)]);
}

describe('deleting a card at the relay', () => {
  it("refuses a reviewer's update that removes someone else's card, applying and storing nothing of it", async () => {
    const relay = await startTestRelay();
    const { board, lead, rae, sam } = await team(relay);
    const raeSocket = connect(relay, board.id, rae);
    const samSocket = connect(relay, board.id, sam);
    const leadSocket = connect(relay, board.id, lead);
    await Promise.all([raeSocket.synced, samSocket.synced, leadSocket.synced]);
    const [raeCard] = await cardsBy(raeSocket, rae, 1);
    await waitFor(() => cardIds(samSocket.doc).includes(raeCard!.id), 5000, "Rae's card on Sam's device");
    const stored = await storedStateVector(relay, board.id);

    // Through BoardDoc as the app would without its check, in one update with a card of Sam's own.
    const [samCard] = await cardsBy(samSocket, sam, 1);
    const storedBefore = await storedStateVector(relay, board.id);
    expect(storedBefore).not.toEqual(stored);
    boardDocOf(samSocket.doc).transact(() => {
      deleteCard(boardDocOf(samSocket.doc), samCard!.id);
      deleteCard(boardDocOf(samSocket.doc), raeCard!.id);
    });
    const closed = await samSocket.closed;
    expect(closed.code).toBe(closeCode.policyViolation);
    expect(closed.reason).toBe(`refused: card ${raeCard!.id} can be deleted only by its author or the Lead Reviewer; nothing was saved`);

    // Nothing of it was applied, passed on or stored: Sam's own card is there too.
    await leadSocket.requestAck().acked;
    expect(cardIds(leadSocket.doc)).toEqual([raeCard!.id, samCard!.id].sort());
    expect(await storedStateVector(relay, board.id)).toEqual(storedBefore);
    const fresh = connect(relay, board.id, lead);
    await fresh.synced;
    expect(cardIds(fresh.doc)).toEqual([raeCard!.id, samCard!.id].sort());
    for (const client of [raeSocket, leadSocket, fresh]) client.close();
  });

  it("refuses a reviewer's raw bulk deletion of everyone's cards, and takes no restore point for it", async () => {
    const relay = await startTestRelay();
    const { board, lead, rae, sam } = await team(relay);
    const raeSocket = connect(relay, board.id, rae);
    await raeSocket.synced;
    await cardsBy(raeSocket, rae, 12);
    const samSocket = connect(relay, board.id, sam);
    await samSocket.synced;
    await cardsBy(samSocket, sam, 2);
    await waitFor(() => cardIds(samSocket.doc).length === 14, 5000, 'every card on the wiper’s device');
    const pointsBefore = (await relay.storage.listRestorePoints(board.id)).length;

    const cards = samSocket.doc.getArray('cards');
    samSocket.doc.transact(() => cards.delete(0, cards.length));
    const closed = await samSocket.closed;
    expect(closed.code).toBe(closeCode.policyViolation);
    expect(closed.reason).toMatch(/^refused: card \S+ can be deleted only by its author or the Lead Reviewer/);
    const watcher = connect(relay, board.id, lead);
    await watcher.synced;
    expect(cardIds(watcher.doc)).toHaveLength(14);
    expect((await relay.storage.listRestorePoints(board.id)).filter((point) => (point.details as { reason?: string }).reason === 'bulkRemoval')).toHaveLength(0);
    expect((await relay.storage.listRestorePoints(board.id)).length).toBe(pointsBefore);
    raeSocket.close();
    watcher.close();
  });

  it('lets authors delete their own cards and the Lead Reviewer delete any, raw or not', async () => {
    const relay = await startTestRelay();
    const { board, lead, rae, sam } = await team(relay);
    const raeSocket = connect(relay, board.id, rae);
    const leadSocket = connect(relay, board.id, lead);
    await Promise.all([raeSocket.synced, leadSocket.synced]);
    const raeCards = await cardsBy(raeSocket, rae, 3);
    const samSocket = connect(relay, board.id, sam);
    await samSocket.synced;
    const samCards = await cardsBy(samSocket, sam, 2);
    await waitFor(() => cardIds(leadSocket.doc).length === 5, 5000, 'every card on the Lead’s device');

    deleteCard(boardDocOf(raeSocket.doc), raeCards[0]!.id);
    expect(await closedOrAcked(raeSocket)).toBeNull();
    // The Lead Reviewer wipes the rest in one raw update: Rae's and Sam's alike.
    await waitFor(() => cardIds(leadSocket.doc).length === 4, 5000, 'Rae’s deletion on the Lead’s device');
    const cards = leadSocket.doc.getArray('cards');
    leadSocket.doc.transact(() => cards.delete(0, cards.length));
    expect(await closedOrAcked(leadSocket)).toBeNull();
    await waitFor(() => cardIds(samSocket.doc).length === 0, 5000, 'the Lead’s deletions on Sam’s device');
    expect(samCards).toHaveLength(2);
    for (const client of [raeSocket, leadSocket, samSocket]) client.close();
  });

  it("lets any reviewer edit or move someone else's card, and two editing one card at once stay connected", async () => {
    const relay = await startTestRelay();
    const { board, lead, rae, sam } = await team(relay);
    const leadSocket = connect(relay, board.id, lead);
    const raeSocket = connect(relay, board.id, rae);
    const samSocket = connect(relay, board.id, sam);
    await Promise.all([leadSocket.synced, raeSocket.synced, samSocket.synced]);
    const [card] = await cardsBy(leadSocket, lead, 1);
    await waitFor(() => cardIds(raeSocket.doc).length === 1 && cardIds(samSocket.doc).length === 1, 5000, "the Lead's card on both devices");

    editCard(boardDocOf(raeSocket.doc), card!.id, { observation: 'Edited by Rae' });
    expect(await closedOrAcked(raeSocket)).toBeNull();
    const heading = boardView(boardDocOf(samSocket.doc)).headings[0]!.heading;
    await waitFor(() => boardDocOf(samSocket.doc).get('cards', card!.id)?.observation === 'Edited by Rae', 5000, "Rae's edit on Sam's device");
    moveCard(boardDocOf(samSocket.doc), card!.id, { kind: 'lane', headingId: heading.id, lane: 'strengths' });
    expect(await closedOrAcked(samSocket)).toBeNull();

    // Both edit at once: each device then holds two pairs of the card and deletes the one it finds replaced.
    await waitFor(() => boardDocOf(raeSocket.doc).get('cards', card!.id)?.placement !== null, 5000, "Sam's move on Rae's device");
    editCard(boardDocOf(raeSocket.doc), card!.id, { observation: 'Rae again' });
    editCard(boardDocOf(samSocket.doc), card!.id, { observation: 'Sam again' });
    const pairsOf = (doc: Y.Doc) => doc.getArray<{ key: string }>('cards').toArray().filter((pair) => pair.key === card!.id).length;
    await waitFor(() => pairsOf(raeSocket.doc) === 1 && pairsOf(samSocket.doc) === 1 && pairsOf(leadSocket.doc) === 1, 5000, 'one pair of the card everywhere');
    expect(await closedOrAcked(raeSocket)).toBeNull();
    expect(await closedOrAcked(samSocket)).toBeNull();
    const fresh = connect(relay, board.id, lead);
    await fresh.synced;
    expect(cardIds(fresh.doc)).toEqual([card!.id]);
    expect(['Rae again', 'Sam again']).toContain(boardDocOf(fresh.doc).get('cards', card!.id)?.observation);
    for (const client of [leadSocket, raeSocket, samSocket, fresh]) client.close();
  });

  it('lets only the Lead Reviewer remove a card whose stored value names no readable author', async () => {
    const relay = await startTestRelay();
    const { board, lead, rae } = await team(relay);
    // A board stored before the relay checked writes may hold a card that fails its schema: put one in storage, as then.
    await waitFor(() => relay.rooms.loadedRooms === 0, 5000, 'the board to leave memory');
    const before = new Y.Doc();
    before.getArray('cards').push([{ key: 'oldcard', val: { id: 'oldcard', observation: 'Written by an old Washup' } }]);
    await relay.storage.appendUpdates([{ docName: board.id, update: Y.encodeStateAsUpdate(before) }]);

    const removeOldCard = async (person: JoinResponse) => {
      const client = connect(relay, board.id, person);
      await client.synced;
      const cards = client.doc.getArray<{ key: string }>('cards');
      const index = cards.toArray().findIndex((pair) => pair.key === 'oldcard');
      expect(index).toBeGreaterThanOrEqual(0);
      client.doc.transact(() => cards.delete(index, 1));
      return { client, outcome: await closedOrAcked(client) };
    };
    const byRae = await removeOldCard(rae);
    expect(byRae.outcome).toEqual({ code: closeCode.policyViolation, reason: 'refused: card oldcard can be deleted only by its author or the Lead Reviewer; nothing was saved' });
    const byLead = await removeOldCard(lead);
    expect(byLead.outcome).toBeNull();
    const fresh = connect(relay, board.id, rae);
    await fresh.synced;
    expect(fresh.doc.getArray<{ key: string }>('cards').toArray().some((pair) => pair.key === 'oldcard')).toBe(false);
    for (const client of [byLead.client, fresh]) client.close();
  });
});

describe('the card removal check', () => {
  it('takes deleting one of two pairs of a card (two edits at once leave both) as no removal, and deleting both as one', () => {
    const scratch = new Y.Doc();
    addCard(boardDocOf(scratch), cardInput({ id: 'c1', authorId: 'lead-1' }));
    const pair = scratch.getArray('cards').get(0);
    // A plain doc, as the relay holds one before anything reads it through BoardDoc (which would drop the duplicate itself).
    const relayDoc = new Y.Doc();
    for (const writer of [new Y.Doc(), new Y.Doc()]) {
      writer.getArray('cards').push([pair]);
      Y.applyUpdate(relayDoc, Y.encodeStateAsUpdate(writer));
    }
    expect(relayDoc.getArray('cards').length).toBe(2);
    const deletion = (count: number) => {
      const device = new Y.Doc();
      Y.applyUpdate(device, Y.encodeStateAsUpdate(relayDoc));
      const vector = Y.encodeStateVector(device);
      device.getArray('cards').delete(0, count);
      return Y.encodeStateAsUpdate(device, vector);
    };
    const sam = { role: 'reviewer' as const, participantId: 'sam-1' };
    expect(() => refuseCardRemovalsByOthers(relayDoc, Y.decodeUpdate(deletion(1)), sam)).not.toThrow();
    expect(() => refuseCardRemovalsByOthers(relayDoc, Y.decodeUpdate(deletion(2)), sam)).toThrow(UpdateRefused);
    expect(() => refuseCardRemovalsByOthers(relayDoc, Y.decodeUpdate(deletion(2)), { role: 'reviewer', participantId: 'lead-1' })).not.toThrow();
    expect(() => refuseCardRemovalsByOthers(relayDoc, Y.decodeUpdate(deletion(2)), { role: 'facilitator', participantId: 'someone' })).not.toThrow();
  });
});
