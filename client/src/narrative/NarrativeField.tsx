import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import * as Y from 'yjs';
import { applySplice, maxNarrativeChars, type ReportTextPart } from '@washup/shared/board';
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
  /** What the part is, in a sentence: "overall summary", "narrative for Leadership". */
  label: string;
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
 * someone else's typing arrives, the caret and selection stay by the same words (held as Yjs
 * relative positions, taken at each edit and selection change).
 */
export function NarrativeField({ part, label, hint, citations, drafted }: Props) {
  const { board } = useBoardConnection();
  const { text, stored } = useNarrativeText(part);
  const printed = printedNarrative(stored, citations.numberOf);
  const field = useRef<HTMLTextAreaElement>(null);
  const held = useRef<HeldSelection | null>(null);
  const latestCitations = useRef(citations);
  latestCitations.current = citations;
  const [error, setError] = useState<string | null>(null);
  const publish = useNarrativePresence(part);
  const writers = useNarrativeWriters().filter((writer) => writer.part === part);

  const hold = () => {
    const element = field.current;
    if (!element) return;
    const now = text.toString();
    const at = (printedAt: number) => Y.createRelativePositionFromTypeIndex(text, storedOffset(now, latestCitations.current.numberOf, printedAt), -1);
    held.current = { start: at(element.selectionStart), end: at(element.selectionEnd) };
    publish(paragraphAt(element.value, element.selectionStart));
  };

  // The field is not controlled by React: it is brought up to date in the same task as the change that
  // arrives (before the next keystroke can read a stale value), with the caret back beside the same words.
  const show = useCallback(() => {
    const element = field.current;
    if (!element) return;
    const now = text.toString();
    const { numberOf } = latestCitations.current;
    const next = printedNarrative(now, numberOf);
    if (element.value === next) return;
    const selection = held.current;
    element.value = next;
    if (!selection || document.activeElement !== element) return;
    const place = (position: Y.RelativePosition) => {
      const absolute = Y.createAbsolutePositionFromRelativePosition(position, board.doc);
      return absolute ? printedOffset(now, numberOf, absolute.index) : next.length;
    };
    element.setSelectionRange(place(selection.start), place(selection.end));
  }, [board, text]);

  useEffect(() => {
    text.observe(show);
    return () => text.unobserve(show);
  }, [text, show]);
  // The report's numbering can change without the text changing (a theme moved up the votes).
  useLayoutEffect(show, [show, printed]);

  const write = (printedAfter: string) => {
    const now = text.toString();
    const splice = narrativeEdit(now, printedAfter, citations);
    if (!splice) return;
    if (now.length - splice.remove + splice.insert.length > maxNarrativeChars) {
      setError(`The ${label} holds at most ${maxNarrativeChars.toLocaleString('en-GB')} characters, citations counted as stored.`);
      show();
      return;
    }
    setError(null);
    board.transact(() => applySplice(text, splice), ownBoardWrite);
  };

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    write(event.target.value);
    hold();
  };

  return (
    <div className="report-text no-print">
      <label className="field">
        <span className="field__label">{label.charAt(0).toUpperCase() + label.slice(1)}</span>
        {hint ? <span className="field__hint">{hint}</span> : null}
        <textarea
          ref={field}
          className="input report-text__input"
          defaultValue={printed}
          rows={6}
          autoFocus
          onChange={onChange}
          onSelect={hold}
          onFocus={hold}
          onBlur={() => publish(null)}
        />
      </label>
      {writers.length > 0 ? (
        <ul className="narrative-writers" aria-label={`Also writing the ${label}`}>
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
