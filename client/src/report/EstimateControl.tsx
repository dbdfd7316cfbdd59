import { estimateLabel, type ReportEstimate } from '@washup/shared/report';
import { useBoardWrite } from '../sync/useBoardWrite';
import { ErrorAlert } from '../ui/ErrorAlert';

interface Props {
  headingId: string;
  /** The heading's title, to name the control. */
  title: string;
  estimate: ReportEstimate;
  /** Whether this person sets estimates (the team, until a version is final); others read it. */
  writable: boolean;
}

const notSet = '';

/**
 * A heading's estimate on its template's scale, beside its narrative: read by everyone, set by the
 * team. A stored point the scale does not hold stays selected and named as unreadable until
 * someone picks a point, so nothing saved disappears unseen.
 */
export function EstimateControl({ headingId, title, estimate, writable }: Props) {
  const { write, error } = useBoardWrite();
  const label = estimateLabel(estimate);
  const selectId = `estimate-${headingId}`;

  const choose = (point: string) => {
    write((board) => (point === notSet ? board.remove('estimates', headingId) : board.put('estimates', { id: headingId, point })), `Estimate for ${title}`);
  };

  return (
    <div className="report-estimate" data-unreadable={!estimate.onScale || undefined}>
      <p className="report-estimate__reading">
        <span className="report-estimate__label">Estimate:</span> <span className="report-estimate__point">{label}</span>
      </p>
      {writable ? (
        <div className="report-estimate__edit no-print">
          <label htmlFor={selectId} className="field__label">
            Estimate for {title}
          </label>
          <select id={selectId} className="input report-estimate__select" value={estimate.point ?? notSet} onChange={(event) => choose(event.target.value)}>
            <option value={notSet}>Not yet estimated</option>
            {estimate.scale.map((point) => (
              <option key={point} value={point}>
                {point}
              </option>
            ))}
            {estimate.onScale || estimate.point === null ? null : (
              <option value={estimate.point} disabled>
                Unreadable: “{estimate.point}”
              </option>
            )}
          </select>
        </div>
      ) : null}
      {error ? <ErrorAlert title="The estimate was not saved">{error}</ErrorAlert> : null}
    </div>
  );
}
