import { useEffect, useRef } from 'react';
import type { CreateBoardResponse } from '@washup/shared/api';
import { boardPath } from '../routing/route';
import { navigate } from '../routing/navigate';
import { InviteLinks } from '../invites/InviteLinks';

interface Props {
  board: CreateBoardResponse;
  title: string;
  onCreateAnother: () => void;
}

/** The new board's four invite links, and the way in for the Lead Reviewer. */
export function CreatedBoard({ board, title, onCreateAnother }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const openAsLead = () => navigate(`${boardPath(board.id)}#invite=${board.invites.facilitator.token}`);

  return (
    <section className="card created-card" aria-labelledby="created-title">
      <p className="eyebrow eyebrow--success">Board created</p>
      <h2 id="created-title" className="card__title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p className="muted">
        Share these links. Each one opens the board with its role, and people add their name when they join. Anyone with a link can
        open the board, so share each only with the people it is for.
      </p>
      <InviteLinks invites={board.invites} />
      <div className="form-actions form-actions--split">
        <button type="button" className="button button--primary button--large" onClick={openAsLead}>
          Open as Lead Reviewer
        </button>
        <button type="button" className="button button--ghost" onClick={onCreateAnother}>
          Create another board
        </button>
      </div>
    </section>
  );
}
