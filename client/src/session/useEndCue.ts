import { useEffect, useRef, useState } from 'react';
import { playChime } from './chime';
import { useSoundSetting } from './useSoundSetting';

const flashMs = 1500;

/**
 * Marks the end of a turn or step for everyone at once: when `segmentKey` (who or what is being
 * timed) changes, this device chimes (unless muted here) and the returned flag is true for a
 * moment so the view can flash. Nothing plays when the view first opens.
 */
export function useEndCue(segmentKey: string | null): boolean {
  const [soundOn] = useSoundSetting();
  const previous = useRef(segmentKey);
  /** How many cues this view has given; each one (re)starts the flash's moment. */
  const [cues, setCues] = useState(0);
  const [flashing, setFlashing] = useState(false);
  useEffect(() => {
    if (previous.current === segmentKey) return;
    const hadSegment = previous.current !== null;
    previous.current = segmentKey;
    if (!hadSegment) return;
    if (soundOn) playChime();
    setFlashing(true);
    setCues((count) => count + 1);
  }, [segmentKey, soundOn]);
  // The flash ends on its own clock, not on the key's: a step that moves on within the moment (the
  // Lead Reviewer starting round 1 straight after the question) must not cancel the flash's end
  // and leave it on, which swallowed the next turn's flash on every device.
  useEffect(() => {
    if (cues === 0) return;
    const timeout = window.setTimeout(() => setFlashing(false), flashMs);
    return () => window.clearTimeout(timeout);
  }, [cues]);
  return flashing;
}
