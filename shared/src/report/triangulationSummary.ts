import type { Triangulation } from '../board/triangulation';
import { countNoun, joinAsList } from './countNoun';

/**
 * What a theme rests on, as one sentence for the report, e.g. "5 cards from 3 activities (lesson
 * visit, interview, work scrutiny), 2 stakeholder groups (pupils, teachers), 2 reviewers and
 * 1 site." Reviewers are counted, never named: the report is the host's, not a record of who saw what.
 */
export function triangulationSummary(triangulation: Triangulation): string {
  const { cardCount, activities, stakeholders, reviewers, sites } = triangulation;
  if (cardCount === 0) return 'No evidence cards are linked to this theme yet.';
  const sources = [`${countNoun(activities.length, 'activity', 'activities')} (${activities.join(', ')})`];
  if (stakeholders.length > 0) sources.push(`${countNoun(stakeholders.length, 'stakeholder group')} (${stakeholders.join(', ')})`);
  sources.push(countNoun(reviewers.length, 'reviewer'));
  if (sites.length > 0) sources.push(countNoun(sites.length, 'site'));
  const caveats = [
    triangulation.singleSource ? 'It rests on a single source.' : '',
    triangulation.counterEvidence ? 'Counter-evidence was recorded.' : '',
  ].filter(Boolean);
  return [`${countNoun(cardCount, 'card')} from ${joinAsList(sources)}.`, ...caveats].join(' ');
}
