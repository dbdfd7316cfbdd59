import { addKeyQuestion, editKeyQuestion, keyQuestionSchema, removeKeyQuestion, setKeyQuestionStatus } from '@washup/shared/board';
import { listKeyQuestions } from '../capture/listKeyQuestions';
import { useBoardValue } from '../sync/useBoardValue';
import { useBoardWrite } from '../sync/useBoardWrite';
import { ErrorAlert } from '../ui/ErrorAlert';
import { AddItemForm } from './AddItemForm';

const maxText = keyQuestionSchema.shape.text.maxLength ?? 500;

/** The review's key questions: drafted, then agreed with the host; removing one clears it from cards. */
export function KeyQuestionEditor() {
  const { write, error } = useBoardWrite();
  const questions = useBoardValue(listKeyQuestions);
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
              maxLength={maxText}
              onBlur={(event) => event.target.value.trim() && event.target.value !== question.text && write((board) => editKeyQuestion(board, question.id, event.target.value))}
            />
            <div className="setup__actions">
              <label className="check">
                <input type="checkbox" checked={question.status === 'agreed'} onChange={(event) => write((board) => setKeyQuestionStatus(board, question.id, event.target.checked ? 'agreed' : 'draft'))} /> Agreed with host
              </label>
              <button type="button" className="button button--secondary button--small" aria-label={`Remove key question ${index + 1}`} onClick={() => write((board) => removeKeyQuestion(board, question.id))}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <AddItemForm label="New key question" buttonText="Add question" maxLength={maxText} onAdd={(text) => write((board) => addKeyQuestion(board, { text }))} />
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </section>
  );
}
