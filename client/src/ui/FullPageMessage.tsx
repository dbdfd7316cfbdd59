import { useEffect, useRef, type ReactNode } from 'react';
import { Wordmark } from './Wordmark';

interface Props {
  title: string;
  children: ReactNode;
  /** Buttons or links under the message. */
  actions?: ReactNode;
  tone?: 'neutral' | 'warning' | 'danger';
}

/** A page that is only a message: a refused link, a deleted board, a removed participant. */
export function FullPageMessage({ title, children, actions, tone = 'neutral' }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="message-page">
      <header className="message-page__top">
        <Wordmark href="/" />
      </header>
      <main className="message-page__main">
        <section className={`message-card message-card--${tone}`} aria-labelledby="message-title">
          <span className="message-card__icon" aria-hidden="true">
            {tone === 'neutral' ? 'i' : '!'}
          </span>
          <h1 id="message-title" ref={heading} tabIndex={-1}>
            {title}
          </h1>
          <div className="message-card__body">{children}</div>
          {actions ? <div className="message-card__actions">{actions}</div> : null}
        </section>
      </main>
    </div>
  );
}
