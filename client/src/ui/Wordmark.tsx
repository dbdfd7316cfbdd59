interface Props {
  /** Makes the mark a link back to the start page. */
  href?: string;
}

/** The Washup mark and name. */
export function Wordmark({ href }: Props) {
  const content = (
    <>
      <svg className="wordmark__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill="currentColor" />
        <path d="M7 11l3.2 11 3.3-8 3.3 8L20 11" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
        <circle cx="24.5" cy="11.5" r="2.5" fill="#f2b84b" />
      </svg>
      <span className="wordmark__name">Washup</span>
    </>
  );
  return href ? (
    <a className="wordmark" href={href}>
      {content}
    </a>
  ) : (
    <span className="wordmark">{content}</span>
  );
}
