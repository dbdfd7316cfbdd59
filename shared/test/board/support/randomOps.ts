import fc from 'fast-check';
import type { BoardDoc } from '../../../src/board/boardDoc';
import { BoardOperationError } from '../../../src/board/boardOperationError';
import { addCard, deleteCard, editCard, moveCard, type CardTarget } from '../../../src/board/cardOps';
import { addHeading, removeHeading, renameHeading, reorderHeading } from '../../../src/board/headingOps';
import { addKeyQuestion, removeKeyQuestion, setKeyQuestionStatus } from '../../../src/board/keyQuestionOps';
import type { SiblingPosition } from '../../../src/board/ordering';
import { laneIds, type LaneId } from '../../../src/templates/schema';
import {
  createThemeFromCards,
  deleteTheme,
  dissolveTheme,
  joinTheme,
  moveTheme,
  renameTheme,
} from '../../../src/board/themeOps';
import { capturedAt, cardInput } from './boards';

/**
 * Random board operations that name records by a number, resolved against the acting peer's own
 * records when run, so one generated script makes sense on any peer whatever it has seen.
 */
type Pick = number;
type PositionPick = 'start' | 'end' | { index: number } | { before: Pick } | { after: Pick };
type TargetPick =
  | { kind: 'inbox' }
  | { kind: 'lane'; heading: Pick; lane: LaneId; position: PositionPick }
  | { kind: 'theme'; theme: Pick; position: PositionPick };

export type BoardOp =
  | { kind: 'addCard'; target: TargetPick; privateLearning: boolean; minutes: number }
  | { kind: 'editCard'; card: Pick; observation: string }
  | { kind: 'makePrivate'; card: Pick; privateLearning: boolean }
  | { kind: 'deleteCard'; card: Pick }
  | { kind: 'moveCard'; card: Pick; target: TargetPick }
  | { kind: 'createTheme'; dragged: Pick; target: Pick }
  | { kind: 'joinTheme'; card: Pick; theme: Pick; position: PositionPick }
  | { kind: 'moveTheme'; theme: Pick; heading: Pick; lane: LaneId; position: PositionPick }
  | { kind: 'editTheme'; theme: Pick; title: string }
  | { kind: 'dissolveTheme'; theme: Pick }
  | { kind: 'deleteTheme'; theme: Pick }
  | { kind: 'addHeading'; position: PositionPick }
  | { kind: 'renameHeading'; heading: Pick; title: string }
  | { kind: 'reorderHeading'; heading: Pick; position: PositionPick }
  | { kind: 'removeHeading'; heading: Pick; moveContentToInbox: boolean }
  | { kind: 'addKeyQuestion'; agreed: boolean }
  | { kind: 'agreeKeyQuestion'; question: Pick }
  | { kind: 'removeKeyQuestion'; question: Pick };

const pick = fc.nat(50);
const lane = fc.constantFrom(...laneIds);
const words = fc.constantFrom('Calm corridors', 'Reading for pleasure', 'Feedback is acted on', 'Attendance', 'Oracy');
const positionPick: fc.Arbitrary<PositionPick> = fc.oneof(
  // Appending is the common gesture, and two peers appending to one lane at once tie their keys.
  { weight: 3, arbitrary: fc.constantFrom<'start' | 'end'>('start', 'end', 'end') },
  { weight: 2, arbitrary: fc.record({ index: fc.nat(8) }) },
  { weight: 1, arbitrary: fc.record({ before: pick }) },
  { weight: 1, arbitrary: fc.record({ after: pick }) },
);
const targetPick: fc.Arbitrary<TargetPick> = fc.oneof(
  fc.constant({ kind: 'inbox' as const }),
  fc.record({ kind: fc.constant('lane' as const), heading: pick, lane, position: positionPick }),
  fc.record({ kind: fc.constant('theme' as const), theme: pick, position: positionPick }),
);

export const boardOp: fc.Arbitrary<BoardOp> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('addCard' as const), target: targetPick, privateLearning: fc.nat(5).map((n) => n === 0), minutes: fc.nat(5) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('editCard' as const), card: pick, observation: words }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('makePrivate' as const), card: pick, privateLearning: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteCard' as const), card: pick }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('moveCard' as const), card: pick, target: targetPick }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('createTheme' as const), dragged: pick, target: pick }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('joinTheme' as const), card: pick, theme: pick, position: positionPick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('moveTheme' as const), theme: pick, heading: pick, lane, position: positionPick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('editTheme' as const), theme: pick, title: words }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('dissolveTheme' as const), theme: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteTheme' as const), theme: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addHeading' as const), position: positionPick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('renameHeading' as const), heading: pick, title: words }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reorderHeading' as const), heading: pick, position: positionPick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeHeading' as const), heading: pick, moveContentToInbox: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addKeyQuestion' as const), agreed: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('agreeKeyQuestion' as const), question: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeKeyQuestion' as const), question: pick }) },
);

/** Ids of cards each peer created and deleted, to check after convergence that none was lost. */
export interface CardLedger {
  created: Set<string>;
  deleted: Set<string>;
}

function nth<T extends { id: string }>(records: readonly T[], at: Pick): T | undefined {
  if (records.length === 0) return undefined;
  return [...records].sort((a, b) => (a.id < b.id ? -1 : 1))[at % records.length];
}

/** Runs one operation on a peer; `newId` names what it creates. Rule refusals are expected and ignored. */
export function runOp(board: BoardDoc, op: BoardOp, newId: () => string, ledger: CardLedger): void {
  const cardId = (at: Pick) => nth(board.list('cards'), at)?.id ?? 'none';
  const themeId = (at: Pick) => nth(board.list('themes'), at)?.id ?? 'none';
  const headingId = (at: Pick) => nth(board.list('headings'), at)?.id ?? 'none';
  const questionId = (at: Pick) => nth(board.list('keyQuestions'), at)?.id ?? 'none';
  const position = (p: PositionPick): SiblingPosition => {
    if (typeof p === 'string' || 'index' in p) return p;
    // Any card, theme or heading id: often not a sibling, which must fall back to the end.
    const anchor = (at: Pick) => [cardId, themeId, headingId][at % 3]?.(Math.floor(at / 3)) ?? 'none';
    return 'before' in p ? { before: anchor(p.before) } : { after: anchor(p.after) };
  };
  const target = (t: TargetPick): CardTarget => {
    if (t.kind === 'inbox') return t;
    if (t.kind === 'lane') return { kind: 'lane', headingId: headingId(t.heading), lane: t.lane, position: position(t.position) };
    return { kind: 'theme', themeId: themeId(t.theme), position: position(t.position) };
  };

  try {
    switch (op.kind) {
      case 'addCard': {
        const id = newId();
        const input = cardInput({ id, privateLearning: op.privateLearning, capturedAt: capturedAt + op.minutes * 60_000 });
        addCard(board, input, op.privateLearning ? { kind: 'inbox' } : target(op.target));
        ledger.created.add(id);
        return;
      }
      case 'editCard':
        editCard(board, cardId(op.card), { observation: op.observation });
        return;
      case 'makePrivate':
        editCard(board, cardId(op.card), { privateLearning: op.privateLearning });
        return;
      case 'deleteCard': {
        const id = cardId(op.card);
        deleteCard(board, id);
        ledger.deleted.add(id);
        return;
      }
      case 'moveCard':
        moveCard(board, cardId(op.card), target(op.target));
        return;
      case 'createTheme':
        createThemeFromCards(board, cardId(op.dragged), cardId(op.target), { id: newId() });
        return;
      case 'joinTheme':
        joinTheme(board, cardId(op.card), themeId(op.theme), position(op.position));
        return;
      case 'moveTheme':
        moveTheme(board, themeId(op.theme), { headingId: headingId(op.heading), lane: op.lane, position: position(op.position) });
        return;
      case 'editTheme':
        renameTheme(board, themeId(op.theme), op.title);
        return;
      case 'dissolveTheme':
        dissolveTheme(board, themeId(op.theme));
        return;
      case 'deleteTheme':
        deleteTheme(board, themeId(op.theme));
        return;
      case 'addHeading':
        addHeading(board, { id: newId(), title: 'Added heading' }, position(op.position));
        return;
      case 'renameHeading':
        renameHeading(board, headingId(op.heading), op.title);
        return;
      case 'reorderHeading':
        reorderHeading(board, headingId(op.heading), position(op.position));
        return;
      case 'removeHeading':
        removeHeading(board, headingId(op.heading), { moveContentToInbox: op.moveContentToInbox });
        return;
      case 'addKeyQuestion':
        addKeyQuestion(board, { id: newId(), text: 'How well do pupils read?', status: op.agreed ? 'agreed' : 'draft' });
        return;
      case 'agreeKeyQuestion':
        setKeyQuestionStatus(board, questionId(op.question), 'agreed');
        return;
      case 'removeKeyQuestion':
        removeKeyQuestion(board, questionId(op.question));
        return;
    }
  } catch (error) {
    if (!(error instanceof BoardOperationError)) throw error;
  }
}
