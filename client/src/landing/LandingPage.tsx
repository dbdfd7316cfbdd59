import { useEffect, useState } from 'react';
import type { CreateBoardResponse } from '@washup/shared/api';
import { saveInvites } from '../invites/inviteStore';
import { Wordmark } from '../ui/Wordmark';
import { CreateBoardForm } from './CreateBoardForm';
import { CreatedBoard } from './CreatedBoard';
import { JoinCodeForm } from './JoinCodeForm';
import { takeDeletedBoard } from './deletedBoardNotice';
import './deletedNotice.css';
import { RecentBoards } from './RecentBoards';

/** The start page: what Washup is, create a board, and the boards this device already knows. */
export function LandingPage() {
  const [created, setCreated] = useState<{ board: CreateBoardResponse; title: string } | null>(null);
  const [deletedTitle, setDeletedTitle] = useState(takeDeletedBoard);

  useEffect(() => {
    document.title = 'Washup · the peer review wash-up board';
  }, []);

  const onCreated = (board: CreateBoardResponse, title: string) => {
    saveInvites(board.id, board.invites);
    setCreated({ board, title });
  };

  return (
    <div className="landing">
      <header className="topbar">
        <Wordmark />
      </header>
      <main className="landing__main">
        {deletedTitle !== null ? (
          <div className="notice landing__deleted" role="status">
            <p>
              <strong>Board deleted.</strong> {`“${deletedTitle}” and everything on it are gone, for everyone, and from this device.`}
            </p>
            <button type="button" className="button button--ghost button--small" onClick={() => setDeletedTitle(null)}>
              Dismiss
            </button>
          </div>
        ) : null}
        <JoinCodeForm />
        <section className="hero" aria-labelledby="hero-title">
          <p className="eyebrow">Peer review wash-up</p>
          <h1 id="hero-title" className="hero__title">
            From a day of evidence to agreed strengths and next steps.
          </h1>
          <p className="hero__lead">
            One live board for the whole review team, in the room and remote. Capture evidence as you go, cluster it under your
            template's headings, and agree the findings together. It keeps working when the school wifi doesn't.
          </p>
          <ul className="hero__points">
            <li>Invite links for each role: Lead Reviewer, reviewers, host and observers</li>
            <li>Works offline and syncs when you reconnect</li>
            <li>Every change confirmed saved on the server</li>
          </ul>
        </section>
        <div className="landing__panel">
          {created ? (
            <CreatedBoard board={created.board} title={created.title} onCreateAnother={() => setCreated(null)} />
          ) : (
            <CreateBoardForm onCreated={onCreated} />
          )}
        </div>
        <RecentBoards />
      </main>
    </div>
  );
}
