import { useBoardConnection } from '../sync/BoardConnectionContext';

export type Panel = 'capture' | 'coverage' | 'setup' | null;

/** Opens one of the board's panels at a time: capture, the coverage map, or (Lead Reviewer) set-up. */
export function PanelToggles({ panel, onChange }: { panel: Panel; onChange: (panel: Panel) => void }) {
  const { canEdit, identity } = useBoardConnection();
  const panels: Array<{ id: Exclude<Panel, null>; label: string; shown: boolean }> = [
    { id: 'capture', label: 'Add evidence', shown: canEdit },
    { id: 'coverage', label: 'Coverage', shown: true },
    { id: 'setup', label: 'Headings and questions', shown: identity.role === 'facilitator' },
  ];
  return (
    <div className="workspace__panels" role="group" aria-label="Panels">
      {panels
        .filter((entry) => entry.shown)
        .map((entry) => (
          <button
            key={entry.id}
            type="button"
            className="button button--secondary button--small"
            aria-pressed={panel === entry.id}
            onClick={() => onChange(panel === entry.id ? null : entry.id)}
          >
            {entry.label}
          </button>
        ))}
    </div>
  );
}
