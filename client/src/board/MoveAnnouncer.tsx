import { ErrorAlert } from '../ui/ErrorAlert';
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
        <ErrorAlert className="move-refused" onDismiss={dismissAnnouncement}>
          <p>{announcement.text}</p>
        </ErrorAlert>
      ) : null}
    </>
  );
}
