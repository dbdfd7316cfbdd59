import { councilSpeakingRecord, councilTotals, type CouncilSpeakingEntry, type CouncilState } from '@washup/shared/council';
import { formatSpan } from '@washup/shared/session';
import { useServerNow } from '../sync/useServerNow';

function cellText(entry: CouncilSpeakingEntry | undefined): string {
  if (!entry || entry.outcome === null) return '–';
  const time = formatSpan(entry.spokenMs);
  if (!entry.passed) return entry.outcome === 'timeout' ? `${time} (time)` : time;
  const first = entry.skipped ? 'skipped' : 'passed';
  if (!entry.revisited) return first;
  if (entry.revisitOutcome === 'pass') return entry.skipped ? 'skipped, then passed' : 'passed twice';
  // The time is the round's total: a pass can come after a few seconds' thought.
  return `${first}, then spoke (${time} in all)`;
}

/** The session record: each person's speaking time and passes per round, for the Lead Reviewer's notes and the report. */
export function CouncilRecord({ council }: { council: CouncilState }) {
  const now = useServerNow(1000);
  const record = councilSpeakingRecord(council, now);
  const totals = councilTotals(council, now);
  const rounds = Array.from({ length: council.round }, (_, index) => index + 1);
  return (
    <section className="session-panel council-record" aria-labelledby="council-record-title">
      <h3 id="council-record-title">Speaking record</h3>
      <div className="session-table__scroll">
        <table className="session-table">
          <thead>
            <tr>
              <th scope="col">Speaker</th>
              {rounds.map((round) => (
                <th key={round} scope="col">
                  Round {round}
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {council.participants.map((participant) => {
              const total = totals.byParticipant.find((entry) => entry.participantId === participant.id);
              return (
                <tr key={participant.id}>
                  <th scope="row">{participant.name}</th>
                  {rounds.map((round) => (
                    <td key={round}>{cellText(record.find((entry) => entry.participantId === participant.id && entry.round === round))}</td>
                  ))}
                  <td>
                    {formatSpan(total?.spokenMs ?? 0)}
                    {total && total.passes > 0 ? `, ${total.passes} pass${total.passes === 1 ? '' : 'es'}` : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted">
        Speaking {formatSpan(totals.speakingMs)} · presenter's thinking {formatSpan(totals.presenterThinkingMs + totals.freshThinkingMs)}
      </p>
    </section>
  );
}
