import type { BoardView, CardTarget, Theme, ThemeTarget } from '@washup/shared/board';
import type { LaneId } from '@washup/shared/templates';
import { laneLabel } from '../voting/laneLabel';

/**
 * One choice in a "Move to…" list, which groups them heading → lane → theme. The list shows
 * `text` under its group; `label` says the whole place on its own (what a screen reader reads,
 * what a search matches and what the announcement says).
 */
export interface PlaceOption<Target> {
  /** Stable and unique within the list. */
  key: string;
  label: string;
  text: string;
  /** The heading (or "Inbox") it sits under. */
  heading: string;
  /** The lane within the heading, when the list goes down to lanes. */
  lane?: string;
  target: Target;
}

/** A card's places: the inbox, loose in a lane, a new theme made there, or an existing theme. */
export type CardPlace = CardTarget | { kind: 'newTheme'; headingId: string; lane: LaneId };

const laneKeys = ['strengths', 'nextSteps'] as const;

/** Every place a card can go: the inbox; in every heading's lanes, loose, a new theme, or any theme. */
export function cardDestinations(view: BoardView): PlaceOption<CardPlace>[] {
  const options: PlaceOption<CardPlace>[] = [{ key: 'inbox', label: 'Inbox (unplaced)', text: 'Inbox (unplaced)', heading: 'Inbox', target: { kind: 'inbox' } }];
  for (const { heading, lanes } of view.headings) {
    for (const lane of laneKeys) {
      const laneName = laneLabel(view.meta, lane);
      const place = `${heading.title} · ${laneName}`;
      const common = { heading: heading.title, lane: laneName };
      options.push({ ...common, key: `${heading.id}:${lane}`, label: `${place}, not in a theme`, text: 'Not in a theme', target: { kind: 'lane', headingId: heading.id, lane } });
      for (const { theme } of lanes[lane].themes) {
        options.push({ ...common, key: `theme:${theme.id}`, label: `${place}, theme “${theme.title}”`, text: theme.title, target: { kind: 'theme', themeId: theme.id } });
      }
      options.push({ ...common, key: `new:${heading.id}:${lane}`, label: `${place}, new theme`, text: '+ New theme', target: { kind: 'newTheme', headingId: heading.id, lane } });
    }
  }
  return options;
}

/** Every lane a theme can go to; its cards go with it. */
export function themeDestinations(view: BoardView): PlaceOption<ThemeTarget>[] {
  return view.headings.flatMap(({ heading }) =>
    laneKeys.map((lane) => ({
      key: `${heading.id}:${lane}`,
      label: `${heading.title} · ${laneLabel(view.meta, lane)}`,
      text: laneLabel(view.meta, lane),
      heading: heading.title,
      target: { headingId: heading.id, lane },
    })),
  );
}

/** Every other theme a theme can be merged into, grouped by heading and lane; the target is the theme kept. */
export function mergeDestinations(merged: Pick<Theme, 'id'>): (view: BoardView) => PlaceOption<string>[] {
  return (view) =>
    view.headings.flatMap(({ heading, lanes }) =>
      laneKeys.flatMap((lane) => {
        const laneName = laneLabel(view.meta, lane);
        return lanes[lane].themes
          .filter(({ theme }) => theme.id !== merged.id)
          .map(({ theme }) => ({
            key: `theme:${theme.id}`,
            label: `${heading.title} · ${laneName}, theme “${theme.title}”`,
            text: theme.title,
            heading: heading.title,
            lane: laneName,
            target: theme.id,
          }));
      }),
    );
}
