import { useState, type FormEvent } from 'react';
import { reportTextSchema, wordingToSave, type ReportTextPart } from '@washup/shared/board';
import { printedNarrative, storedNarrative } from '@washup/shared/report';
import { useBoardWrite } from '../sync/useBoardWrite';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useWordingBase } from '../ui/useWordingBase';
import { WordingConflictNotice } from '../ui/WordingConflictNotice';

const maxText = reportTextSchema.shape.text.maxLength ?? 10_000;

interface Props {
  part: ReportTextPart;
  /** What the part is, in a sentence and on the button: "overall summary", "narrative for Leadership". */
  label: string;
  /** The part as the report prints it now (citations as numbers). */
  printed: string;
  /** The report's citations, to store what is typed as "[3]" as the card it stands for. */
  citations: { numberOf: ReadonlyMap<string, number>; cardOf: ReadonlyMap<number, string> };
  hint?: string;
  /** A first draft in stored form (e.g. from the heading's themes), offered while the part is empty. */
  drafted?: string;
}

/**
 * One part of the report the team writes together (title block, context, summary, a heading's
 * narrative). Saved as one change when done; someone else's save meanwhile shows at once with the
 * choices (merge, theirs, mine), so nobody's words are lost unseen.
 */
export function ReportTextEditor(props: Props) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button button--ghost button--small no-print" onClick={() => setOpen(true)}>
        {props.printed ? 'Edit' : 'Write'} {props.label}
      </button>
    );
  }
  return <ReportTextForm {...props} onDone={() => setOpen(false)} />;
}

function ReportTextForm({ part, label, printed, citations, hint, drafted, onDone }: Props & { onDone: () => void }) {
  const [draft, setDraft] = useState(printed);
  const base = useWordingBase(printed, draft, setDraft);
  const { write, error } = useBoardWrite();

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = write((board) => {
      // Read as stored now, in the same step as the write: a peer's save that landed since the last render counts.
      const storedNow = printedNarrative(board.get('reportTexts', part)?.text ?? '', citations.numberOf);
      board.put('reportTexts', { id: part, text: storedNarrative(wordingToSave(label, base.wording, storedNow), citations.cardOf) });
    });
    if (saved) onDone();
  };

  return (
    <form className="report-text no-print" onSubmit={save}>
      <label className="field">
        <span className="field__label">{label.charAt(0).toUpperCase() + label.slice(1)}</span>
        {hint ? <span className="field__hint">{hint}</span> : null}
        <textarea className="input report-text__input" value={draft} maxLength={maxText} rows={6} autoFocus onChange={(event) => setDraft(event.target.value)} />
      </label>
      <WordingConflictNotice field={label} conflict={base} />
      <div className="form-actions">
        <button type="submit" className="button button--primary button--small">
          Save {label}
        </button>
        {drafted && !draft.trim() ? (
          <button type="button" className="button button--secondary button--small" onClick={() => setDraft(printedNarrative(drafted, citations.numberOf))}>
            Draft from the themes
          </button>
        ) : null}
        <button type="button" className="button button--ghost button--small" onClick={onDone}>
          Cancel
        </button>
      </div>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </form>
  );
}
