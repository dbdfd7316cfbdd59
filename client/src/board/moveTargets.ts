import type { BoardView, BoardMeta, CardTarget, LaneId } from '@washup/shared';

export interface MoveDestination {
  /** A stable key for a <select> option. */
  key: string;
  label: string;
  group: string;
  target: CardTarget;
}

const laneName = (meta: BoardMeta | null, lane: LaneId) => meta?.lanes[lane] ?? (lane === 'strengths' ? 'Strengths' : 'Next steps');

/** Every place a card can go, for the keyboard and touch alternative to dragging. */
export function cardDestinations(view: BoardView): MoveDestination[] {
  const destinations: MoveDestination[] = [{ key: 'inbox', label: 'Inbox', group: 'Unplaced', target: { kind: 'inbox' } }];
  for (const { heading, lanes } of view.headings) {
    for (const lane of ['strengths', 'nextSteps'] as const) {
      const group = `${heading.title} · ${laneName(view.meta, lane)}`;
      destinations.push({ key: `${heading.id}:${lane}`, label: `${group} (loose)`, group, target: { kind: 'lane', headingId: heading.id, lane } });
      for (const { theme } of lanes[lane].themes) {
        destinations.push({ key: `theme:${theme.id}`, label: `Theme: ${theme.title}`, group, target: { kind: 'theme', themeId: theme.id } });
      }
    }
  }
  return destinations;
}

/** Every lane a theme can move to. */
export function themeDestinations(view: BoardView): Array<{ key: string; label: string; headingId: string; lane: LaneId }> {
  return view.headings.flatMap(({ heading }) =>
    (['strengths', 'nextSteps'] as const).map((lane) => ({
      key: `${heading.id}:${lane}`,
      label: `${heading.title} · ${laneName(view.meta, lane)}`,
      headingId: heading.id,
      lane,
    })),
  );
}
