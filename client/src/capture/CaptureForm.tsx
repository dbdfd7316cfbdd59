import { useId, useRef, useState, type FormEvent } from 'react';
import { activities, stakeholders, valences, wordingToSave, type Card, type KeyQuestion } from '@washup/shared/board';
import { valenceLabels } from '../board/labels';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardValue } from '../sync/useBoardValue';
import { useBoardWrite } from '../sync/useBoardWrite';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useWordingBase } from '../ui/useWordingBase';
import { WordingConflictNotice } from '../ui/WordingConflictNotice';
import { addCapturedCard, saveCardEdit } from './cardDocs';
import { startDraft, nextDraft, draftContent, lastQuestions, toggleQuestion, withoutEmptyFields, type CaptureDraft } from './captureDraft';
import { loadCaptureMemory, rememberCapture } from './captureMemory';
import { ChoiceChips } from './ChoiceChips';
import { listKeyQuestions, questionNumber } from './listKeyQuestions';
import { SiteField } from './SiteField';
import './capture.css';

interface Props {
  /** The card to edit instead of capturing a new one; its author and capture time are kept. */
  editing?: Card;
  onDone?: () => void;
  /** Put the cursor in the observation at once (the phone's capture view). */
  autoFocus?: boolean;
}

const activityOptions = activities.map((name) => ({ value: name, label: name }));
const stakeholderOptions = [{ value: '' as const, label: 'not recorded' }, ...stakeholders.map((name) => ({ value: name, label: name }))];
const valenceOptions = valences.map((name) => ({ value: name, label: valenceLabels[name] }));
const questionOptions = (questions: KeyQuestion[]) => questions.map((question, index) => ({ value: question.id, label: `${questionNumber(index)} ${question.text}` }));
const questionNumbers = (questions: KeyQuestion[], ids: readonly string[]) =>
  questions.flatMap((question, index) => (ids.includes(question.id) ? [questionNumber(index)] : [])).join(', ');

/**
 * One piece of evidence, phone first: the fact seen or heard, where it came from, and which key
 * questions it answers. The source (activity, group, site) stays chosen for the next card, and the
 * last card's questions are one tap away, so a walk's cards take seconds each. Author and time are added here; the card is kept on
 * the device and syncs when the connection allows.
 */
export function CaptureForm({ editing, onDone, autoFocus = false }: Props) {
  const { boardId, identity } = useBoardConnection();
  const keyQuestions = useBoardValue(listKeyQuestions);
  const [memory, setMemory] = useState(() => loadCaptureMemory(boardId));
  const [draft, setDraft] = useState<CaptureDraft>(() => startDraft(editing, memory));
  const { writeWithPrivate, error, refuse } = useBoardWrite();
  const [added, setAdded] = useState(0);
  const observation = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const set = (patch: Partial<CaptureDraft>) => setDraft((current) => ({ ...current, ...patch }));
  // Editing a card: its texts as stored when the edit opened, so a peer's save meanwhile shows with its choices.
  const observationBase = useWordingBase(editing?.observation ?? '', draft.observation, (observation) => set({ observation }));
  const interpretationBase = useWordingBase(editing?.interpretation ?? '', draft.interpretation, (interpretation) => set({ interpretation }));
  const knownQuestionIds = new Set(keyQuestions.map((question) => question.id));
  const offered = lastQuestions(draft, memory, knownQuestionIds);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.observation.trim()) {
      refuse('Write what you saw or heard first: the observation is the evidence.');
      observation.current?.focus();
      return;
    }
    const content = draftContent(draft, knownQuestionIds);
    const { participantId } = identity;
    if (editing) {
      const saved = writeWithPrivate((board, privateDoc) => {
        // Read as stored now, in the same step as the write (reviewer learning lives in the private doc).
        const stored = (editing.privateLearning ? privateDoc : board).get('cards', editing.id) ?? editing;
        const observation = wordingToSave('observation', observationBase.wording, stored.observation);
        const interpretation = wordingToSave('interpretation', interpretationBase.wording, stored.interpretation ?? '');
        saveCardEdit({ board, privateDoc, participantId }, editing, { ...content, observation, interpretation: interpretation || undefined });
      });
      if (saved) onDone?.();
      return;
    }
    const saved = writeWithPrivate((board, privateDoc) =>
      addCapturedCard({ board, privateDoc, participantId }, { ...withoutEmptyFields(content), authorId: participantId, authorName: identity.name, capturedAt: Date.now() }),
    );
    if (!saved) return;
    setMemory(rememberCapture(boardId, { activity: draft.activity, site: draft.site.trim(), keyQuestionIds: content.keyQuestionIds }));
    setDraft(nextDraft(draft));
    setAdded((count) => count + 1);
    observation.current?.focus();
    onDone?.();
  };

  const title = editing ? 'Edit evidence' : 'Add evidence';
  // Reviewer learning goes to its author's private doc, so only the author can make a card theirs.
  const canKeepAsLearning = !editing || editing.authorId === identity.participantId;
  return (
    <form className="card capture" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`} className="section-title">
        {title}
      </h2>
      {editing ? (
        <p className="capture__meta">
          Captured by {editing.authorName}; they stay its author.
        </p>
      ) : null}
      {error ? (
        <ErrorAlert>
          <span id={`${id}-error`}>{error}</span>
        </ErrorAlert>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-observation`}>
          Observation
        </label>
        <span className="field__hint" id={`${id}-observation-hint`}>
          A fact seen or heard, without judgement.
        </span>
        <textarea
          ref={observation}
          id={`${id}-observation`}
          className="input capture__observation"
          rows={3}
          required
          autoFocus={autoFocus}
          value={draft.observation}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-observation-hint ${id}-error` : `${id}-observation-hint`}
          onChange={(event) => set({ observation: event.target.value })}
        />
      </div>
      {editing ? <WordingConflictNotice field="observation" conflict={observationBase} /> : null}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-interpretation`}>
          Interpretation <span className="field__optional">(optional)</span>
        </label>
        <textarea id={`${id}-interpretation`} className="input" rows={2} value={draft.interpretation} onChange={(event) => set({ interpretation: event.target.value })} />
      </div>
      {editing ? <WordingConflictNotice field="interpretation" conflict={interpretationBase} /> : null}
      <ChoiceChips legend="Activity" type="radio" name={`${id}-activity`} options={activityOptions} isChosen={(value) => draft.activity === value} onPick={(value) => set({ activity: value })} />
      <ChoiceChips legend="Who (stakeholder group)" type="radio" name={`${id}-stakeholder`} options={stakeholderOptions} isChosen={(value) => draft.stakeholder === value} onPick={(value) => set({ stakeholder: value })} />
      <SiteField value={draft.site} recent={memory.sites} onChange={(site) => set({ site })} />
      {keyQuestions.length > 0 ? (
        <ChoiceChips
          legend="Key questions it answers"
          type="checkbox"
          name={`${id}-questions`}
          options={questionOptions(keyQuestions)}
          isChosen={(value) => draft.keyQuestionIds.includes(value)}
          onPick={(questionId) => setDraft((current) => toggleQuestion(current, questionId))}
        />
      ) : null}
      {offered.length > 0 ? (
        <p className="chips chips--recent">
          <button type="button" className="chip-button chip-button--repeat" onClick={() => set({ keyQuestionIds: offered })}>
            <span aria-hidden="true">↺&nbsp;</span>
            {`Same questions as last card: ${questionNumbers(keyQuestions, offered)}`}
          </button>
        </p>
      ) : null}
      <ChoiceChips legend="It suggests" type="radio" name={`${id}-valence`} options={valenceOptions} isChosen={(value) => draft.valence === value} onPick={(value) => set({ valence: value })} />
      <div className="capture__flags">
        <label className="check">
          <input type="checkbox" checked={draft.counterEvidence} onChange={(event) => set({ counterEvidence: event.target.checked })} />
          <span>
            Counter-evidence <span className="field__optional">(points the other way)</span>
          </span>
        </label>
        {canKeepAsLearning ? (
          <label className="check">
            <input type="checkbox" checked={draft.privateLearning} onChange={(event) => set({ privateLearning: event.target.checked })} />
            <span>
              Reviewer learning <span className="field__optional">(private: only you see it, never on the board or in the report)</span>
            </span>
          </label>
        ) : null}
      </div>
      <div className="capture__actions">
        <button type="submit" className="button button--primary">
          {editing ? 'Save changes' : 'Add card'}
        </button>
        {editing ? (
          <button type="button" className="button button--ghost" onClick={onDone}>
            Cancel
          </button>
        ) : null}
        <p className="capture__done" role="status">
          {added === 0 ? '' : added === 1 ? 'Card added.' : `${added} cards added.`}
        </p>
      </div>
    </form>
  );
}
