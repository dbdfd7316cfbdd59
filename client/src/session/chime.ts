let context: AudioContext | null = null;

/**
 * A soft two-note chime, synthesised so no audio file has to load on a school's slow wifi.
 * Browsers allow sound only after the person has interacted with the page; before that, the
 * visual cue alone marks the turn's end.
 */
export function playChime(): void {
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume();
    const start = context.currentTime;
    for (const [index, frequency] of [880, 1318.5].entries()) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      const at = start + index * 0.18;
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.9);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 1);
    }
  } catch {
    // No audio device or no Web Audio (a locked-down kiosk): the visual cue still shows.
  }
}
