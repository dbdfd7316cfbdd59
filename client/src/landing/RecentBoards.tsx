import { useState } from 'react';
import { roleLabels } from '@washup/shared/auth';
import { boardPath } from '../routing/route';
import { listJoinedParticipants } from '../join/participantStore';
import { LinkButton } from '../ui/LinkButton';

/** Boards this device has joined, to go back to without the invite link. */
export function RecentBoards() {
  const [sessions] = useState(listJoinedParticipants);
  if (sessions.length === 0) return null;
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title" className="section-title">
        Your boards on this device
      </h2>
      <ul className="recent__list">
        {sessions.slice(0, 8).map((session) => (
          <li key={session.boardId} className="recent__item">
            <span className="recent__text">
              <span className="recent__title">{session.title ?? 'Untitled board'}</span>
              <span className="recent__meta">
                {roleLabels[session.role]} · joined as {session.name}
              </span>
            </span>
            <LinkButton href={boardPath(session.boardId)}>Open</LinkButton>
          </li>
        ))}
      </ul>
    </section>
  );
}
