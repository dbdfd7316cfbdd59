import { themeTable, type Report } from '@washup/shared/report';
import { ReportPart } from './ReportPart';

const columns = ['Heading', 'Lane', 'Theme', 'Votes', 'Triangulation', 'Host agreement'] as const;

/** Every theme at a glance, as the Word export's table has it. */
export function ThemeTableView({ report }: { report: Report }) {
  const rows = themeTable(report);
  if (rows.length === 0) return null;
  return (
    <ReportPart titleId="report-theme-table" title="Summary of themes">
      <div className="report-table__scroll">
        <table className="report-table">
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.themeId}>
                <td>{row.heading}</td>
                <td>{row.lane}</td>
                <th scope="row">{row.theme}</th>
                <td>{row.votes}</td>
                <td>{row.triangulation}</td>
                <td data-agreement={row.agreement}>{row.hostAgreement}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ReportPart>
  );
}
