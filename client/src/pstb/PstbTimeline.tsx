import { pstbTimeline, type PstbState, type PstbTimelineEntry } from '@washup/shared/pstb';
import { formatSpan } from '@washup/shared/session';
import { useServerNow } from '../sync/useServerNow';
import { pstbStageTitles } from './pstbWording';

const clockTime = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

function actualText(entry: PstbTimelineEntry): string {
  if (entry.actualMs === null) return '–';
  const used = formatSpan(entry.actualMs);
  if (entry.status === 'current') return `${used} so far`;
  return entry.endedBy === 'timeout' ? `${used} (time ran out)` : used;
}

/** Planned against actual minutes per step, so the Lead Reviewer sees early where the contract is slipping. */
export function PstbTimeline({ pstb }: { pstb: PstbState }) {
  const now = useServerNow(1000);
  const timeline = pstbTimeline(pstb, now);
  const overMs = timeline.projectedEndAt !== null && pstb.startedAt !== null ? timeline.projectedEndAt - pstb.startedAt - timeline.contractMs : 0;
  return (
    <section className="session-panel pstb-timeline" aria-labelledby="pstb-timeline-title">
      <h3 id="pstb-timeline-title">Timeline · {formatSpan(timeline.contractMs)} contract</h3>
      <div className="session-table__scroll">
        <table className="session-table">
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Planned</th>
              <th scope="col">Actual</th>
            </tr>
          </thead>
          <tbody>
            {timeline.steps.map((entry) => (
              <tr key={entry.step} className={`pstb-timeline__row pstb-timeline__row--${entry.status}`} aria-current={entry.status === 'current' ? 'step' : undefined}>
                <th scope="row">{pstbStageTitles[entry.step]}</th>
                <td>
                  {formatSpan(entry.plannedMs)}
                  {entry.allowedMs !== entry.plannedMs ? <span className="muted"> → {formatSpan(entry.allowedMs)}</span> : null}
                </td>
                <td>{actualText(entry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {timeline.projectedEndAt === null ? (
        <p className="muted">The clock starts when the contract is agreed.</p>
      ) : (
        <p className="pstb-timeline__end" data-testid="pstb-projected-end">
          {pstb.closedAt === null ? 'Ends about' : 'Ended at'} <strong>{clockTime.format(timeline.projectedEndAt)}</strong>
          {Math.abs(overMs) >= 60_000 ? <span className="muted"> · {formatSpan(Math.abs(overMs))} {overMs > 0 ? 'over' : 'under'} the contract</span> : null}
        </p>
      )}
    </section>
  );
}
