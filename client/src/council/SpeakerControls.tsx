import type { CouncilState } from '@washup/shared/council';
import { useCommand } from '../commands/useCommand';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ErrorAlert } from '../ui/ErrorAlert';

/**
 * Ends the current turn. The speaker may do it from their own device; the Lead Reviewer may do it
 * for anyone, and may also skip someone who cannot speak just now (they still get their second
 * chance). Each command names the speaker, so a late click cannot end the next person's turn.
 */
export function SpeakerControls({ council, speakerId }: { council: CouncilState; speakerId: string }) {
  const { identity } = useBoardConnection();
  const command = useCommand();
  const isSpeaker = identity.participantId === speakerId;
  const isLead = identity.role === 'facilitator';
  if (!isSpeaker && !isLead) return null;
  const name = council.participants.find((participant) => participant.id === speakerId)?.name ?? 'the speaker';
  return (
    <div className="session-controls" role="group" aria-label="This turn">
      <button type="button" className="button button--primary button--large" disabled={command.busy} onClick={() => command.send({ type: 'council.done', speakerId })}>
        {isSpeaker ? "I'm done" : `${name} is done`}
      </button>
      <button type="button" className="button button--secondary button--large" disabled={command.busy} onClick={() => command.send({ type: 'council.pass', speakerId })}>
        {isSpeaker ? 'Pass' : `${name} passes`}
      </button>
      {isLead && council.current?.attempt === 'first' ? (
        <button type="button" className="button button--ghost" disabled={command.busy} onClick={() => command.send({ type: 'council.skip', speakerId })}>
          Skip {name} for now
        </button>
      ) : null}
      {command.error ? <ErrorAlert>{command.error}</ErrorAlert> : null}
    </div>
  );
}
