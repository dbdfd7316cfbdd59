import { useCallback } from 'react';
import { coverageMap, type BoardDoc, type KeyQuestionCoverage } from '@washup/shared';
import { useBoardValue } from '../sync/useBoardValue';

const readCoverage = (board: BoardDoc) => coverageMap(board);

interface Column {
  id: string;
  label: string;
  count: (row: KeyQuestionCoverage) => number;
}

function CountTable({ caption, columns, rows }: { caption: string; columns: Column[]; rows: KeyQuestionCoverage[] }) {
  return (
    <table className="coverage__table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Key question</th>
          {columns.map((column) => (
            <th key={column.id} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.keyQuestion?.id ?? 'none'}>
            <th scope="row">{row.keyQuestion?.text ?? 'No key question'}</th>
            {columns.map((column) => {
              const count = column.count(row);
              return (
                <td key={column.id} data-gap={count === 0 || undefined}>
                  {count}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Key questions against headings and activities: how many cards answer each, so gaps show before the team leaves. */
export function CoverageTable() {
  const coverage = useBoardValue(useCallback(readCoverage, []));
  const headingColumns: Column[] = [
    ...coverage.headings.map((heading) => ({ id: heading.id, label: heading.title, count: (row: KeyQuestionCoverage) => row.byHeading[heading.id] ?? 0 })),
    { id: 'inbox', label: 'Inbox', count: (row: KeyQuestionCoverage) => row.inbox },
  ];
  const activityColumns: Column[] = coverage.activities.map((activity) => ({ id: activity, label: activity, count: (row) => row.byActivity[activity] }));
  return (
    <div className="coverage">
      <CountTable caption="Evidence per key question and heading" columns={headingColumns} rows={coverage.rows} />
      <CountTable caption="Evidence per key question and activity" columns={activityColumns} rows={coverage.rows} />
    </div>
  );
}
