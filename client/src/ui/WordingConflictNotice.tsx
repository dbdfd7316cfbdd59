import { useId } from 'react';
import type { WordingBase } from './useWordingBase';
import './wordingConflict.css';

interface Props {
  /** The field's name in a sentence: "title", "feedback point", "observation". */
  field: string;
  conflict: WordingBase;
}

/**
 * Says, the moment it happens, that someone else saved a field this person has open, shows their
 * text and offers the three choices. The live region is always rendered (empty when there is
 * nothing to say) so screen readers announce the notice when it appears. The records do not say
 * who edited them, so the notice says "someone else".
 */
export function WordingConflictNotice({ field, conflict }: Props) {
  const id = useId();
  const { theirs, choose } = conflict;
  return (
    <div role="status" className="wording-conflict-region">
      {theirs === null ? null : (
        <div className="wording-conflict" role="group" aria-labelledby={`${id}-said`}>
          <p id={`${id}-said`} className="wording-conflict__said">
            Someone else changed the {field} while you were editing it. Their {field}:
          </p>
          <blockquote className="wording-conflict__theirs">{theirs === '' ? <em>(empty)</em> : theirs}</blockquote>
          <p className="wording-conflict__hint">Your draft is unchanged. Choose before you save:</p>
          <div className="wording-conflict__choices">
            <button type="button" className="button button--secondary button--small" onClick={() => choose('merge')}>
              Merge theirs into mine
            </button>
            <button type="button" className="button button--ghost button--small" onClick={() => choose('use-theirs')}>
              Use theirs
            </button>
            <button type="button" className="button button--ghost button--small" onClick={() => choose('keep-mine')}>
              Keep mine
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
