import type { Page } from '@playwright/test';

/** What a page noted of its end-of-turn cues, from `watchEndCues` on. */
interface EndCueWindow {
  washupEndCues?: {
    /** Each flash of the session stage: the properties its animation moves. */
    flashes: string[][];
    /** Every AudioContext that has played a chime. */
    audio: Set<BaseAudioContext>;
  };
}

/**
 * From now on, the page notes each flash of the session stage with what its animation moves, and
 * every AudioContext that plays a chime (the page's own, only watched), so a spec can check that
 * the cue is cheap to draw and that the sound is switched off after it.
 */
export async function watchEndCues(page: Page): Promise<void> {
  await page.evaluate(() => {
    const watched: NonNullable<EndCueWindow['washupEndCues']> = { flashes: [], audio: new Set() };
    (window as Window & EndCueWindow).washupEndCues = watched;
    const createOscillator = BaseAudioContext.prototype.createOscillator;
    BaseAudioContext.prototype.createOscillator = function (this: BaseAudioContext) {
      watched.audio.add(this);
      return createOscillator.call(this);
    };
    // Each flash is an element of its own: note every one not seen before, wherever it appears.
    const flashes = () => Array.from(document.querySelectorAll('.session-stage__flash'));
    const seen = new WeakSet<Element>(flashes());
    new MutationObserver(() => {
      for (const flash of flashes()) {
        if (seen.has(flash)) continue;
        seen.add(flash);
        const moved = flash
          .getAnimations()
          .flatMap((animation) => (animation.effect instanceof KeyframeEffect ? animation.effect.getKeyframes() : []))
          .flatMap((keyframe) => Object.keys(keyframe).filter((key) => !['offset', 'computedOffset', 'easing', 'composite'].includes(key)));
        watched.flashes.push([...new Set(moved)].sort());
      }
    }).observe(document.body, { subtree: true, childList: true });
  });
}

/** The flashes the page noted, and the state of each AudioContext that played a chime. */
export async function endCues(page: Page): Promise<{ flashes: string[][]; audio: AudioContextState[] }> {
  return page.evaluate(() => {
    const watched = (window as Window & EndCueWindow).washupEndCues;
    return { flashes: watched?.flashes ?? [], audio: [...(watched?.audio ?? [])].map((context) => context.state) };
  });
}
