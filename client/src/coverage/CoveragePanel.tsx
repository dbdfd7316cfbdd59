import { coverageMap, type BoardDoc, type KeyQuestionCoverage } from '@washup/shared/board';
import { useBoardValue } from '../sync/useBoardValue';
import { CountTable, type CountColumn } from './CountTable';
import './coverage.css';

const readCoverage = (board: BoardDoc) => coverageMap(board);

/**
 * The coverage map: how many cards answer each key question under each heading and from each
 * activity, so the team sees the gaps while there is still time to gather more evidence.
 */
export function CoveragePanel() {
  const coverage = useBoardValue(readCoverage);
  const questions = coverage.rows.filter((row) => row.keyQuestion !== null);
  const gaps = questions.filter((row) => row.cards === 0).length;
  const headingColumns: CountColumn[] = [
    ...coverage.headings.map((heading) => ({ id: heading.id, label: heading.title, count: (row: KeyQuestionCoverage) => row.byHeading[heading.id] ?? 0 })),
    { id: 'inbox', label: 'Inbox', count: (row: KeyQuestionCoverage) => row.inbox, zeroIsGap: false },
  ];
  const activityColumns: CountColumn[] = coverage.activities.map((activity) => ({ id: activity, label: activity, count: (row) => row.byActivity[activity] }));
  return (
    <section className="card coverage" aria-labelledby="coverage-title">
      <header className="coverage__head">
        <h2 id="coverage-title" className="section-title">
          Coverage
        </h2>
        {questions.length > 0 ? (
          <p className="coverage__intro">
            Cards answering each key question. <span className="coverage__legend">Highlighted</span> cells are gaps to fill before the team leaves.
          </p>
        ) : (
          <p className="coverage__summary">No key questions yet: the Lead Reviewer adds them with the host. Until then, this counts all the evidence.</p>
        )}
        {gaps > 0 ? (
          <p className="coverage__summary coverage__summary--gap">{gaps === 1 ? 'One key question has no evidence yet.' : `${gaps} key questions have no evidence yet.`}</p>
        ) : null}
      </header>
      <CountTable caption="By heading" columns={headingColumns} rows={coverage.rows} />
      <CountTable caption="By activity" columns={activityColumns} rows={coverage.rows} />
    </section>
  );
}
