import type { BoardDoc } from '../board/boardDoc';
import { newId } from '../board/newId';
import { actionSchema, appreciationSchema, ideaNoteSchema, ideaSchema, type Action, type Appreciation, type Idea, type IdeaNote } from '../board/records';

/**
 * What a Council or PSTB session produces in the board doc: ideas offered, notes on chosen ideas,
 * actions, appreciations. The relay doc holds only which of them were chosen, so the words sync
 * and save like the rest of the board, offline included.
 */
export function addIdea(board: BoardDoc, input: Omit<Idea, 'id'>): Idea {
  const idea = ideaSchema.parse({ ...input, id: newId() });
  board.put('ideas', idea);
  return idea;
}

export function addIdeaNote(board: BoardDoc, input: Omit<IdeaNote, 'id'>): IdeaNote {
  const note = ideaNoteSchema.parse({ ...input, id: newId() });
  board.put('ideaNotes', note);
  return note;
}

export function addAction(board: BoardDoc, input: Omit<Action, 'id'>): Action {
  const action = actionSchema.parse({ ...input, id: newId() });
  board.put('actions', action);
  return action;
}

/** The relay writes appreciations (a host cannot write the board doc); the id is the one the session recorded. */
export function putAppreciation(board: BoardDoc, input: Appreciation): Appreciation {
  const appreciation = appreciationSchema.parse(input);
  board.put('appreciations', appreciation);
  return appreciation;
}

const byTime = <T extends { id: string }>(time: (record: T) => number) => (a: T, b: T) => time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The session's ideas in the order they were offered. */
export function sessionIdeas(board: BoardDoc, sessionId: string): Idea[] {
  return board
    .list('ideas')
    .filter((idea) => idea.sessionId === sessionId)
    .sort(byTime((idea) => idea.capturedAt));
}

export function sessionIdeaNotes(board: BoardDoc, sessionId: string): IdeaNote[] {
  return board
    .list('ideaNotes')
    .filter((note) => note.sessionId === sessionId)
    .sort(byTime((note) => note.createdAt));
}

export function sessionActions(board: BoardDoc, sessionId: string): Action[] {
  return board
    .list('actions')
    .filter((action) => action.sessionId === sessionId)
    .sort(byTime(() => 0));
}

export function sessionAppreciations(board: BoardDoc, sessionId: string): Appreciation[] {
  return board
    .list('appreciations')
    .filter((appreciation) => appreciation.sessionId === sessionId)
    .sort(byTime((appreciation) => appreciation.createdAt));
}

