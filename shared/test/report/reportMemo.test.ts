import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editThemeSummary } from '../../src/board/themeOps';
import { migrateNarrative, narrativeText } from '../../src/board/narrative';
import { reportCitations } from '../../src/report/narrativeReferences';
import { buildReport } from '../../src/report/buildReport';
import { redactedReport, type ReportInputs } from '../../src/report/redactedReport';
import { addRedaction } from '../../src/report/redactionList';
import { evidenceAppendixChoices } from '../../src/report/reportChoices';
import { memoisedRedactedReport } from '../../src/report/reportMemo';
import { namedBoard, namedBoardArb } from './support/namedBoardArb';
import { generatedAt } from './support/reportBoard';

/** One change a person makes while the Report tab is open: a keystroke in a part, or a change to the board's records. */
const editArb = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), part: fc.constantFrom('summary' as const, 'context' as const, 'heading:named' as const, 'heading:aoe' as const), text: fc.string({ maxLength: 6 }), cite: fc.nat(12) }),
  fc.record({ kind: fc.constant('wording' as const), theme: fc.nat(3), text: fc.string({ minLength: 1, maxLength: 20 }) }),
  fc.record({ kind: fc.constant('redact' as const), name: fc.constantFrom('Summary', 'Typed', 'Observation'), replacement: fc.constantFrom('someone', 'a teacher') }),
  fc.record({ kind: fc.constant('choice' as const), appendix: fc.constantFrom(...evidenceAppendixChoices), figures: fc.boolean() }),
  fc.record({ kind: fc.constant('clock' as const), days: fc.nat(2) }),
);

describe('the report remembered between keystrokes', () => {
  it('is the same report redactedReport builds, after every keystroke, record change, choice and day (property)', () => {
    fc.assert(
      fc.property(namedBoardArb, fc.array(editArb, { maxLength: 12 }), (spec, edits) => {
        const { board } = namedBoard(spec);
        migrateNarrative(board, null);
        const memo = memoisedRedactedReport();
        let inputs: ReportInputs = { votes: null, council: undefined, pstb: undefined, now: generatedAt, includeInterpretation: spec.includeInterpretation, includeFigures: false };
        for (const edit of edits) {
          if (edit.kind === 'type') {
            const { cardOf } = reportCitations(buildReport(board, { generatedAt }));
            const card = cardOf.get(edit.cite);
            narrativeText(board.doc, edit.part).insert(0, card ? `${edit.text} [#${card}]` : `${edit.text} [${edit.cite}]`);
          } else if (edit.kind === 'wording') {
            const theme = board.list('themes')[edit.theme];
            if (theme) editThemeSummary(board, theme.id, edit.text);
          } else if (edit.kind === 'redact') {
            if (!board.list('redactions').some((rule) => rule.name === edit.name)) addRedaction(board, { name: edit.name, replacement: edit.replacement });
          } else if (edit.kind === 'choice') {
            inputs = { ...inputs, evidenceAppendix: edit.appendix, includeFigures: edit.figures };
          } else {
            inputs = { ...inputs, now: inputs.now + edit.days * 86_400_000 + 1 };
          }
          expect(memo(board, inputs)).toEqual(redactedReport(board, inputs));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reuses the findings across a keystroke, and builds them again when a record changes', () => {
    const { board } = namedBoard(fc.sample(namedBoardArb, { numRuns: 1, seed: 7 })[0]!);
    migrateNarrative(board, null);
    const memo = memoisedRedactedReport();
    const inputs: ReportInputs = { votes: null, council: undefined, pstb: undefined, now: generatedAt, includeInterpretation: false, includeFigures: false };
    const before = memo(board, inputs);
    narrativeText(board.doc, 'summary').insert(0, 'W');
    const typed = memo(board, inputs);
    expect(typed.narrative.summary).toBe('W');
    expect(typed.sections[0]?.lanes).toBe(before.sections[0]?.lanes);
    editThemeSummary(board, board.list('themes')[0]!.id, 'Reworded');
    expect(memo(board, inputs).sections[0]?.lanes).not.toBe(before.sections[0]?.lanes);
  });
});
