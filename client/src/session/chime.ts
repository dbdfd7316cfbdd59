let context: AudioContext | null = null;
/** Chimes still sounding; the context is suspended when the last one ends. */
let sounding = 0;

/**
 * A soft two-note chime, synthesised so no audio file has to load on a school's slow wifi.
 * Browsers allow sound only after the person has interacted with the page; before that, the
 * visual cue alone marks the turn's end. Between chimes the context is suspended: a running one
 * renders silence without end, which on five devices in a Council cost the machine a steady few
 * per cent of a core (and a phone its battery) for a sound that lasts a second.
 */
export function playChime(): void {
  try {
    context ??= new AudioContext();
    // Not only when it reads 'suspended': the last chime's suspend() may still be on its way, with
    // the state still 'running', and would hold this chime unplayed. A resume queued after it
    // wins; on a running context it does nothing.
    void context.resume();
    const running = context;
    const start = running.currentTime;
    for (const [index, frequency] of [880, 1318.5].entries()) {
      const oscillator = running.createOscillator();
      const gain = running.createGain();
      const at = start + index * 0.18;
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.9);
      oscillator.connect(gain).connect(running.destination);
      oscillator.start(at);
      oscillator.stop(at + 1);
      if (index === 1) {
        // Counted only once both notes are scheduled, so a failure above cannot leave it running.
        sounding += 1;
        oscillator.onended = () => settle(running);
      }
    }
  } catch {
    // No audio device or no Web Audio (a locked-down kiosk): the visual cue still shows.
  }
}

function settle(running: AudioContext): void {
  sounding -= 1;
  if (sounding === 0) void running.suspend();
}
