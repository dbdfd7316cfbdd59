import { useFollowSetting } from './useFollowSetting';

/** A device's choice to follow the Lead Reviewer (the default) or stay where it is, and to follow again. */
export function FollowToggle() {
  const [following, setFollowing] = useFollowSetting();
  return (
    <div className="follow-toggle" data-following={following}>
      <span className="follow-toggle__state" data-testid="follow-state">
        {following ? 'Following the Lead Reviewer' : 'Not following'}
      </span>
      <button type="button" className="button button--ghost button--small" onClick={() => setFollowing(!following)}>
        {following ? 'Stop following' : 'Follow the Lead Reviewer'}
      </button>
    </div>
  );
}
