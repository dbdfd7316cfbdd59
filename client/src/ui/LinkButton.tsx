import type { MouseEvent, ReactNode } from 'react';
import { navigate } from '../routing/navigate';

interface Props {
  href: string;
  children: ReactNode;
  variant?: 'primary' | 'secondary';
}

/** A link styled as a button that moves within the app without reloading it. */
export function LinkButton({ href, children, variant = 'secondary' }: Props) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a className={`button button--${variant}`} href={href} onClick={onClick}>
      {children}
    </a>
  );
}
