import type { ReactNode } from 'react';

/** An error the person should read now: announced by screen readers, visible in red. */
export function ErrorAlert({ children, title }: { children: ReactNode; title?: string }) {
  return (
    <div className="alert alert--error" role="alert">
      {title ? <p className="alert__title">{title}</p> : null}
      <div className="alert__body">{children}</div>
    </div>
  );
}
