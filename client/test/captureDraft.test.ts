import { describe, expect, it } from 'vitest';
import { draftContent, nextDraft, startDraft, withoutEmptyFields } from '../src/capture/captureDraft';
import type { CaptureMemory } from '../src/capture/captureMemory';

const memory: CaptureMemory = { activity: 'learning walk', site: 'Juniors', keyQuestionIds: ['q1'], sites: ['Juniors'] };

describe('the capture draft', () => {
  it('starts a new card from the source this device used last', () => {
    expect(startDraft(undefined, memory)).toMatchObject({ observation: '', activity: 'learning walk', site: 'Juniors', keyQuestionIds: ['q1'], valence: 'neutral' });
  });

  it('keeps the source and clears the content for the next card of a walk', () => {
    const draft = { ...startDraft(undefined, memory), observation: 'Calm corridors', interpretation: 'Routines', stakeholder: 'pupils' as const, counterEvidence: true, valence: 'strength' as const };
    expect(nextDraft(draft)).toMatchObject({ observation: '', interpretation: '', activity: 'learning walk', stakeholder: 'pupils', site: 'Juniors', keyQuestionIds: ['q1'], valence: 'neutral', counterEvidence: false });
  });

  it('trims the text, turns empty optional fields into "clear it", and drops removed key questions', () => {
    const draft = { ...startDraft(undefined, memory), observation: '  Calm corridors ', interpretation: '  ', site: ' ', keyQuestionIds: ['q1', 'gone'] };
    const content = draftContent(draft, new Set(['q1']));
    expect(content).toMatchObject({ observation: 'Calm corridors', interpretation: undefined, stakeholder: undefined, site: undefined, keyQuestionIds: ['q1'] });
    expect(Object.keys(withoutEmptyFields(content))).not.toContain('interpretation');
  });
});
