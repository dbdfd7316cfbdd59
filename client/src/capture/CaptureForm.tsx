import { useId, useState, type FormEvent } from 'react';
import { activities, addCard, editCard, stakeholders, valences, type Activity, type Card, type Stakeholder, type Valence } from '@washup/shared';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardValue } from '../sync/useBoardValue';
import { ErrorAlert } from '../ui/ErrorAlert';
import { loadCaptureMemory, rememberCapture } from './captureMemory';
import { listKeyQuestions } from './listKeyQuestions';

/** Optional fields left empty are left out of a new card rather than stored as undefined. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

const valenceLabels: Record<Valence, string> = { strength: 'Strength', nextStep: 'Next step', neutral: 'Neutral', question: 'Question' };

/**
 * Quick capture of one piece of evidence, phone first: the fact seen or heard, where it came from,
 * and which key questions it answers. The last activity, site and questions stay selected, so a
 * walk's cards take seconds each. Works offline: the card is kept on the device until it syncs.
 */
interface Props {
  /** The card to edit instead of capturing a new one; its author and capture time are kept. */
  editing?: Card;
  onDone?: () => void;
}

export function CaptureForm({ editing, onDone }: Props) {
  const { boardId, board, identity } = useBoardConnection();
  const keyQuestions = useBoardValue(listKeyQuestions);
  const [memory] = useState(() => loadCaptureMemory(boardId));
  const [observation, setObservation] = useState(editing?.observation ?? '');
  const [interpretation, setInterpretation] = useState(editing?.interpretation ?? '');
  const [activity, setActivity] = useState<Activity>(editing?.activity ?? memory.activity ?? 'lesson visit');
  const [stakeholder, setStakeholder] = useState<Stakeholder | ''>(editing?.stakeholder ?? '');
  const [site, setSite] = useState(editing ? (editing.site ?? '') : memory.site);
  const [questionIds, setQuestionIds] = useState<string[]>(editing?.keyQuestionIds ?? memory.keyQuestionIds);
  const [valence, setValence] = useState<Valence>(editing?.valence ?? 'neutral');
  const [counterEvidence, setCounterEvidence] = useState(editing?.counterEvidence ?? false);
  const [privateLearning, setPrivateLearning] = useState(editing?.privateLearning ?? false);
  const [error, setError] = useState<string | null>(null);
  const [count, setCount] = useState(0);

  const titleId = useId();
  const sitesId = useId();
  const toggleQuestion = (id: string) => setQuestionIds((current) => (current.includes(id) ? current.filter((q) => q !== id) : [...current, id]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!observation.trim()) {
      setError('Write what you saw or heard first: the observation is the evidence.');
      return;
    }
    const existing = new Set(keyQuestions.map((question) => question.id));
    const content = {
      observation: observation.trim(),
      interpretation: interpretation.trim() || undefined,
      activity,
      stakeholder: stakeholder || undefined,
      site: site.trim() || undefined,
      keyQuestionIds: questionIds.filter((id) => existing.has(id)),
      valence,
      counterEvidence,
      privateLearning,
    };
    if (editing) {
      editCard(board, editing.id, content);
      onDone?.();
      return;
    }
    addCard(board, {
      ...withoutUndefined(content),
      authorId: identity.participantId,
      authorName: identity.name,
      capturedAt: Date.now(),
    });
    rememberCapture(boardId, { activity, site: site.trim(), keyQuestionIds: questionIds });
    setObservation('');
    setInterpretation('');
    setCounterEvidence(false);
    setPrivateLearning(false);
    setError(null);
    setCount((n) => n + 1);
    onDone?.();
  };

  return (
    <form className="capture" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h2 id={titleId} className="section-title">
        {editing ? 'Edit evidence' : 'Add evidence'}
      </h2>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <label className="field">
        <span className="field__label">Observation</span>
        <span className="field__hint">A fact seen or heard, without judgement.</span>
        <textarea className="input capture__text" rows={3} value={observation} aria-invalid={error ? true : undefined} onChange={(event) => setObservation(event.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">Interpretation (optional)</span>
        <textarea className="input" rows={2} value={interpretation} onChange={(event) => setInterpretation(event.target.value)} />
      </label>
      <fieldset className="field">
        <legend className="field__label">Activity</legend>
        <div className="chips">
          {activities.map((name) => (
            <label key={name} className="chip">
              <input type="radio" name="activity" value={name} checked={activity === name} onChange={() => setActivity(name)} />
              <span>{name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="capture__row">
        <label className="field">
          <span className="field__label">Who (stakeholder group)</span>
          <select className="input" value={stakeholder} onChange={(event) => setStakeholder(event.target.value as Stakeholder | '')}>
            <option value="">Not recorded</option>
            {stakeholders.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Site</span>
          <input className="input" list={sitesId} value={site} maxLength={120} onChange={(event) => setSite(event.target.value)} />
          <datalist id={sitesId}>
            {memory.sites.map((known) => (
              <option key={known} value={known} />
            ))}
          </datalist>
        </label>
      </div>
      {keyQuestions.length > 0 ? (
        <fieldset className="field">
          <legend className="field__label">Key questions it answers</legend>
          <div className="chips">
            {keyQuestions.map((question) => (
              <label key={question.id} className="chip">
                <input type="checkbox" checked={questionIds.includes(question.id)} onChange={() => toggleQuestion(question.id)} />
                <span>{question.text}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <fieldset className="field">
        <legend className="field__label">It suggests</legend>
        <div className="chips">
          {valences.map((name) => (
            <label key={name} className="chip">
              <input type="radio" name="valence" value={name} checked={valence === name} onChange={() => setValence(name)} />
              <span>{valenceLabels[name]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={counterEvidence} onChange={(event) => setCounterEvidence(event.target.checked)} /> Counter-evidence (points the other way)
      </label>
      <label className="check">
        <input type="checkbox" checked={privateLearning} onChange={(event) => setPrivateLearning(event.target.checked)} /> Reviewer learning only (never in the host's report)
      </label>
      <div className="capture__actions">
        <button type="submit" className="button button--primary">
          {editing ? 'Save changes' : 'Add card'}
        </button>
        {editing ? (
          <button type="button" className="button button--ghost" onClick={onDone}>
            Cancel
          </button>
        ) : null}
        {count > 0 ? (
          <p className="capture__done" role="status">
            {count === 1 ? 'Card added.' : `${count} cards added.`}
          </p>
        ) : null}
      </div>
    </form>
  );
}
