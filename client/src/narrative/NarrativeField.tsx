import { useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import * as Y from 'yjs';
import { maxNarrativeChars, type ReportTextPart } from '@washup/shared/board';
import { narrativeEdit, paragraphAt, printedNarrative, printedOffset, storedOffset, type Citations } from '@washup/shared/report';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ownBoardWrite } from '../sync/UndoHistory';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useNarrativePresence } from './useNarrativePresence';
import { useNarrativeText } from './useNarrativeText';
import { useNarrativeWriters } from './useNarrativeWriters';
import { WriterBadge } from './WriterBadge';
import './narrative.css';

interface Props {
  part: ReportTextPart;
  /** The field's name: "Overall summary". */
  name: string;
  hint?: string;
  citations: Citations;
  /** A first draft in stored form, offered while the part is empty. */
  drafted?: string;
}

/** Where the selection is, tied to the characters around it, so others' typing elsewhere does not move it. */
interface HeldSelection {
  start: Y.RelativePosition;
  end: Y.RelativePosition;
}

/**
 * A part of the narrative as a field everyone with it open writes in at once: each edit goes to the
 * part's shared text as the one splice it made, so two people typing in the same paragraph both
 * keep their words. The field shows citations as the report's numbers and stores them as cards. When
 * someone else's typing arrives, the caret and selection stay by the same words.
 */
export function NarrativeField({ part, name, hint, citations, drafted }: Props) {
  const { board } = useBoardConnection();
  const { text, stored } = useNarrativeText(part);
  const printed = printedNarrative(stored, citations.numberOf);
  const field = useRef<HTMLTextAreaElement>(null);
  const held = useRef<HeldSelection | null>(null);
  const [error, setError] = useState<string | null>(null);
  const publish = useNarrativePresence(part);
  const writers = useNarrativeWriters().filter((writer) => writer.part === part);

  const hold = () => {
    const element = field.current;
    if (!element) return;
    const now = text.toString();
    const at = (printedAt: number) => Y.createRelativePositionFromTypeIndex(text, storedOffset(now, citations.numberOf, printedAt), -1);
    held.current = { start: at(element.selectionStart), end: at(element.selectionEnd) };
    publish(paragraphAt(element.value, element.selectionStart));
  };

  // After any change (someone else's typing, or numbers that changed), the caret goes back beside the words it was at.
  useLayoutEffect(() => {
    const element = field.current;
    const selection = held.current;
    if (!element || !selection || document.activeElement !== element) return;
    const place = (position: Y.RelativePosition) => {
      const absolute = Y.createAbsolutePositionFromRelativePosition(position, board.doc);
      return absolute ? printedOffset(stored, citations.numberOf, absolute.index) : element.value.length;
    };
    const start = place(selection.start);
    const end = place(selection.end);
    if (element.selectionStart !== start || element.selectionEnd !== end) element.setSelectionRange(start, end);
  }, [board, stored, citations]);

  const write = (printedAfter: string) => {
    const now = text.toString();
    const splice = narrativeEdit(now, printedAfter, citations);
    if (!splice) return;
    if (now.length - splice.remove + splice.insert.length > maxNarrativeChars) {
      setError(`The ${name.toLowerCase()} holds at most ${maxNarrativeChars.toLocaleString('en-GB')} characters, citations counted as stored.`);
      return;
    }
    setError(null);
    board.transact(() => {
      if (splice.remove > 0) text.delete(splice.index, splice.remove);
      if (splice.insert) text.insert(splice.index, splice.insert);
    }, ownBoardWrite);
  };

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    write(event.target.value);
    hold();
  };

  return (
    <div className="report-text no-print">
      <label className="field">
        <span className="field__label">{name}</span>
        {hint ? <span className="field__hint">{hint}</span> : null}
        <textarea
          ref={field}
          className="input report-text__input"
          value={printed}
          rows={6}
          autoFocus
          onChange={onChange}
          onSelect={hold}
          onFocus={hold}
          onBlur={() => publish(null)}
        />
      </label>
      {writers.length > 0 ? (
        <ul className="narrative-writers" aria-label={`Also writing the ${name.toLowerCase()}`}>
          {writers.map((writer) => (
            <li key={writer.clientId}>
              <WriterBadge user={writer.user} paragraph={writer.paragraph} />
            </li>
          ))}
        </ul>
      ) : null}
      {drafted && !printed.trim() ? (
        <button type="button" className="button button--secondary button--small" onClick={() => write(printedNarrative(drafted, citations.numberOf))}>
          Draft from the themes
        </button>
      ) : null}
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </div>
  );
}
