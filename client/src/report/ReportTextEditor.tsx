import { useEffect, useRef, useState } from 'react';
import type { ReportTextPart } from '@washup/shared/board';
import type { Citations } from '@washup/shared/report';
import { NarrativeField } from '../narrative/NarrativeField';
import { narrativePartLabel } from '../narrative/partLabels';
import { useHeadings } from '../sync/useHeadings';

interface Props {
  part: ReportTextPart;
  /** The part as the report prints it now (citations as numbers). */
  printed: string;
  /** The report's citations, to store what is typed as "[3]" as the card it stands for. */
  citations: Citations;
  hint?: string;
  /** A first draft in stored form (e.g. from the heading's themes), offered while the part is empty. */
  drafted?: string;
}

/**
 * One part of the report the team writes together (title block, context, summary, a heading's
 * narrative): opened, it is a field everyone writing the part shares, where every keystroke is
 * saved and merges with the others' (NarrativeField). "Done" only closes the field.
 */
export function ReportTextEditor({ part, printed, citations, hint, drafted }: Props) {
  const [open, setOpen] = useState(false);
  const label = narrativePartLabel(part, useHeadings());
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    // Back to the button that opened the field, for keyboard users.
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  if (!open) {
    return (
      <button ref={opener} type="button" className="button button--ghost button--small no-print" onClick={() => setOpen(true)}>
        {printed ? 'Edit' : 'Write'} {label}
      </button>
    );
  }
  return (
    <div className="report-text-editor no-print">
      <NarrativeField part={part} label={label} hint={hint} citations={citations} drafted={drafted} />
      <div className="form-actions">
        <button type="button" className="button button--primary button--small" onClick={() => setOpen(false)}>
          Done writing {label}
        </button>
      </div>
    </div>
  );
}
