import { useId, useState, type FormEvent } from 'react';
import { timeboxEntry, votesEntry } from '@washup/shared/relayDoc';
import { maxTimeboxMinutes, minTimeboxSeconds, timeboxRunning } from '@washup/shared/room';
import { useCommand } from '../commands/useCommand';
import { ClockControls } from '../session/ClockControls';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useRelayDocValue } from '../sync/useRelayDocValue';

/**
 * The Lead Reviewer's timebox for any stretch of the wash-up ("ten minutes to cluster Leadership",
 * or until the open vote closes): set it, move it by a minute, pause it, end it. The relay keeps its
 * clock, and closes the vote itself when a timebox tied to it runs out.
 */
export function TimeboxControl() {
  const ids = useId();
  const command = useCommand();
  const timebox = useRelayDocValue(timeboxEntry);
  const openRound = useRelayDocValue(votesEntry)?.rounds.find((entry) => entry.round.status === 'open')?.round.id ?? null;
  const [label, setLabel] = useState('');
  const [minutes, setMinutes] = useState('10');
  const [seconds, setSeconds] = useState('0');
  const [forVote, setForVote] = useState(false);
  const running = timeboxRunning(timebox);

  const start = (event: FormEvent) => {
    event.preventDefault();
    command.send({
      type: 'timebox.start',
      label: forVote && openRound ? 'Vote closes' : label,
      minutes: Number(minutes),
      seconds: Number(seconds),
      roundId: forVote ? openRound : null,
    });
  };

  return (
    <details className="timebox-control">
      <summary className="button button--ghost button--small">{running ? 'Timebox running' : 'Timebox'}</summary>
      <div className="timebox-control__panel">
        {running ? (
          <div className="timebox-control__running">
            <p className="timebox-control__name">{timebox.label}</p>
            <ClockControls process="timebox" timer={timebox.timer} />
            <button type="button" className="button button--secondary" disabled={command.busy} onClick={() => command.send({ type: 'timebox.end' })}>
              End the timebox
            </button>
          </div>
        ) : null}
        <form className="timebox-control__form" onSubmit={start} aria-label="Set a timebox">
          <label htmlFor={`${ids}-label`}>What for</label>
          <input
            id={`${ids}-label`}
            className="input"
            value={label}
            maxLength={80}
            placeholder="Cluster Leadership"
            onChange={(event) => setLabel(event.target.value)}
            disabled={forVote && openRound !== null}
          />
          <div className="timebox-control__length">
            <div className="timebox-control__part">
              <label htmlFor={`${ids}-minutes`}>Minutes</label>
              <input
                id={`${ids}-minutes`}
                className="input timebox-control__minutes"
                type="number"
                min={0}
                max={maxTimeboxMinutes}
                step={1}
                required
                value={minutes}
                onChange={(event) => setMinutes(event.target.value)}
              />
            </div>
            <div className="timebox-control__part">
              <label htmlFor={`${ids}-seconds`}>Seconds</label>
              <input
                id={`${ids}-seconds`}
                className="input timebox-control__minutes"
                type="number"
                min={0}
                max={59}
                step={1}
                required
                value={seconds}
                onChange={(event) => setSeconds(event.target.value)}
              />
            </div>
          </div>
          {openRound ? (
            <>
              <label className="timebox-control__vote">
                <input type="checkbox" checked={forVote} onChange={(event) => setForVote(event.target.checked)} /> Until the open vote closes
              </label>
              <p className="timebox-control__hint">
                When it runs out the vote closes by itself and everyone sees the results. From {minTimeboxSeconds} seconds, for a last call.
              </p>
            </>
          ) : null}
          <button type="submit" className="button" disabled={command.busy}>
            {running ? 'Start a new timebox' : 'Start the timebox'}
          </button>
        </form>
        {command.error ? <ErrorAlert>{command.error}</ErrorAlert> : null}
      </div>
    </details>
  );
}
