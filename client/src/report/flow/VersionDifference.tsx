import { useMemo } from 'react';
import { reportDifference, type DifferenceLine } from '@washup/shared/report';
import type { FinalReport } from '@washup/shared/reportFlow';

/** Unchanged lines kept on each side of a change, so a change is read in its place. */
const context = 2;

type Shown = DifferenceLine | { change: 'gap'; count: number };

/** The difference with long unchanged stretches folded into "… N unchanged lines". */
function folded(lines: readonly DifferenceLine[]): Shown[] {
  const near = lines.map((line, at) => line.change !== 'same' || lines.slice(Math.max(0, at - context), at + context + 1).some((other) => other.change !== 'same'));
  const shown: Shown[] = [];
  let hidden = 0;
  lines.forEach((line, at) => {
    if (near[at]) {
      if (hidden > 0) shown.push({ change: 'gap', count: hidden });
      hidden = 0;
      shown.push(line);
    } else hidden += 1;
  });
  if (hidden > 0) shown.push({ change: 'gap', count: hidden });
  return shown;
}

const marks = { added: '+', removed: '−', same: ' ' } as const;
const spoken = { added: 'Added: ', removed: 'Removed: ', same: '' } as const;

/** What changed in the host's copy since a final version, line by line. */
export function VersionDifference({ before, afterText }: { before: FinalReport; afterText: string }) {
  const shown = useMemo(() => folded(reportDifference(before.markdown, afterText)), [before.markdown, afterText]);
  return (
    <figure className="version-difference" aria-label={`Changes since version ${before.version}`}>
      <figcaption className="muted">Lines removed since version {before.version} are struck through; lines added are marked +.</figcaption>
      <ol className="version-difference__lines">
        {shown.map((line, at) =>
          line.change === 'gap' ? (
            <li key={at} className="version-difference__gap">
              … {line.count} unchanged {line.count === 1 ? 'line' : 'lines'}
            </li>
          ) : (
            <li key={at} className="version-difference__line" data-change={line.change}>
              <span aria-hidden="true" className="version-difference__mark">
                {marks[line.change]}
              </span>
              <span className="visually-hidden">{spoken[line.change]}</span>
              {line.change === 'removed' ? <del>{line.text || ' '}</del> : line.change === 'added' ? <ins>{line.text || ' '}</ins> : line.text || ' '}
            </li>
          ),
        )}
      </ol>
    </figure>
  );
}
