import { useBoardMeta } from '../sync/useBoardMeta';
import { useConnectionStatus } from '../sync/useConnectionStatus';
import { useHeadings } from '../sync/useHeadings';

/**
 * The main area until the board view lands: the template's headings in order, with its two lanes.
 * Replace it in `app/BoardPage.tsx`.
 */
export function BoardPlaceholder() {
  const meta = useBoardMeta();
  const headings = useHeadings();
  const { link } = useConnectionStatus();

  if (!meta) {
    return (
      <section className="board-overview board-overview--loading" aria-busy="true">
        <p className="muted">{link === 'offline' ? 'This board has not been opened on this device yet. Connect to load it.' : 'Loading the board…'}</p>
      </section>
    );
  }

  return (
    <section className="board-overview" aria-labelledby="headings-title">
      <div className="section-head">
        <h2 id="headings-title">Headings</h2>
        <p className="section-head__lanes">
          <span className="lane-tag lane-tag--strengths">{meta.lanes.strengths}</span>
          <span className="lane-tag lane-tag--next">{meta.lanes.nextSteps}</span>
        </p>
      </div>
      {headings.length === 0 ? (
        <p className="empty-state">No headings yet. The Lead Reviewer can add the headings this review reports under.</p>
      ) : (
        <ol className="heading-list">
          {headings.map((heading, index) => (
            <li key={heading.id} className="heading-card" data-panel={heading.panel || undefined}>
              <span className="heading-card__number" aria-hidden="true">
                {heading.panel ? '★' : index + 1}
              </span>
              <div className="heading-card__text">
                <h3 className="heading-card__title">{heading.title}</h3>
                {heading.panel ? <p className="heading-card__tag">Extra panel</p> : null}
                {heading.description ? <p className="heading-card__description">{heading.description}</p> : null}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
