import { setAllThemes, useAllThemes } from './themeExpansion';

/** The overview of every heading × lane, and opening or closing every theme at once. */
export function BoardViewToggles({ overview, onOverview }: { overview: boolean; onOverview: (shown: boolean) => void }) {
  const all = useAllThemes();
  return (
    <div className="workspace__views" role="group" aria-label="Board view">
      <button type="button" className="button button--secondary button--small" aria-pressed={overview} onClick={() => onOverview(!overview)}>
        Overview
      </button>
      {overview ? null : (
        <button type="button" className="button button--secondary button--small" onClick={() => setAllThemes(all === 'open' ? 'closed' : 'open')}>
          {all === 'open' ? 'Collapse all themes' : 'Expand all themes'}
        </button>
      )}
    </div>
  );
}
