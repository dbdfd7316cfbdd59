import { initials } from './initials';

/** A person's initials on their colour. Decorative: the name is always written next to it. */
export function Avatar({ name, colour, size = 'medium' }: { name: string; colour: string; size?: 'small' | 'medium' }) {
  return (
    <span className={`avatar avatar--${size}`} style={{ backgroundColor: colour }} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
