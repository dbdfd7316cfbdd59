import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/board/records';
import { reviewerLearningFileName, reviewerLearningMarkdown } from '../../src/report/reviewerLearningMarkdown';

const noon = Date.UTC(2025, 10, 22, 12, 0);

function learning(id: string, overrides: Partial<Card> = {}): Card {
  return {
    id,
    observation: `Observation ${id}`,
    activity: 'lesson visit',
    keyQuestionIds: [],
    valence: 'neutral',
    counterEvidence: false,
    privateLearning: true,
    authorId: 'rev-1',
    authorName: 'Rae',
    capturedAt: noon,
    placement: null,
    ...overrides,
  };
}

function markdown(cards: readonly Card[]): string {
  return reviewerLearningMarkdown({ boardTitle: 'Riverside Academy', participantId: 'rev-1', participantName: 'Rae', cards, exportedAt: noon + 3_600_000, timeZone: 'UTC' });
}

describe('a participant’s own reviewer learning as Markdown', () => {
  it('writes each card’s observation, interpretation, activity and time, oldest first', () => {
    const text = markdown([
      learning('later', { observation: 'Triads in maths', interpretation: 'Try them in our Year 4', activity: 'learning walk', capturedAt: noon + 60_000 }),
      learning('first', { observation: 'Visualisers everywhere' }),
    ]);
    expect(text).toBe(
      [
        '# Reviewer learning: Riverside Academy',
        '',
        'Rae’s own learning to take home, downloaded 22 November 2025. Private: not part of the feedback report.',
        '',
        '## 1. 22 November 2025 at 12:00, lesson visit',
        '',
        '**Observation**',
        '',
        'Visualisers everywhere',
        '',
        '## 2. 22 November 2025 at 12:01, learning walk',
        '',
        '**Observation**',
        '',
        'Triads in maths',
        '',
        '**Interpretation**',
        '',
        'Try them in our Year 4',
        '',
      ].join('\n'),
    );
  });

  it('leaves out shared cards and anyone else’s learning', () => {
    const text = markdown([learning('mine'), learning('shared', { privateLearning: false, observation: 'SHARED' }), learning('theirs', { authorId: 'rev-2', observation: 'THEIRS' })]);
    expect(text).toContain('Observation mine');
    expect(text).not.toMatch(/SHARED|THEIRS/);
  });

  it('says so when there is nothing yet', () => {
    expect(markdown([])).toContain('_No reviewer learning captured yet._');
  });

  it('prints typed text as text: markup, headings and list starts are escaped, line breaks kept as paragraphs', () => {
    const text = markdown([learning('x', { observation: '# Not a heading\n\n- not a list <script>alert(1)</script> **bold**', interpretation: '1. not numbered' })]);
    expect(text).toContain('\\# Not a heading\n\n\\- not a list \\<script\\>alert(1)\\</script\\> \\*\\*bold\\*\\*');
    expect(text).toContain('1\\. not numbered');
    expect(text.split('\n').filter((line) => line.startsWith('#'))).toEqual(['# Reviewer learning: Riverside Academy', '## 1. 22 November 2025 at 12:00, lesson visit']);
  });

  it('writes long text in full and handles many cards', () => {
    const long = 'word '.repeat(800).trim();
    const cards = Array.from({ length: 500 }, (_, index) => learning(`c${index}`, { observation: long, capturedAt: noon + index }));
    const text = markdown(cards);
    expect(text.split(long).length - 1).toBe(500);
    expect(text).toContain('## 500. ');
  });

  it('names the file after the board and the day', () => {
    expect(reviewerLearningFileName('Riverside Académie / Trust', noon, 'UTC')).toBe('riverside-academie-trust-reviewer-learning-2025-11-22.md');
    expect(reviewerLearningFileName('***', noon, 'UTC')).toBe('washup-reviewer-learning-2025-11-22.md');
  });
});
