import { councilLocationSchema, type CouncilLocation } from '@washup/shared/council';

export interface PlannedSpeaker {
  id: string;
  name: string;
  location: CouncilLocation;
  included: boolean;
}

interface SpeakingOrderEditorProps {
  speakers: readonly PlannedSpeaker[];
  onChange: (speakers: PlannedSpeaker[]) => void;
  /** Set-up may leave someone out; once the session runs, only the order changes. */
  fixedMembers?: boolean;
}

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * The speaking order, one direction round the room with remote people placed in it like everyone
 * else. Buttons, not dragging, so it works by keyboard and on a phone.
 */
export function SpeakingOrderEditor({ speakers, onChange, fixedMembers = false }: SpeakingOrderEditorProps) {
  const update = (index: number, change: Partial<PlannedSpeaker>) => onChange(speakers.map((speaker, at) => (at === index ? { ...speaker, ...change } : speaker)));
  return (
    <fieldset className="speaking-order">
      <legend className="field__label">Speaking order</legend>
      <ol className="speaking-order__list">
        {speakers.map((speaker, index) => (
          <li key={speaker.id} className={`speaking-order__row${speaker.included ? '' : ' speaking-order__row--out'}`}>
            <span className="speaking-order__position" aria-hidden="true">
              {index + 1}
            </span>
            {fixedMembers ? (
              <span className="speaking-order__name">{speaker.name}</span>
            ) : (
              <label className="check speaking-order__name">
                <input type="checkbox" checked={speaker.included} onChange={(event) => update(index, { included: event.target.checked })} />
                {speaker.name}
              </label>
            )}
            {fixedMembers ? (
              <span className="muted">{speaker.location === 'remote' ? 'Remote' : 'In the room'}</span>
            ) : (
              <select className="input input--compact" aria-label={`Where ${speaker.name} is`} value={speaker.location} onChange={(event) => update(index, { location: councilLocationSchema.parse(event.target.value) })}>
                <option value="inRoom">In the room</option>
                <option value="remote">Remote</option>
              </select>
            )}
            <span className="speaking-order__moves">
              <button type="button" className="button button--small button--ghost" aria-label={`Move ${speaker.name} earlier`} disabled={index === 0} onClick={() => onChange(moved(speakers, index, index - 1))}>
                ↑
              </button>
              <button
                type="button"
                className="button button--small button--ghost"
                aria-label={`Move ${speaker.name} later`}
                disabled={index === speakers.length - 1}
                onClick={() => onChange(moved(speakers, index, index + 1))}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
