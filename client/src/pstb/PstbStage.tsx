import { isPersonRole } from '@washup/shared/auth';
import { pstbIsPaused, pstbOwnerListening, type PstbState } from '@washup/shared/pstb';
import { ClockControls } from '../session/ClockControls';
import { EndCueFlash } from '../session/EndCueFlash';
import { LiveCountdown } from '../session/LiveCountdown';
import { SoundToggle } from '../session/SoundToggle';
import { StatementForm } from '../session/StatementForm';
import { useCatchUpTick } from '../session/useCatchUpTick';
import { useTimeUp } from '../session/useTimeUp';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { ContractForm } from './ContractForm';
import { PstbAdvanceButton } from './PstbAdvanceButton';
import { pstbStageTitles, pstbStepPurpose } from './pstbWording';

/** The shared stage, the same on every device and on the projector: the step, what it is for, the problem and the clock. */
export function PstbStage({ pstb }: { pstb: PstbState }) {
  const { identity } = useBoardConnection();
  const timeUp = useTimeUp(pstb.timer);
  useCatchUpTick('pstb', timeUp && !pstb.overtime, pstb.phase);

  const isLead = identity.role === 'facilitator';
  const isPresenter = identity.participantId === pstb.presenter.id;
  const title = pstbStageTitles[pstb.phase];
  const canStateProblem = (isLead || isPresenter) && (pstb.phase === 'contracting' || pstb.phase === 'problem');

  return (
    <section className={`session-stage pstb-stage${pstb.timer ? '' : ' session-stage--untimed'}`} aria-labelledby="pstb-stage-title" data-phase={pstb.phase}>
      <p className="session-stage__phase" id="pstb-stage-title" data-testid="pstb-phase">
        {title}
      </p>
      <p className="pstb-stage__purpose">{pstbStepPurpose(pstb)}</p>
      {pstb.problem ? (
        <p className="session-stage__question" data-testid="pstb-problem">
          {pstb.problem}
        </p>
      ) : null}
      {pstbOwnerListening(pstb) ? (
        <p className="session-banner" data-testid="owner-listening">
          {isPresenter ? 'You are listening: the team offers ideas, and you choose at the next step' : `${pstb.presenter.name} is listening: offer ideas to the room, not replies to each other`}
        </p>
      ) : null}
      {pstb.overtime ? (
        <p className="session-banner pstb-stage__overtime" role="status">
          Time is up and nothing is chosen yet: {isPresenter ? 'choose at least one idea' : `${pstb.presenter.name} chooses at least one idea`}, then the Lead Reviewer moves on.
        </p>
      ) : null}
      {pstb.timer ? <LiveCountdown timer={pstb.timer} paused={pstbIsPaused(pstb)} label={title} /> : null}
      {/* Beside the countdown on a wide screen: the step's forms and the controls, on the same screen as the clock. */}
      <div className="session-stage__side">
        {isLead && pstb.phase === 'contracting' ? <ContractForm pstb={pstb} /> : null}
        {canStateProblem ? (
          <StatementForm
            saved={pstb.problem}
            request={(problem) => ({ type: 'pstb.setProblem', problem })}
            label="The problem statement"
            refineLabel="Refine the problem"
            placeholder="How do I …?"
            saveLabel="Save the problem"
            className="pstb-stage__form"
          />
        ) : null}
        {isLead ? <PstbAdvanceButton pstb={pstb} /> : null}
        <div className="session-controls">
          {isLead ? <ClockControls process="pstb" timer={pstb.timer} /> : null}
          {isPersonRole(identity.role) ? <SoundToggle /> : null}
        </div>
      </div>
      {/* Each step runs once, so the phase alone says what is being timed. */}
      <EndCueFlash segmentKey={pstb.timer ? pstb.phase : null} />
    </section>
  );
}
