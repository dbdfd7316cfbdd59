import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { listKeyQuestions, questionNumber } from '../capture/listKeyQuestions';
import { useBoardValue } from '../sync/useBoardValue';

export interface KeyQuestionLabel {
  /** "Q1": its place in the agreed order. */
  number: string;
  text: string;
  /** Its index in the agreed order, for listing a card's questions in that order. */
  index: number;
}

/**
 * The board's key questions as cards name them, by id. Read once at the top rather than by each
 * card, so a board of thousands of cards does not run the lookup once per card on every change;
 * the value changes only when the questions do.
 */
const KeyQuestionLabelsContext = createContext<ReadonlyMap<string, KeyQuestionLabel>>(new Map());

export function KeyQuestionLabelsProvider({ children }: { children: ReactNode }) {
  const questions = useBoardValue(listKeyQuestions);
  const labels = useMemo(
    () => new Map(questions.map((question, index) => [question.id, { number: questionNumber(index), text: question.text, index }])),
    [questions],
  );
  return <KeyQuestionLabelsContext.Provider value={labels}>{children}</KeyQuestionLabelsContext.Provider>;
}

/** The labels of the given questions that the board still has, in the agreed order. */
export function useKeyQuestionLabels(ids: readonly string[]): KeyQuestionLabel[] {
  const labels = useContext(KeyQuestionLabelsContext);
  return ids.flatMap((id) => labels.get(id) ?? []).sort((a, b) => a.index - b.index);
}
