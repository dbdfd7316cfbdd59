import { useLayoutEffect, type RefObject } from 'react';

/** Space left under the canvas, so its border shows and the page does not scroll by a pixel. */
const bottomGap = 8;

/**
 * Sizes an element to reach from where it starts down to the bottom of the window (as the CSS
 * variable `--fill-height`), so the canvas takes the screen under whatever the page puts above
 * it: a phone's header and tabs, or a laptop's toolbar. Measured again when the window or the
 * page above it changes size.
 */
export function useFillToWindowBottom(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const fit = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      element.style.setProperty('--fill-height', `${Math.max(0, window.innerHeight - top - bottomGap)}px`);
    };
    fit();
    const resized = new ResizeObserver(fit);
    resized.observe(document.body);
    window.addEventListener('resize', fit);
    return () => {
      resized.disconnect();
      window.removeEventListener('resize', fit);
    };
  }, [ref]);
}
