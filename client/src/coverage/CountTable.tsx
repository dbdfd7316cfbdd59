import type { KeyQuestionCoverage } from '@washup/shared/board';

export interface CountColumn {
  id: string;
  label: string;
  count: (row: KeyQuestionCoverage) => number;
  /** False where zero is not a gap (an empty inbox is good news). */
  zeroIsGap?: boolean;
}

const level = (count: number) => (count === 0 ? 0 : count < 3 ? 1 : count < 6 ? 2 : 3);

/**
 * Key questions down the side, one count per column. An empty cell of a real key question is a
 * gap, drawn so it stands out and read out as one; the "no key question" row is context, not a gap.
 */
export function CountTable({ caption, columns, rows }: { caption: string; columns: CountColumn[]; rows: KeyQuestionCoverage[] }) {
  return (
    <div className="coverage__scroll" role="region" aria-label={caption} tabIndex={0}>
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
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const question = row.keyQuestion;
            return (
              <tr key={question?.id ?? 'none'} data-unanswered={question ? undefined : ''}>
                <th scope="row">{question ? `Q${index + 1} ${question.text}` : 'No key question'}</th>
                {columns.map((column) => {
                  const count = column.count(row);
                  const gap = question !== null && count === 0 && column.zeroIsGap !== false;
                  return (
                    <td key={column.id} data-level={level(count)} data-gap={gap || undefined}>
                      {count}
                      {gap ? <span className="visually-hidden"> (gap)</span> : null}
                    </td>
                  );
                })}
                <td className="coverage__total" data-gap={(question !== null && row.cards === 0) || undefined}>
                  {row.cards}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
