import { useEffect, useRef, useState } from 'react';
import { currentCues, newCues, type BoardViewId, type PhaseCue } from '@washup/shared/room';
import { navigate } from '../routing/navigate';
import { boardPath } from '../routing/route';
import { playChime } from '../session/chime';
import { SoundToggle } from '../session/SoundToggle';
import { useSoundSetting } from '../session/useSoundSetting';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useServerNow } from '../sync/useServerNow';
import { useRoomState } from './useRoomState';

/** How long a banner stays unless dismissed: long enough to notice across a room. */
const bannerMs = 20_000;

/**
 * Tells everyone on the board that a phase began: a vote opened or has one minute left, a Council
 * or PSTB session started, or it is your turn to speak. A banner and the chime (unless muted on
 * this device); nothing rings for what was already under way when the board opened.
 */
export function PhaseBanner({ view }: { view: BoardViewId | null }) {
  const { boardId, identity } = useBoardConnection();
  const state = useRoomState();
  const now = useServerNow(1000);
  const [soundOn] = useSoundSetting();
  const cues = currentCues(state, now, identity.participantId || null, identity.role === 'facilitator');
  const cueKey = cues.map((cue) => `${cue.kind}:${cue.key}`).join('|');
  const seen = useRef<PhaseCue[] | null>(null);
  // Read when the cues change, so that muting or a new clock reading never announces anything again.
  const latest = useRef({ cues, soundOn });
  latest.current = { cues, soundOn };
  const [shown, setShown] = useState<PhaseCue | null>(null);

  useEffect(() => {
    const before = seen.current;
    seen.current = latest.current.cues;
    if (before === null) return;
    const fresh = newCues(before, latest.current.cues).at(-1);
    if (!fresh) return;
    setShown(fresh);
    if (latest.current.soundOn) playChime();
  }, [cueKey]);

  // A banner whose moment is over (the vote closed, the turn ended) goes at once.
  const stillHolds = shown !== null && cues.some((cue) => cue.kind === shown.kind && cue.key === shown.key);
  useEffect(() => {
    if (shown && !stillHolds) setShown(null);
  }, [shown, stillHolds]);

  useEffect(() => {
    if (!shown) return;
    const timeout = window.setTimeout(() => setShown(null), bannerMs);
    return () => window.clearTimeout(timeout);
  }, [shown]);

  return (
    <div className="phase-banner-region" role="status" aria-live="polite">
      {shown ? (
        <div className="phase-banner" data-testid="phase-banner" data-kind={shown.kind}>
          <p className="phase-banner__message">{shown.message}</p>
          {/* The screen link (no view of its own) shows the message alone: nobody clicks a projector. */}
          {view !== null ? (
            <div className="phase-banner__actions">
              {view !== shown.view ? (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    navigate(boardPath(boardId, shown.view));
                    setShown(null);
                  }}
                >
                  Show me
                </button>
              ) : null}
              <SoundToggle short />
              <button type="button" className="button button--ghost button--small" onClick={() => setShown(null)}>
                Dismiss
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
