import type { BoardView, CardTarget, Theme, ThemeTarget } from '@washup/shared/board';
import { laneLabel } from '../voting/laneLabel';

/** One choice in a "Move to…" menu. */
export interface PlaceOption<Target> {
  /** Stable and unique within the menu: the <option>'s value. */
  key: string;
  label: string;
  /** The heading and lane it belongs to, shown as an <optgroup>. */
  group: string;
  target: Target;
}

const laneKeys = ['strengths', 'nextSteps'] as const;

/** Every place a card can go: the inbox, loose in any heading's lane, or into any theme. */
export function cardDestinations(view: BoardView): PlaceOption<CardTarget>[] {
  const options: PlaceOption<CardTarget>[] = [{ key: 'inbox', label: 'Inbox (unplaced)', group: 'Inbox', target: { kind: 'inbox' } }];
  for (const { heading, lanes } of view.headings) {
    for (const lane of laneKeys) {
      const group = `${heading.title} · ${laneLabel(view.meta, lane)}`;
      options.push({ key: `${heading.id}:${lane}`, label: `${group}: loose`, group, target: { kind: 'lane', headingId: heading.id, lane } });
      for (const { theme } of lanes[lane].themes) {
        options.push({ key: `theme:${theme.id}`, label: `Theme: ${theme.title}`, group, target: { kind: 'theme', themeId: theme.id } });
      }
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
      group: heading.title,
      target: { headingId: heading.id, lane },
    })),
  );
}

/** Every other theme a theme can be merged into, grouped by heading and lane; the target is the theme kept. */
export function mergeDestinations(merged: Pick<Theme, 'id'>): (view: BoardView) => PlaceOption<string>[] {
  return (view) =>
    view.headings.flatMap(({ heading, lanes }) =>
      laneKeys.flatMap((lane) => {
        const group = `${heading.title} · ${laneLabel(view.meta, lane)}`;
        return lanes[lane].themes
          .filter(({ theme }) => theme.id !== merged.id)
          .map(({ theme }) => ({ key: `theme:${theme.id}`, label: `Theme: ${theme.title}`, group, target: theme.id }));
      }),
    );
}
