import type { TemplateSummary } from '@washup/shared/api';

interface Props {
  template: TemplateSummary;
  name: string;
  checked: boolean;
  onSelect: (id: string) => void;
}

/** One template as a selectable card: its name, what it is for, its headings and its two lanes. */
export function TemplateOption({ template, name, checked, onSelect }: Props) {
  const nameId = `template-${template.id}-name`;
  const detailsId = `template-${template.id}-details`;
  return (
    <label className="template-option" data-checked={checked || undefined}>
      <input
        className="template-option__radio"
        type="radio"
        name={name}
        value={template.id}
        checked={checked}
        onChange={() => onSelect(template.id)}
        aria-labelledby={nameId}
        aria-describedby={detailsId}
      />
      <span className="template-option__body">
        <span className="template-option__name" id={nameId}>
          {template.name}
        </span>
        <span id={detailsId} className="template-option__details">
          <span className="template-option__description">{template.description}</span>
          {template.headings.length > 0 ? (
            <span className="template-option__headings">
              <span className="visually-hidden">Headings: </span>
              {template.headings.map((heading) => (
                <span key={heading} className="template-option__heading">
                  {heading}
                </span>
              ))}
            </span>
          ) : (
            <span className="template-option__headings template-option__headings--empty">You add your own headings</span>
          )}
          <span className="template-option__lanes">
            <span className="visually-hidden">Lanes: </span>
            <span className="lane-tag lane-tag--strengths">{template.lanes.strengths}</span>
            <span className="lane-tag lane-tag--next">{template.lanes.nextSteps}</span>
          </span>
        </span>
      </span>
    </label>
  );
}
