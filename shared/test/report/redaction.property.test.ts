import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/buildReport';
import { redactReport } from '../../src/report/redactReport';
import { renderMarkdown } from '../../src/report/renderMarkdown';
import { namedBoard, namedBoardArb } from './support/namedBoardArb';
import { survivingNames } from './support/nameOracle';
import { generatedAt } from './support/reportBoard';

describe('redaction (property)', () => {
  it('leaves no listed name in the Markdown export, nor in any string of the redacted report', () => {
    fc.assert(
      fc.property(namedBoardArb, (spec) => {
        const { board, outcomes } = namedBoard(spec);
        const { rules, includeInterpretation } = spec;
        const names = rules.map((rule) => rule.name);
        const plain = buildReport(board, { generatedAt, outcomes, includeInterpretation });
        // The generator really put names in: otherwise the property would pass vacuously.
        expect(survivingNames(renderMarkdown(plain), names).length).toBeGreaterThan(0);
        const redacted = redactReport(plain, rules);
        expect(survivingNames(renderMarkdown(redacted), names)).toEqual([]);
        expect(survivingNames(JSON.stringify(redacted), names)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
