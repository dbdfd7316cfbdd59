import { useSoundSetting } from './useSoundSetting';

/** Mutes or unmutes the chime on this device only; `short` words it for a banner on a phone. */
export function SoundToggle({ short = false }: { short?: boolean }) {
  const [on, setOn] = useSoundSetting();
  const words = short ? (on ? 'Mute chime' : 'Unmute chime') : on ? 'Mute chime on this device' : 'Chime muted — unmute';
  return (
    <button type="button" className="button button--ghost button--small" aria-pressed={!on} onClick={() => setOn(!on)}>
      {words}
    </button>
  );
}
