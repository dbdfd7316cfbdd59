import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportDifference, type DifferenceLine } from '../../src/report/reportDifference';

const side = (lines: DifferenceLine[], keep: 'added' | 'removed') => lines.filter((line) => line.change === 'same' || line.change === keep).map((line) => line.text);

/** The length of a longest common subsequence, the slow way, for small inputs. */
function commonLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const left of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = left === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

describe('reportDifference', () => {
  it('shows a changed paragraph as that paragraph, in its place', () => {
    const before = ['# Riverside', '', '## Leadership', 'Leaders read daily.', '', '## Provision', 'Good.'].join('\n');
    const after = ['# Riverside', '', '## Leadership', 'Leaders read to pupils daily.', '', '## Provision', 'Good.'].join('\n');
    expect(reportDifference(before, after).filter((line) => line.change !== 'same')).toEqual([
      { change: 'removed', text: 'Leaders read daily.' },
      { change: 'added', text: 'Leaders read to pupils daily.' },
    ]);
    expect(reportDifference(before, before).every((line) => line.change === 'same')).toBe(true);
  });

  it('rebuilds both versions and keeps every line they share (property)', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 30 });
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const difference = reportDifference(a.join('\n'), b.join('\n'));
        expect(side(difference, 'removed')).toEqual(a.join('\n').split('\n'));
        expect(side(difference, 'added')).toEqual(b.join('\n').split('\n'));
        // A shortest edit script keeps a longest common subsequence unchanged.
        expect(difference.filter((line) => line.change === 'same')).toHaveLength(commonLength(a.join('\n').split('\n'), b.join('\n').split('\n')));
      }),
      { numRuns: 500 },
    );
  });

  it('stays bounded on two long, entirely different versions', () => {
    const before = Array.from({ length: 6_000 }, (_, at) => `before ${at}`).join('\n');
    const after = Array.from({ length: 6_000 }, (_, at) => `after ${at}`).join('\n');
    const difference = reportDifference(before, after);
    expect(difference.filter((line) => line.change === 'removed')).toHaveLength(6_000);
    expect(difference.filter((line) => line.change === 'added')).toHaveLength(6_000);
  });
});
