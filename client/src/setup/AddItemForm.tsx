import { useState, type FormEvent } from 'react';

interface Props {
  /** The text box's accessible name and placeholder, e.g. "New heading". */
  label: string;
  buttonText: string;
  maxLength: number;
  onAdd: (text: string) => void;
}

/** One line to add a heading or a key question; empty text is not added. */
export function AddItemForm({ label, buttonText, maxLength, onAdd }: Props) {
  const [text, setText] = useState('');
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    onAdd(text.trim());
    setText('');
  };
  return (
    <form className="setup__add" onSubmit={add}>
      <input className="input" aria-label={label} placeholder={label} value={text} maxLength={maxLength} onChange={(event) => setText(event.target.value)} />
      <button type="submit" className="button button--secondary" disabled={!text.trim()}>
        {buttonText}
      </button>
    </form>
  );
}
