import { useState, type FormEvent } from 'react';
import { activities, addCard, stakeholders, valences, type Activity, type Stakeholder, type Valence } from '@washup/shared';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardValue } from '../sync/useBoardValue';
import { ErrorAlert } from '../ui/ErrorAlert';
import { loadCaptureMemory, rememberCapture } from './captureMemory';
import { listKeyQuestions } from './listKeyQuestions';

const valenceLabels: Record<Valence, string> = { strength: 'Strength', nextStep: 'Next step', neutral: 'Neutral', question: 'Question' };

/**
 * Quick capture of one piece of evidence, phone first: the fact seen or heard, where it came from,
 * and which key questions it answers. The last activity, site and questions stay selected, so a
 * walk's cards take seconds each. Works offline: the card is kept on the device until it syncs.
 */
export function CaptureForm({ onCaptured }: { onCaptured?: () => void }) {
  const { boardId, board, identity } = useBoardConnection();
  const keyQuestions = useBoardValue(listKeyQuestions);
  const [memory] = useState(() => loadCaptureMemory(boardId));
  const [observation, setObservation] = useState('');
  const [interpretation, setInterpretation] = useState('');
  const [activity, setActivity] = useState<Activity>(memory.activity ?? 'lesson visit');
  const [stakeholder, setStakeholder] = useState<Stakeholder | ''>('');
  const [site, setSite] = useState(memory.site);
  const [questionIds, setQuestionIds] = useState<string[]>(memory.keyQuestionIds);
  const [valence, setValence] = useState<Valence>('neutral');
  const [counterEvidence, setCounterEvidence] = useState(false);
  const [privateLearning, setPrivateLearning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [count, setCount] = useState(0);

  const toggleQuestion = (id: string) => setQuestionIds((current) => (current.includes(id) ? current.filter((q) => q !== id) : [...current, id]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!observation.trim()) {
      setError('Write what you saw or heard first: the observation is the evidence.');
      return;
    }
    const existing = new Set(keyQuestions.map((question) => question.id));
    addCard(board, {
      observation: observation.trim(),
      ...(interpretation.trim() ? { interpretation: interpretation.trim() } : {}),
      activity,
      ...(stakeholder ? { stakeholder } : {}),
      ...(site.trim() ? { site: site.trim() } : {}),
      keyQuestionIds: questionIds.filter((id) => existing.has(id)),
      valence,
      counterEvidence,
      privateLearning,
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
    onCaptured?.();
  };

  return (
    <form className="capture" onSubmit={submit} aria-labelledby="capture-title" noValidate>
      <h2 id="capture-title" className="section-title">
        Add evidence
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
          <input className="input" list="capture-sites" value={site} maxLength={120} onChange={(event) => setSite(event.target.value)} />
          <datalist id="capture-sites">
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
          Add card
        </button>
        {count > 0 ? (
          <p className="capture__done" role="status">
            {count === 1 ? 'Card added.' : `${count} cards added.`}
          </p>
        ) : null}
      </div>
    </form>
  );
}
