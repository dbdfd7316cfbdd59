import { useSoundSetting } from './useSoundSetting';

/** Mutes or unmutes the chime on this device only. */
export function SoundToggle() {
  const [on, setOn] = useSoundSetting();
  return (
    <button type="button" className="button button--ghost button--small" aria-pressed={!on} onClick={() => setOn(!on)}>
      {on ? 'Mute chime on this device' : 'Chime muted — unmute'}
    </button>
  );
}
