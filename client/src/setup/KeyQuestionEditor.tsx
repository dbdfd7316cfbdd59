import { useCallback, useState, type FormEvent } from 'react';
import { addKeyQuestion, editKeyQuestion, removeKeyQuestion, setKeyQuestionStatus } from '@washup/shared';
import { listKeyQuestions } from '../capture/listKeyQuestions';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardValue } from '../sync/useBoardValue';

/** The review's key questions: drafted, then agreed with the host; removing one clears it from cards. */
export function KeyQuestionEditor() {
  const { board } = useBoardConnection();
  const questions = useBoardValue(useCallback(listKeyQuestions, []));
  const [text, setText] = useState('');
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    addKeyQuestion(board, { text: text.trim() });
    setText('');
  };
  return (
    <section className="setup__section" aria-labelledby="setup-questions">
      <h3 id="setup-questions">Key questions</h3>
      <ol className="setup__list">
        {questions.map((question, index) => (
          <li key={question.id} className="list-row">
            <input
              className="input setup__text"
              aria-label={`Key question ${index + 1}`}
              defaultValue={question.text}
              key={question.text}
              onBlur={(event) => event.target.value.trim() && event.target.value !== question.text && editKeyQuestion(board, question.id, event.target.value)}
            />
            <div className="setup__actions">
              <label className="check">
                <input type="checkbox" checked={question.status === 'agreed'} onChange={(event) => setKeyQuestionStatus(board, question.id, event.target.checked ? 'agreed' : 'draft')} /> Agreed with host
              </label>
              <button type="button" className="button button--secondary button--small" onClick={() => removeKeyQuestion(board, question.id)}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <form className="setup__add" onSubmit={add}>
        <input className="input" aria-label="New key question" placeholder="New key question" value={text} maxLength={500} onChange={(event) => setText(event.target.value)} />
        <button type="submit" className="button button--secondary" disabled={!text.trim()}>
          Add question
        </button>
      </form>
    </section>
  );
}
