/** An eye for "follow the Lead Reviewer", struck through for "stop following". Decorative. */
export function FollowIcon({ following }: { following: boolean }) {
  return (
    <svg className="follow-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d="M2 10s3-5.5 8-5.5 8 5.5 8 5.5-3 5.5-8 5.5S2 10 2 10z" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinejoin="round" />
      <circle cx="10" cy="10" r="2.3" fill="currentColor" />
      {following ? <path d="M3.5 16.5l13-13" stroke="currentColor" strokeWidth="1.9" strokeLinecap="round" /> : null}
    </svg>
  );
}
