import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/buildReport';
import { agreedCopyText, hostCopyFingerprint, type ReportPictureIdentity } from '../../src/report/hostCopyFingerprint';
import { reportDifference } from '../../src/report/reportDifference';
import { reportPictureHeading } from '../../src/report/reportPicture';
import { addTheme, generatedAt, qaBoard, sourcedCards } from './support/reportBoard';

function hostCopy(day = generatedAt) {
  const board = qaBoard();
  addTheme(board, { id: 'A', headingId: 'lead', lane: 'strengths', order: 'a0', title: 'A strong reading culture', cards: sourcedCards(2, 'Observed') });
  return buildReport(board, { generatedAt: day, outcomes: [], includeFigures: false });
}

const canvas: ReportPictureIdentity = { assetId: 'a'.repeat(64), w: 1200, h: 800 };
const hexId = fc.stringMatching(/^[0-9a-f]{64}$/);
const pixels = fc.integer({ min: 1, max: 100_000 });
const pictureArb = fc.record({ assetId: hexId, w: pixels, h: pixels });

describe('the text agreements are given to', () => {
  it('names the canvas picture the report shows, last, as the exports put it', () => {
    const report = hostCopy();
    const text = agreedCopyText(report, canvas);
    expect(text.endsWith(`\n## ${reportPictureHeading}\n\n*The review team's canvas: evidence cards, notes and drawings as they were arranged: picture aaaaaaaaaaaa, 1200 × 800 pixels.*\n`)).toBe(true);
    expect(agreedCopyText(report, null)).not.toContain(reportPictureHeading);
  });

  it('changes its fingerprint when the picture is put in, taken out, replaced or resized, and not with the date', () => {
    const report = hostCopy();
    const without = hostCopyFingerprint(report, null);
    const withPicture = hostCopyFingerprint(report, canvas);
    expect(withPicture).not.toBe(without);
    expect(hostCopyFingerprint(report, { ...canvas, assetId: 'b'.repeat(64) })).not.toBe(withPicture);
    expect(hostCopyFingerprint(report, { ...canvas, w: 600, h: 400 })).not.toBe(withPicture);
    // The same text and picture agreed on Monday still count as agreed on Tuesday.
    expect(hostCopyFingerprint(hostCopy(generatedAt + 86_400_000), canvas)).toBe(withPicture);
  });

  it('shows a new picture between versions as the picture line removed and the new one added, and nothing else', () => {
    const report = hostCopy();
    const lines = reportDifference(agreedCopyText(report, canvas), agreedCopyText(report, { ...canvas, assetId: `b${'a'.repeat(63)}` }));
    const changed = lines.filter((line) => line.change !== 'same');
    expect(changed.map((line) => [line.change, /picture (\w+)/.exec(line.text)?.[1]])).toEqual([
      ['removed', 'aaaaaaaaaaaa'],
      ['added', 'baaaaaaaaaaa'],
    ]);
  });

  it('tells any two different pictures apart (property)', () => {
    const report = hostCopy();
    fc.assert(
      fc.property(pictureArb, pictureArb, (one, other) => {
        const same = one.assetId.slice(0, 12) === other.assetId.slice(0, 12) && one.w === other.w && one.h === other.h;
        expect(agreedCopyText(report, one) === agreedCopyText(report, other)).toBe(same);
        // The picture never hides the report's own text: it only follows it.
        expect(agreedCopyText(report, one).startsWith(agreedCopyText(report, null))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
