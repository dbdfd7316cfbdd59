import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc } from '../../src/board/boardDoc';
import { cardSlot, compareNewestFirst } from '../../src/board/boardIndex';
import { boardView, type BoardView } from '../../src/board/boardView';
import { addCard, moveCard } from '../../src/board/cardOps';
import { addHeading } from '../../src/board/headingOps';
import { addKeyQuestion } from '../../src/board/keyQuestionOps';
import { compareOrdered, type OrderedItem } from '../../src/board/ordering';
import type { Card } from '../../src/board/records';
import { createThemeFromCards } from '../../src/board/themeOps';
import { findTemplate } from '../../src/templates/catalogue';
import { laneIds } from '../../src/templates/schema';
import { capturedAt, cardInput } from './support/boards';
import { boardOp, runOp, type BoardOp, type CardLedger } from './support/randomOps';

const syncOrigin = Symbol('sync');

interface Peer {
  board: BoardDoc;
  /** The updates this peer made itself, to replay them to a latecomer in any order. */
  ownUpdates: Uint8Array[];
}

/** A Trust Peer Review board with headings, key questions, loose and inbox cards and a theme. */
function baseUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = 1;
  const board = new BoardDoc(doc);
  const template = findTemplate('trust-peer-review');
  if (!template) throw new Error('template missing');
  board.setMeta({ title: 'Review', templateId: template.id, createdAt: capturedAt, lanes: template.lanes });
  for (const id of ['h1', 'h2', 'h3']) addHeading(board, { id, title: `Heading ${id}` });
  addKeyQuestion(board, { id: 'q1', text: 'How well do pupils read?' });
  addKeyQuestion(board, { id: 'q2', text: 'How is the curriculum sequenced?' });
  ['c1', 'c2', 'c3', 'c4'].forEach((id, at) =>
    addCard(board, cardInput({ id, keyQuestionIds: ['q1'] }), { kind: 'lane', headingId: at < 3 ? 'h1' : 'h2', lane: 'strengths' }),
  );
  addCard(board, cardInput({ id: 'c5', activity: 'interview' }));
  addCard(board, cardInput({ id: 'c6', privateLearning: true }));
  createThemeFromCards(board, 'c2', 'c1', { id: 't1' });
  return Y.encodeStateAsUpdate(doc);
}

function makePeer(base: Uint8Array, clientId: number): Peer {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  Y.applyUpdate(doc, base, syncOrigin);
  const peer: Peer = { board: new BoardDoc(doc), ownUpdates: [] };
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== syncOrigin) peer.ownUpdates.push(update);
  });
  return peer;
}

function send(from: Peer, to: Peer): void {
  Y.applyUpdate(to.board.doc, Y.encodeStateAsUpdate(from.board.doc, Y.encodeStateVector(to.board.doc)), syncOrigin);
}

/** Deterministic shuffle from a generated seed (mulberry32), so a failing case replays exactly. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

function shownCardIds(view: BoardView): string[] {
  const shown = [...view.inbox, ...view.privateLearning];
  for (const heading of view.headings) {
    for (const lane of [heading.lanes.strengths, heading.lanes.nextSteps]) {
      shown.push(...lane.looseCards);
      for (const theme of lane.themes) shown.push(...theme.cards);
    }
  }
  return shown.map((card) => card.id);
}

function expectStrictlySorted<T>(items: readonly T[], compare: (a: T, b: T) => number): void {
  for (let at = 1; at < items.length; at++) expect(compare(items[at - 1] as T, items[at] as T)).toBeLessThan(0);
}

const byCardSlot = (a: Card, b: Card) => compareOrdered(cardSlot(a), cardSlot(b));

/** Each card is shown where its record puts it, or, if that place is gone, where the fallback rules say. */
function expectCardsWhereRecordsSay(board: BoardDoc, view: BoardView): void {
  const themeExists = (id: string | undefined) => id !== undefined && board.get('themes', id) !== undefined;
  for (const card of view.privateLearning) expect(card.privateLearning).toBe(true);
  for (const card of view.inbox) {
    expect(card.privateLearning).toBe(false);
    const placement = card.placement;
    if (!placement) continue;
    const theme = placement.themeId === undefined ? undefined : board.get('themes', placement.themeId);
    expect(board.get('headings', theme ? theme.headingId : placement.headingId)).toBeUndefined();
  }
  for (const heading of view.headings) {
    for (const lane of laneIds) {
      for (const card of heading.lanes[lane].looseCards) {
        expect(card.privateLearning).toBe(false);
        expect(card.placement).toMatchObject({ headingId: heading.heading.id, lane });
        expect(themeExists(card.placement?.themeId)).toBe(false);
      }
      for (const theme of heading.lanes[lane].themes) {
        expect(theme.theme).toMatchObject({ headingId: heading.heading.id, lane });
        for (const card of theme.cards) {
          expect(card.privateLearning).toBe(false);
          expect(card.placement?.themeId).toBe(theme.theme.id);
        }
      }
    }
  }
}

/** What must hold of any board, converged or not. */
function expectWellFormed(board: BoardDoc): BoardView {
  const view = boardView(board);
  expectCardsWhereRecordsSay(board, view);
  const shown = shownCardIds(view);
  expect(new Set(shown).size).toBe(shown.length);
  expect([...shown].sort()).toEqual(board.list('cards').map((card) => card.id).sort());
  expectStrictlySorted<OrderedItem>(view.headings.map((heading) => heading.heading), compareOrdered);
  expectStrictlySorted<OrderedItem>(view.keyQuestions, compareOrdered);
  expectStrictlySorted(view.inbox, compareNewestFirst);
  expectStrictlySorted(view.privateLearning, compareNewestFirst);
  for (const heading of view.headings) {
    for (const lane of [heading.lanes.strengths, heading.lanes.nextSteps]) {
      expectStrictlySorted(lane.looseCards, byCardSlot);
      expectStrictlySorted<OrderedItem>(lane.themes.map((theme) => theme.theme), compareOrdered);
      for (const theme of lane.themes) expectStrictlySorted(theme.cards, byCardSlot);
    }
  }
  return view;
}

type Step = { peer: number; op: BoardOp } | { from: number; to: number };

function step(peerCount: number): fc.Arbitrary<Step> {
  const peer = fc.nat(peerCount - 1);
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ peer, op: boardOp }) },
    { weight: 1, arbitrary: fc.record({ from: peer, to: peer }) },
  );
}

function checkConvergence(peerCount: number, steps: readonly Step[], seed: number): void {
  const base = baseUpdate();
  const peers = Array.from({ length: peerCount }, (_, at) => makePeer(base, at + 2));
  const ledger: CardLedger = { created: new Set(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']), deleted: new Set() };
  let made = 0;
  for (const current of steps) {
    if ('op' in current) {
      const peer = peers[current.peer];
      if (!peer) continue;
      runOp(peer.board, current.op, () => `p${current.peer}-${(made += 1)}`, ledger);
      expectWellFormed(peer.board);
    } else {
      const from = peers[current.from];
      const to = peers[current.to];
      if (from && to && from !== to) send(from, to);
    }
  }

  const order = shuffled(peers, seed);
  for (const from of order) for (const to of order) if (from !== to) send(from, to);

  const views = peers.map((peer) => expectWellFormed(peer.board));
  for (const view of views.slice(1)) expect(view).toEqual(views[0]);

  // A latecomer receiving every peer's own updates in a random order (dependencies arriving late)
  // and a fresh load of a converged doc must show the same board.
  const latecomer = new Y.Doc();
  for (const update of shuffled(peers.flatMap((peer) => peer.ownUpdates), seed ^ 0x5bd1e995)) Y.applyUpdate(latecomer, update);
  Y.applyUpdate(latecomer, base);
  expect(expectWellFormed(new BoardDoc(latecomer))).toEqual(views[0]);
  const reloaded = new Y.Doc();
  Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(peers[0]!.board.doc));
  expect(expectWellFormed(new BoardDoc(reloaded))).toEqual(views[0]);

  const finalIds = new Set(peers[0]!.board.list('cards').map((card) => card.id));
  for (const id of ledger.created) if (!ledger.deleted.has(id)) expect(finalIds.has(id), `card ${id} was lost`).toBe(true);
}

describe('concurrent operations on several peers converge', () => {
  it('two peers', () => {
    fc.assert(
      fc.property(fc.array(step(2), { maxLength: 40 }), fc.integer(), (steps, seed) => checkConvergence(2, steps, seed)),
      { numRuns: 150 },
    );
  });

  it('three peers', () => {
    fc.assert(
      fc.property(fc.array(step(3), { maxLength: 45 }), fc.integer(), (steps, seed) => checkConvergence(3, steps, seed)),
      { numRuns: 100 },
    );
  });
});

describe('concurrent inserts into one lane', () => {
  /** Each peer inserts cards at gaps it picks; ties between peers' keys are frequent and must be broken alike. */
  const insertRound = fc.array(fc.record({ peer: fc.nat(2), gap: fc.nat(12) }), { minLength: 1, maxLength: 12 });

  it('land where each peer put them locally and end up in the same order everywhere', () => {
    fc.assert(
      fc.property(fc.array(insertRound, { minLength: 1, maxLength: 4 }), (rounds) => {
        const base = baseUpdate();
        const peers = [2, 3, 4].map((clientId) => makePeer(base, clientId));
        const lane = (peer: Peer) => boardView(peer.board).headings[2]!.lanes.nextSteps.looseCards.map((card) => card.id);
        let made = 0;
        for (const round of rounds) {
          for (const { peer: at, gap } of round) {
            const peer = peers[at]!;
            const id = `n${(made += 1)}`;
            addCard(peer.board, cardInput({ id }));
            moveCard(peer.board, id, { kind: 'lane', headingId: 'h3', lane: 'nextSteps', position: { index: gap } });
            const shown = lane(peer);
            expect(shown.indexOf(id)).toBe(Math.min(gap, shown.length - 1));
          }
          for (const from of peers) for (const to of peers) if (from !== to) send(from, to);
          const views = peers.map((peer) => expectWellFormed(peer.board));
          for (const view of views.slice(1)) expect(view).toEqual(views[0]);
          expect(lane(peers[0]!)).toHaveLength(made);
        }
      }),
      { numRuns: 150 },
    );
  });
});
