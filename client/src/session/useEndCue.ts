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
  const [flashing, setFlashing] = useState(false);
  useEffect(() => {
    if (previous.current === segmentKey) return;
    const hadSegment = previous.current !== null;
    previous.current = segmentKey;
    if (!hadSegment) return;
    if (soundOn) playChime();
    setFlashing(true);
    const timeout = window.setTimeout(() => setFlashing(false), flashMs);
    return () => window.clearTimeout(timeout);
  }, [segmentKey, soundOn]);
  return flashing;
}
