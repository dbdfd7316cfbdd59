import { useId } from 'react';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TemplateOption } from './TemplateOption';
import type { TemplatesState } from './useTemplates';

interface Props {
  templates: TemplatesState;
  value: string | null;
  onChange: (id: string) => void;
  onRetry: () => void;
}

/** Choose the review's template; each option shows the headings the board will start with. */
export function TemplatePicker({ templates, value, onChange, onRetry }: Props) {
  const name = useId();
  return (
    <fieldset className="template-picker">
      <legend className="field__label">Template</legend>
      <p className="field__hint">The headings your findings will be reported under. You can rename, add and reorder them later.</p>
      {templates.state === 'loading' ? (
        <p className="muted template-picker__loading" aria-busy="true">
          Loading templates…
        </p>
      ) : templates.state === 'failed' ? (
        <ErrorAlert title="The templates could not be loaded">
          <p>{templates.message}</p>
          <button type="button" className="button button--secondary button--small" onClick={onRetry}>
            Try again
          </button>
        </ErrorAlert>
      ) : (
        <div className="template-grid">
          {templates.templates.map((template) => (
            <TemplateOption key={template.id} template={template} name={name} checked={value === template.id} onSelect={onChange} />
          ))}
        </div>
      )}
    </fieldset>
  );
}
