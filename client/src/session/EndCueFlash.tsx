import { useEndCue } from './useEndCue';

/**
 * The end of a turn or step, inside the session stage: the chime, and a ring of colour round the
 * stage that fades, for those who cannot hear it.
 */
export function EndCueFlash({ segmentKey }: { segmentKey: string | null }) {
  const cues = useEndCue(segmentKey);
  // A new element for every cue, so each flash runs from its start and ends on its own. A class
  // toggled on the stage could not restart: a turn ended within the last flash's moment (Round 1
  // started straight after the question, under load) showed no flash at all.
  return cues === 0 ? null : <span key={cues} className="session-stage__flash" aria-hidden="true" />;
}
