import { useEffect, useState } from 'react';

interface Props {
  text: string;
  /** What is copied, for screen readers: "Copy the reviewer link". */
  label: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Plain http on a school network has no async clipboard API.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('copy refused');
}

/** A button that copies text and says so, in words and to screen readers. */
export function CopyButton({ text, label }: Props) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = () => {
    copyText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };

  return (
    <button type="button" className="button button--secondary copy-button" onClick={copy} aria-label={label} data-state={state}>
      <span aria-hidden="true">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Select and copy' : 'Copy'}</span>
      <span className="visually-hidden" role="status">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Copying failed; select the link and copy it' : ''}
      </span>
    </button>
  );
}
