import type { Triangulation } from '@washup/shared/board';

const dimensions = [
  { key: 'activities', one: 'activity', many: 'activities' },
  { key: 'stakeholders', one: 'group', many: 'groups' },
  { key: 'reviewers', one: 'reviewer', many: 'reviewers' },
  { key: 'sites', one: 'site', many: 'sites' },
] as const;

/**
 * How many independent sources a theme rests on: distinct activities, stakeholder groups,
 * reviewers and sites, each drawn as up to three pips, with a plain warning when it is one source
 * and a marker when some card points the other way.
 */
export function TriangulationMeter({ triangulation }: { triangulation: Triangulation }) {
  return (
    <div className="triangulation">
      <ul className="triangulation__counts" aria-label="Triangulation">
        {dimensions.map(({ key, one, many }) => {
          const count = triangulation[key].length;
          return (
            <li key={key} className="triangulation__count" data-level={Math.min(count, 3)}>
              <span className="triangulation__pips" aria-hidden="true">
                <i />
                <i />
                <i />
              </span>
              <strong>{count}</strong> {count === 1 ? one : many}
            </li>
          );
        })}
      </ul>
      {triangulation.singleSource || triangulation.counterEvidence ? (
        <p className="triangulation__flags">
          {triangulation.singleSource ? <span className="flag flag--warning">Single source: find corroboration</span> : null}
          {triangulation.counterEvidence ? <span className="flag flag--counter">Counter-evidence present</span> : null}
        </p>
      ) : null}
    </div>
  );
}
