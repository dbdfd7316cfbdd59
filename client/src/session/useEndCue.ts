import { useEffect, useRef, useState } from 'react';
import { playChime } from './chime';
import { useSoundSetting } from './useSoundSetting';

/**
 * Marks the end of a turn or step for everyone at once: when `segmentKey` (who or what is being
 * timed) changes, this device chimes (unless muted here). Returns how many such cues this view has
 * given, so each one can flash afresh. Nothing plays when the view first opens.
 */
export function useEndCue(segmentKey: string | null): number {
  const [soundOn] = useSoundSetting();
  const previous = useRef(segmentKey);
  const [cues, setCues] = useState(0);
  useEffect(() => {
    if (previous.current === segmentKey) return;
    const hadSegment = previous.current !== null;
    previous.current = segmentKey;
    if (!hadSegment) return;
    if (soundOn) playChime();
    setCues((count) => count + 1);
  }, [segmentKey, soundOn]);
  return cues;
}
