import { describe, expect, it } from 'vitest';
import { BoardDoc } from '../../src/board/boardDoc';
import { addAction, addIdea, addIdeaNote, sessionActions, sessionIdeaNotes, sessionIdeas } from '../../src/session/sessionNotes';

const idea = (sessionId: string, text: string, capturedAt: number) => ({
  sessionId,
  round: 1,
  authorId: 'ana',
  authorName: 'Ana',
  text,
  capturedBy: 'lead',
  capturedAt,
});

describe('session notes in the board doc', () => {
  it('lists one session’s ideas in the order offered, leaving other sessions out', () => {
    const board = new BoardDoc();
    addIdea(board, idea('s1', 'Second', 20));
    addIdea(board, idea('s2', 'Other session', 10));
    addIdea(board, idea('s1', 'First', 10));
    expect(sessionIdeas(board, 's1').map((entry) => entry.text)).toEqual(['First', 'Second']);
  });

  it('refuses an empty idea and keeps what was saved', () => {
    const board = new BoardDoc();
    addIdea(board, idea('s1', 'Kept', 10));
    expect(() => addIdea(board, idea('s1', '   ', 11))).toThrow();
    expect(sessionIdeas(board, 's1')).toHaveLength(1);
  });

  it('keeps notes and actions with their session and idea', () => {
    const board = new BoardDoc();
    const first = addIdea(board, idea('s1', 'Buddy scheme', 10));
    addIdeaNote(board, { sessionId: 's1', ideaId: first.id, kind: 'benefit', text: 'Cheap', authorId: 'ana', authorName: 'Ana', createdAt: 12 });
    addIdeaNote(board, { sessionId: 's2', ideaId: first.id, kind: 'concern', text: 'Elsewhere', authorId: 'ana', authorName: 'Ana', createdAt: 11 });
    addAction(board, { sessionId: 's1', ideaId: first.id, what: 'Pair buddies', who: 'Deputy', when: 'July' });
    expect(sessionIdeaNotes(board, 's1').map((note) => [note.kind, note.text])).toEqual([['benefit', 'Cheap']]);
    expect(sessionActions(board, 's1').map((action) => action.what)).toEqual(['Pair buddies']);
  });
});
