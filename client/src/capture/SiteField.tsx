import { useId } from 'react';
import { cardSchema } from '@washup/shared/board';

const maxSite = cardSchema.shape.site.unwrap().maxLength ?? 120;

/** Where it was seen (free text), with the sites this device used lately one tap away. */
export function SiteField({ value, recent, onChange }: { value: string; recent: readonly string[]; onChange: (site: string) => void }) {
  const inputId = useId();
  const recentId = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        Site
      </label>
      <input
        id={inputId}
        className="input"
        value={value}
        maxLength={maxSite}
        autoComplete="off"
        aria-describedby={recent.length > 0 ? recentId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {recent.length > 0 ? (
        <div className="chips chips--recent">
          <span className="chips__label" id={recentId}>
            Recent sites
          </span>
          {recent.map((site) => (
            <button key={site} type="button" className="chip-button" aria-pressed={value.trim() === site} onClick={() => onChange(site)}>
              {site}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
