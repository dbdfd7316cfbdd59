import type { Triangulation } from '@washup/shared';

/** How many independent sources a theme rests on, with a plain warning when it is only one. */
export function TriangulationMeter({ triangulation }: { triangulation: Triangulation }) {
  const counts = [
    ['activities', triangulation.activities.length],
    ['groups', triangulation.stakeholders.length],
    ['reviewers', triangulation.reviewers.length],
    ['sites', triangulation.sites.length],
  ] as const;
  return (
    <div className="triangulation" aria-label="Triangulation">
      {counts.map(([name, count]) => (
        <span key={name} className="triangulation__count" data-strong={count >= 2 || undefined}>
          <strong>{count}</strong> {count === 1 ? name.replace(/ies$/, 'y').replace(/s$/, '') : name}
        </span>
      ))}
      {triangulation.singleSource ? <span className="triangulation__warning">Single source</span> : null}
      {triangulation.counterEvidence ? <span className="triangulation__counter">Counter-evidence present</span> : null}
    </div>
  );
}
