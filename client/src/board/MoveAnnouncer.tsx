import { dismissAnnouncement, useAnnouncement } from './announcements';

/** Reads out where a card or theme went; shows, as well, a move the board refused. */
export function MoveAnnouncer() {
  const announcement = useAnnouncement();
  return (
    <>
      <p className="visually-hidden" role="status">
        {announcement && !announcement.failed ? announcement.text : ''}
      </p>
      {announcement?.failed ? (
        <div className="move-refused" role="alert">
          <p>{announcement.text}</p>
          <button type="button" className="button button--ghost button--small" onClick={dismissAnnouncement}>
            Dismiss
          </button>
        </div>
      ) : null}
    </>
  );
}
