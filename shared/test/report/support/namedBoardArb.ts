import fc from 'fast-check';
import type { BoardDoc } from '../../../src/board/boardDoc';
import { addHeading } from '../../../src/board/headingOps';
import { addKeyQuestion } from '../../../src/board/keyQuestionOps';
import type { RedactionRule } from '../../../src/report/nameRedactor';
import type { OutcomeSelection } from '../../../src/report/reportOutcome';
import { addTheme, closedCouncilRun, qaBoard } from './reportBoard';

/** Names as facilitators type them, and made-up ones no report wording could contain by chance. */
const realNames = ['Amy', 'Amy Lee', "Mrs O'Neil", 'Jean-Luc', 'Zoë', 'Tom Hardy', 'Priya Shah', 'Mr Jones', 'Bea'];
const madeUpName = fc.stringMatching(/^[bcdfghjkmnpqrstvwxz]{3,7}$/).map((letters) => `Xq${letters}`);
const nameArb = fc.oneof(fc.constantFrom(...realNames), madeUpName);
const replacementArb = fc.oneof(
  fc.constantFrom('the SENCo', 'a pupil', 'the class teacher', 'a parent', 'the headteacher', 'a teaching assistant'),
  fc.stringMatching(/^[N-W]\.[N-W]\.$/),
);

export const redactionListArb: fc.Arbitrary<RedactionRule[]> = fc.uniqueArray(fc.record({ name: nameArb, replacement: replacementArb }), {
  minLength: 1,
  maxLength: 5,
  selector: (rule) => rule.name.toLowerCase(),
});

const filler = ['pupils', 'read', 'aloud', 'in', 'Year', '5', 'confidently', 'the', 'library', 'was', 'busy', 'and', 'staff', 'said', 'well-being', 'O’Connor', '—', '(', ')', ',', '.', '*', '#', '|', '_'];

/** Each letter in its fullwidth form, as some phone keyboards type it. */
const fullwidth = (value: string) => value.replace(/[!-~]/g, (char) => String.fromCodePoint(char.codePointAt(0)! + 0xfee0));
/** A soft hyphen, zero-width space or word joiner after the first letter. */
const hiddenBreak = (mark: string) => (value: string) => value.slice(0, 1) + mark + value.slice(1);

/**
 * How a name turns up in notes typed in a hurry or pasted from elsewhere: any case, possessive,
 * next to punctuation, accents decomposed, fullwidth letters, invisible characters inside.
 */
function mention(name: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom<(value: string) => string>(
        (value) => value,
        (value) => value.toLowerCase(),
        (value) => value.toUpperCase(),
        (value) => value.normalize('NFD'),
        fullwidth,
        hiddenBreak('\u00AD'),
        hiddenBreak('\u200B'),
        hiddenBreak('\u2060'),
      ),
      fc.constantFrom('', "'s", '’s', "'", '.', ',', ':', ')'),
      fc.constantFrom('', '(', '"', '['),
    )
    .map(([form, after, before]) => `${before}${form(name)}${after}`);
}

/** A line of board text of up to `words` words, some of them listed names. */
function textArb(names: readonly string[], words: number): fc.Arbitrary<string> {
  const word = fc.oneof({ arbitrary: fc.constantFrom(...filler), weight: 3 }, { arbitrary: fc.constantFrom(...names).chain(mention), weight: 2 });
  return fc
    .array(word, { minLength: 1, maxLength: words })
    .map((parts) => parts.join(' ').trim())
    .filter((text) => /[\p{L}\p{N}]/u.test(text));
}

interface ThemeText {
  title: string;
  summary: string;
  cards: Array<{ observation: string; interpretation: string; site: string }>;
}

/** Plain data, so a failing case prints readably; `namedBoard` writes it to a board. */
export interface NamedBoardSpec {
  rules: RedactionRule[];
  title: string;
  heading: string;
  question: string;
  themes: ThemeText[];
  idea: string;
  action: { what: string; who: string; when: string };
  includeInterpretation: boolean;
}

/** Every kind of board text (title, headings, questions, themes, cards, ideas, actions) mentioning listed names. */
export const namedBoardArb: fc.Arbitrary<NamedBoardSpec> = redactionListArb.chain((rules) => {
  const names = rules.map((rule) => rule.name);
  const text = (words = 8) => textArb(names, words);
  const card = fc.record({ observation: text(), interpretation: text(), site: text(3) });
  const theme = fc.record({ title: text(), summary: text(12), cards: fc.array(card, { minLength: 1, maxLength: 3 }) });
  return fc.record({
    rules: fc.constant(rules),
    title: text(5),
    heading: text(5),
    question: text(),
    themes: fc.array(theme, { minLength: 1, maxLength: 4 }),
    idea: text(),
    action: fc.record({ what: text(), who: text(3), when: text(2) }),
    includeInterpretation: fc.boolean(),
  });
});

/** A QA Review board holding the spec's text, and the Council outcome that selected its idea. */
export function namedBoard(spec: NamedBoardSpec): { board: BoardDoc; outcomes: OutcomeSelection[] } {
  const board = qaBoard(spec.title);
  addHeading(board, { id: 'named', title: spec.heading, description: spec.question });
  addKeyQuestion(board, { id: 'q1', text: spec.question, status: 'agreed' });
  spec.themes.forEach((theme, at) =>
    addTheme(board, {
      id: `t${at}`,
      headingId: at % 2 === 0 ? 'named' : 'aoe',
      lane: at % 3 === 0 ? 'nextSteps' : 'strengths',
      order: `a${at}`,
      title: theme.title.slice(0, 200),
      summary: theme.summary,
      cards: theme.cards.map((card) => ({ ...card, site: card.site.slice(0, 120), keyQuestionIds: ['q1'] })),
    }),
  );
  board.put('ideas', { id: 'i1', sessionId: 's1', round: 1, authorId: 'a', authorName: 'A', text: spec.idea, capturedBy: 'a', capturedAt: 1 });
  board.put('actions', { id: 'a1', sessionId: 's1', ideaId: 'i1', what: spec.action.what, who: spec.action.who.slice(0, 120), when: spec.action.when.slice(0, 60) });
  return { board, outcomes: [{ sessionId: 's1', question: spec.question, selectedIdeaIds: ['i1'], run: closedCouncilRun }] };
}
