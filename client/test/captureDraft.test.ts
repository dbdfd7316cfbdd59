import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftContent, lastQuestions, nextDraft, startDraft, toggleQuestion, withoutEmptyFields, type CaptureDraft } from '../src/capture/captureDraft';
import type { CaptureMemory } from '../src/capture/captureMemory';

const memory: CaptureMemory = { activity: 'learning walk', site: 'Juniors', keyQuestionIds: ['q1'], sites: ['Juniors'] };

describe('the capture draft', () => {
  it('starts a new card from the source this device used last, with no question ticked', () => {
    expect(startDraft(undefined, memory)).toMatchObject({ observation: '', activity: 'learning walk', site: 'Juniors', keyQuestionIds: [], valence: 'neutral' });
  });

  it('offers the last card\'s questions that still exist, only while none is ticked', () => {
    const known = new Set(['q1', 'q2']);
    const draft = startDraft(undefined, { ...memory, keyQuestionIds: ['q2', 'gone', 'q1'] });
    expect(lastQuestions(draft, { ...memory, keyQuestionIds: ['q2', 'gone', 'q1'] }, known)).toEqual(['q2', 'q1']);
    expect(lastQuestions(toggleQuestion(draft, 'q1'), memory, known)).toEqual([]);
    expect(lastQuestions(draft, { ...memory, keyQuestionIds: ['gone'] }, known)).toEqual([]);
  });

  it('keeps the source and clears the content for the next card of a walk', () => {
    const draft = { ...startDraft(undefined, memory), observation: 'Calm corridors', interpretation: 'Routines', stakeholder: 'pupils' as const, counterEvidence: true, valence: 'strength' as const };
    expect(nextDraft({ ...draft, keyQuestionIds: ['q1'] })).toMatchObject({ observation: '', interpretation: '', activity: 'learning walk', stakeholder: 'pupils', site: 'Juniors', keyQuestionIds: [], valence: 'neutral', counterEvidence: false });
  });

  it('trims the text, turns empty optional fields into "clear it", and drops removed key questions', () => {
    const draft = { ...startDraft(undefined, memory), observation: '  Calm corridors ', interpretation: '  ', site: ' ', keyQuestionIds: ['q1', 'gone'] };
    const content = draftContent(draft, new Set(['q1']));
    expect(content).toMatchObject({ observation: 'Calm corridors', interpretation: undefined, stakeholder: undefined, site: undefined, keyQuestionIds: ['q1'] });
    expect(Object.keys(withoutEmptyFields(content))).not.toContain('interpretation');
  });
});

type Step = { kind: 'tick'; questionId: string } | { kind: 'add' } | { kind: 'sameAsLast' };

const questionIds = ['q1', 'q2', 'q3'];
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.constantFrom(...questionIds).map((questionId) => ({ kind: 'tick' as const, questionId })), weight: 4 },
  { arbitrary: fc.constant({ kind: 'add' as const }), weight: 2 },
  { arbitrary: fc.constant({ kind: 'sameAsLast' as const }), weight: 1 },
);

describe('the capture draft (property)', () => {
  it('saves exactly the questions shown ticked at Add, and no tick carries over to the next card unasked', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        const known = new Set(questionIds);
        let remembered: CaptureMemory = { ...memory, keyQuestionIds: [] };
        let draft: CaptureDraft = startDraft(undefined, remembered);
        // The oracle: which chips a person sees ticked, kept independently of the draft's own list.
        let shown = new Set<string>();
        for (const step of steps) {
          if (step.kind === 'tick') {
            draft = toggleQuestion(draft, step.questionId);
            if (shown.has(step.questionId)) shown.delete(step.questionId);
            else shown.add(step.questionId);
          } else if (step.kind === 'sameAsLast') {
            const offered = lastQuestions(draft, remembered, known);
            if (offered.length > 0) {
              draft = { ...draft, keyQuestionIds: offered };
              shown = new Set(offered);
            }
          } else {
            const saved = draftContent({ ...draft, observation: 'seen' }, known).keyQuestionIds;
            expect(new Set(saved)).toEqual(shown);
            expect(saved.length).toBe(shown.size);
            remembered = { ...remembered, keyQuestionIds: saved };
            draft = nextDraft(draft);
            shown = new Set();
            expect(draft.keyQuestionIds).toEqual([]);
          }
          expect(new Set(draft.keyQuestionIds)).toEqual(shown);
        }
      }),
      { numRuns: 300 },
    );
  });
});
