interface Props<Value extends string> {
  legend: string;
  /** Radio chips pick one; checkbox chips pick any number. */
  type: 'radio' | 'checkbox';
  /** The radio group's name, unique on the page (several forms can be open at once). */
  name: string;
  options: ReadonlyArray<{ value: Value; label: string }>;
  isChosen: (value: Value) => boolean;
  onPick: (value: Value) => void;
}

/** Choices as large tappable chips: real radio buttons or checkboxes underneath, so keyboards and screen readers work as usual. */
export function ChoiceChips<Value extends string>({ legend, type, name, options, isChosen, onPick }: Props<Value>) {
  return (
    <fieldset className="field">
      <legend className="field__label">{legend}</legend>
      <div className="chips">
        {options.map((option) => (
          <label key={option.value} className="chip">
            <input type={type} name={name} value={option.value} checked={isChosen(option.value)} onChange={() => onPick(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
