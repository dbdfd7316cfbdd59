import { formatPurgeDate, retentionSentence, useRetention } from './useRetention';

/**
 * A small line in the board's header, for everyone on the board, saying when the relay deletes it
 * (nothing when it is kept until someone deletes it). Screen readers get the whole sentence.
 */
export function RetentionNote() {
  const { retention, purgeAt } = useRetention();
  if (!retention) return null;
  // "Kept until", not "Deleted": a date beside the board's title must not read as a deletion that happened.
  const short =
    retention.kind === 'onDate'
      ? `Kept until ${formatPurgeDate(retention.purgeAt)}`
      : purgeAt === null
        ? `Kept ${retention.days} days after its last change`
        : `Kept until at least ${formatPurgeDate(purgeAt)}`;
  const sentence = retentionSentence(retention, purgeAt);
  return (
    <p className="retention-note" title={sentence}>
      <span aria-hidden="true">{short}</span>
      <span className="visually-hidden">{`Retention: ${sentence}`}</span>
    </p>
  );
}
