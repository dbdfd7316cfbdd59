import type { ApiRequestError } from '../api/ApiRequestError';
import { FullPageMessage } from '../ui/FullPageMessage';
import { LinkButton } from '../ui/LinkButton';
import { refusalCopy } from './refusalCopy';

/** A full page saying why an invite link was refused and what to do. */
export function RefusedInvite({ error }: { error: ApiRequestError }) {
  const { title, body } = refusalCopy(error);
  return (
    <FullPageMessage title={title} tone="warning" actions={<LinkButton href="/">Go to the start page</LinkButton>}>
      <p>{body}</p>
    </FullPageMessage>
  );
}
