import { useMemo, useState, type FormEvent } from 'react';
import { moveTheme } from '@washup/shared';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useCurrentBoardView } from './BoardViewContext';
import { themeDestinations } from './moveTargets';

/** The lanes a theme can go to, listed only while the menu is open (as for cards). */
function ThemeMoveForm({ themeId, title, onClose }: { themeId: string; title: string; onClose: () => void }) {
  const { board } = useBoardConnection();
  const view = useCurrentBoardView();
  const lanes = useMemo(() => themeDestinations(view), [view]);
  const [choice, setChoice] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const lane = lanes.find((entry) => entry.key === choice);
    onClose();
    if (lane) moveTheme(board, themeId, { headingId: lane.headingId, lane: lane.lane });
  };
  return (
    <form className="move-form" onSubmit={submit}>
      <select className="move-to" aria-label={`Move theme ${title} to…`} value={choice} autoFocus onChange={(event) => setChoice(event.target.value)}>
        <option value="" disabled>
          Choose a lane…
        </option>
        {lanes.map((lane) => (
          <option key={lane.key} value={lane.key}>
            {lane.label}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--secondary button--small" disabled={!choice}>
        Move
      </button>
      <button type="button" className="button button--ghost button--small" onClick={onClose}>
        Cancel
      </button>
    </form>
  );
}

export function ThemeMoveMenu({ themeId, title }: { themeId: string; title: string }) {
  const [open, setOpen] = useState(false);
  if (open) return <ThemeMoveForm themeId={themeId} title={title} onClose={() => setOpen(false)} />;
  return (
    <button type="button" className="button button--secondary button--small" aria-label={`Move theme ${title} to…`} onClick={() => setOpen(true)}>
      Move theme to…
    </button>
  );
}
