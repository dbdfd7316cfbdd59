import type { ReactNode } from 'react';

interface Props {
  /** Unique on the page: the title's id, which names the section for screen readers. */
  titleId: string;
  title: string;
  /** Set for an extra panel, which is styled apart from the prescribed headings. */
  panel?: boolean;
  className?: string;
  children: ReactNode;
}

/** One titled part of the report sheet (key questions, the table, a heading, the area of challenge). */
export function ReportPart({ titleId, title, panel = false, className = '', children }: Props) {
  return (
    <section className={`report__section ${className}`.trim()} data-panel={panel || undefined} aria-labelledby={titleId}>
      <h3 id={titleId} className="report__section-title">
        {title}
      </h3>
      {children}
    </section>
  );
}
