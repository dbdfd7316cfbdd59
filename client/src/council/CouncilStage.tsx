import { isPersonRole } from '@washup/shared/auth';
import { councilCurrentSpeaker, councilIsPaused, councilNextSpeaker, councilPresenterListening, councilRoundProgress, type CouncilState } from '@washup/shared/council';
import { ClockControls } from '../session/ClockControls';
import { EndCueFlash } from '../session/EndCueFlash';
import { LiveCountdown } from '../session/LiveCountdown';
import { SoundToggle } from '../session/SoundToggle';
import { StatementForm } from '../session/StatementForm';
import { useCatchUpTick } from '../session/useCatchUpTick';
import { useTimeUp } from '../session/useTimeUp';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { CouncilLeadControls } from './CouncilLeadControls';
import { councilSegmentKey, councilStageTitle } from './councilWording';
import { SpeakerControls } from './SpeakerControls';

const locationLabel = { inRoom: 'in the room', remote: 'remote' } as const;

/** The shared stage, the same on every device and on the projector. */
export function CouncilStage({ council }: { council: CouncilState }) {
  const { identity } = useBoardConnection();
  const timeUp = useTimeUp(council.timer);
  const segmentKey = councilSegmentKey(council);
  useCatchUpTick('council', timeUp, segmentKey);

  const speaker = councilCurrentSpeaker(council);
  const next = councilNextSpeaker(council);
  const progress = councilRoundProgress(council);
  const isLead = identity.role === 'facilitator';
  const isPresenter = identity.participantId === council.presenter.id;
  const timedLabel = speaker ? `${speaker.name}'s turn` : council.phase === 'freshThinking' ? 'Fresh thinking' : "Presenter's thinking";
  const owed = progress.passes - progress.revisitsTaken;

  return (
    <section className={`session-stage${council.timer ? '' : ' session-stage--untimed'}`} aria-labelledby="council-stage-title" data-phase={council.phase}>
      <p className="session-stage__phase" id="council-stage-title" data-testid="council-phase">
        {councilStageTitle(council)}
      </p>
      {council.question ? <p className="session-stage__question">{council.question}</p> : null}
      {councilPresenterListening(council) ? (
        <p className="session-banner" data-testid="presenter-listening">
          {isPresenter ? 'You are listening: no replies until the session moves to selection' : `${council.presenter.name} is listening: speak to the question, not to each other`}
        </p>
      ) : null}
      {council.timer ? <LiveCountdown timer={council.timer} paused={councilIsPaused(council)} label={timedLabel} /> : null}
      {/* Beside the countdown on a wide screen: who speaks, and the controls, on the same screen as the clock. */}
      <div className="session-stage__side">
        {speaker ? (
          <div className="council-floor">
            <p className="council-floor__now" data-testid="council-speaker">
              <span className="muted">Speaking</span> <strong>{speaker.name}</strong>{' '}
              <span className="muted">({locationLabel[speaker.location]})</span>
              {council.current?.attempt === 'revisit' ? <span className="council-floor__badge">Second chance</span> : null}
            </p>
            <p className="council-floor__next" data-testid="council-next">
              {next ? (
                <>
                  <span className="muted">Next</span> {next.name}
                </>
              ) : (
                <span className="muted">Last turn of the round</span>
              )}
            </p>
            <p className="muted" data-testid="council-progress">
              Turn {Math.min(progress.firstTurnsTaken + (council.current?.attempt === 'first' ? 1 : 0), progress.participantCount)} of {progress.participantCount}
              {owed > 0 ? ` · ${owed} pass${owed === 1 ? '' : 'es'} to come back to` : ''}
            </p>
          </div>
        ) : null}
        {council.phase === 'contracting' ? (
          <p className="council-contract">
            {council.participants.length} speakers, {council.rounds} round{council.rounds === 1 ? '' : 's'}, {council.settings.turnMs / 1000} seconds each. Everyone speaks in turn
            without interruption, or passes; those who pass are asked again at the end of the round.
          </p>
        ) : null}
        {speaker && council.current ? <SpeakerControls council={council} speakerId={speaker.id} /> : null}
        {/* The clock right under the turn's buttons: the Lead's most used controls stay on the first screen. */}
        <div className="session-controls">
          {isLead ? <ClockControls process="council" timer={council.timer} /> : null}
          {isPersonRole(identity.role) ? <SoundToggle /> : null}
        </div>
        {(isLead || isPresenter) && ['presenterThinking', 'question', 'freshThinking'].includes(council.phase) ? (
          <StatementForm
            saved={council.question}
            request={(question) => ({ type: 'council.setQuestion', question })}
            label="The presenter's question"
            refineLabel="Refine the question"
            placeholder="How can we…?"
            saveLabel="Save the question"
            className="council-question"
          />
        ) : null}
        {isLead ? <CouncilLeadControls council={council} /> : null}
      </div>
      <EndCueFlash segmentKey={council.timer ? segmentKey : null} />
    </section>
  );
}
