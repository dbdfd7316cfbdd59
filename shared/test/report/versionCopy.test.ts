import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/buildReport';
import { reportCitations } from '../../src/report/narrativeReferences';
import { redactReport } from '../../src/report/redactReport';
import { renderMarkdown } from '../../src/report/renderMarkdown';
import { evidenceAppendixChoices } from '../../src/report/reportChoices';
import { reportCanvasMarkdown } from '../../src/report/reportPicture';
import { versionCitations, versionMarkdown } from '../../src/report/versionCopy';
import { namedBoard, namedBoardArb } from './support/namedBoardArb';
import { generatedAt } from './support/reportBoard';

const picturePart = reportCanvasMarkdown({ kind: 'picture', picture: { png: new Uint8Array([1, 2, 3]), w: 1, h: 1 } }, () => 'AQID');

describe("a final version's copy with the evidence appendix as chosen", () => {
  it('is exactly the live report with that choice, from the agreed text and the numbers kept when it was made final (property)', () => {
    fc.assert(
      fc.property(
        namedBoardArb,
        // Each entry: cite the card with this number, or type "[n]" as plain text (which cites nothing).
        fc.array(fc.record({ number: fc.integer({ min: 1, max: 14 }), typed: fc.boolean() }), { maxLength: 6 }),
        fc.boolean(),
        (spec, citations, withPicture) => {
          const { board, outcomes } = namedBoard(spec);
          const { cardOf } = reportCitations(buildReport(board, { generatedAt }));
          const text = citations
            .map(({ number, typed }) => (typed || !cardOf.has(number) ? `Typed [${number}].` : `See [#${cardOf.get(number)!}].`))
            .join(' ');
          board.put('reportTexts', { id: 'summary', text });
          const copy = (choice: (typeof evidenceAppendixChoices)[number]) =>
            redactReport(buildReport(board, { generatedAt, outcomes, includeInterpretation: spec.includeInterpretation, evidenceAppendix: choice }), spec.rules);
          const after = withPicture ? picturePart : '';
          const agreed = renderMarkdown(copy('all')) + after;
          const kept = versionCitations(1, 'f', copy('cited'));
          for (const choice of evidenceAppendixChoices) {
            expect(versionMarkdown(agreed, choice, kept.cited)).toBe(renderMarkdown(copy(choice)) + after);
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('keeps a text with no appendix as it was, and a heading named "Evidence" in the body is not taken for the appendix', () => {
    expect(versionMarkdown('# Report\n\nNo appendix here.\n', 'none', [])).toBe('# Report\n\nNo appendix here.\n');
    const agreed = [
      '# Report',
      '',
      '## Evidence',
      '',
      'A heading the team named Evidence [1].',
      '',
      '## Evidence',
      '',
      '_Every card the findings rest on, under the numbers the text cites them by._',
      '',
      '- [1] One (lesson visit)',
      '- [2] Two (lesson visit)',
      '',
    ].join('\n');
    expect(versionMarkdown(agreed, 'cited', [2])).toBe(
      '# Report\n\n## Evidence\n\nA heading the team named Evidence [1].\n\n## Evidence cited\n\n_The cards the narrative cites, under the numbers it cites them by; cards it does not cite are left out._\n\n- [2] Two (lesson visit)\n',
    );
    expect(versionMarkdown(agreed, 'none', [2])).toBe('# Report\n\n## Evidence\n\nA heading the team named Evidence [1].\n');
  });
});
