import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * Full screen for one element, for the results on a projector: the browser's own Fullscreen API,
 * so Escape and the browser's controls work as people expect. `supported` is false where the
 * browser (or an iframe) forbids it, and then the button is not shown.
 */
export interface Fullscreen {
  supported: boolean;
  active: boolean;
  toggle: () => void;
}

export function useFullscreen(target: RefObject<HTMLElement | null>): Fullscreen {
  const [active, setActive] = useState(false);
  useEffect(() => {
    const update = () => setActive(document.fullscreenElement !== null && document.fullscreenElement === target.current);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, [target]);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void target.current?.requestFullscreen().catch(() => undefined);
  }, [target]);
  return { supported: document.fullscreenEnabled, active, toggle };
}
