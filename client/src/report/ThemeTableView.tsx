import { themeTable, themeTableColumns, type Report } from '@washup/shared/report';
import { ReportPart } from './ReportPart';

/** Every theme at a glance, as the Word export's table has it (with the same columns). */
export function ThemeTableView({ report }: { report: Report }) {
  const rows = themeTable(report);
  if (rows.length === 0) return null;
  const columns = themeTableColumns(report);
  return (
    <ReportPart titleId="report-theme-table" title="Summary of themes">
      {/* Scrolls sideways on its own when wider than a phone, so it takes focus for the keyboard. */}
      <div className="report-table__scroll" role="region" aria-labelledby="report-theme-table" tabIndex={0}>
        <table className="report-table">
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.themeId}>
                {columns.map(({ key }) =>
                  key === 'theme' ? (
                    <th key={key} scope="row">
                      {row.theme}
                    </th>
                  ) : (
                    <td key={key} data-agreement={key === 'hostAgreement' ? row.agreement : undefined}>
                      {row[key]}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ReportPart>
  );
}
