import { useEffect, useId, useState, type FormEvent } from 'react';
import { retentionDayChoices, type Retention } from '@washup/shared/board';
import { setRetention } from '../api/retention';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useAction } from '../ui/useAction';
import { retentionSentence, useRetention } from './useRetention';

/** What the form offers: kept until deleted, a number of days after the last change, or a date. */
type Choice = 'none' | `${(typeof retentionDayChoices)[number]}` | 'onDate';

function choiceOf(retention: Retention | null): Choice {
  if (!retention) return 'none';
  if (retention.kind === 'onDate') return 'onDate';
  const days = retentionDayChoices.find((choice) => choice === retention.days);
  return days === undefined ? 'none' : `${days}`;
}

/** `YYYY-MM-DD` of a moment in this device's time zone, as a date field holds it. */
function dateFieldValue(at: number): string {
  const date = new Date(at);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The start of the day a date field holds, in this device's time zone; null when it holds none. */
function startOfDay(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
}

/**
 * The Lead Reviewer's choice of how long the relay keeps the board: until they delete it (the
 * default), a period after its last change, or a date. Everyone on the board sees the result in
 * the header; when it comes, the board goes as a deletion does, from every device.
 */
export function RetentionSection() {
  const { boardId, identity } = useBoardConnection();
  const { retention, purgeAt, reload } = useRetention();
  const [choice, setChoice] = useState<Choice>(() => choiceOf(retention));
  const [date, setDate] = useState(() => (retention?.kind === 'onDate' ? dateFieldValue(retention.purgeAt) : ''));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { run, busy, error } = useAction();
  const choiceId = useId();
  const dateId = useId();
  const key = JSON.stringify(retention);
  // Follows the setting when it changes (saved here, or on another of the Lead Reviewer's devices); `key` stands for `retention`.
  useEffect(() => {
    setChoice(choiceOf(retention));
    if (retention?.kind === 'onDate') setDate(dateFieldValue(retention.purgeAt));
  }, [key]);
  const tomorrow = dateFieldValue(Date.now() + 86_400_000);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    let next: Retention | null = null;
    if (choice === 'onDate') {
      const at = startOfDay(date);
      if (at === null || date < tomorrow) {
        setProblem('Choose a date after today.');
        return;
      }
      next = { kind: 'onDate', purgeAt: at };
    } else if (choice !== 'none') next = { kind: 'afterActivity', days: Number(choice) };
    setProblem(null);
    run(async () => {
      await setRetention(boardId, identity.token, next);
      reload();
      setSaved(true);
    });
  };

  return (
    <section aria-labelledby="people-retention-title" className="people-section">
      <h3 id="people-retention-title">How long the board is kept</h3>
      <p className="dialog__intro">{retentionSentence(retention, purgeAt)}</p>
      <form className="retention-form" onSubmit={submit} aria-label="Set how long the board is kept">
        <label className="field" htmlFor={choiceId}>
          <span className="field__label">Delete the board</span>
          <select id={choiceId} className="input" value={choice} onChange={(event) => setChoice(event.target.value as Choice)} disabled={busy}>
            <option value="none">Only when I delete it</option>
            {retentionDayChoices.map((days) => (
              <option key={days} value={`${days}`}>{`${days} days after its last change`}</option>
            ))}
            <option value="onDate">On a date</option>
          </select>
        </label>
        {choice === 'onDate' ? (
          <label className="field" htmlFor={dateId}>
            <span className="field__label">Date</span>
            <input id={dateId} className="input" type="date" min={tomorrow} value={date} onChange={(event) => setDate(event.target.value)} disabled={busy} />
          </label>
        ) : null}
        {problem ? <ErrorAlert>{problem}</ErrorAlert> : null}
        {error ? <ErrorAlert title="The retention was not saved">{error}</ErrorAlert> : null}
        <div className="retention-form__actions">
          <button type="submit" className="button button--secondary" disabled={busy}>
            {busy ? 'Saving…' : 'Save retention'}
          </button>
          {saved && !busy ? (
            <p role="status" className="muted">
              Saved. Everyone on the board sees the date.
            </p>
          ) : null}
        </div>
      </form>
    </section>
  );
}
