import { FollowIcon } from './FollowIcon';
import { useFollowSetting } from './useFollowSetting';

/**
 * A device's choice to follow the Lead Reviewer (the default) or stay where it is, and to follow
 * again. On a phone the button is its icon alone (its words stay its name), so the room line is one row.
 */
export function FollowToggle() {
  const [following, setFollowing] = useFollowSetting();
  const action = following ? 'Stop following' : 'Follow the Lead Reviewer';
  return (
    <div className="follow-toggle" data-following={following}>
      <span className="follow-toggle__state" data-testid="follow-state">
        {following ? 'Following the Lead Reviewer' : 'Not following'}
      </span>
      <button type="button" className="button button--ghost button--small follow-toggle__button" title={action} onClick={() => setFollowing(!following)}>
        {/* The icon shows what pressing does: the eye struck through stops following. */}
        <FollowIcon following={following} />
        <span className="follow-toggle__text">{action}</span>
      </button>
    </div>
  );
}
