import { LandingPage } from '../landing/LandingPage';
import { FullPageMessage } from '../ui/FullPageMessage';
import { LinkButton } from '../ui/LinkButton';
import { BoardPage } from './BoardPage';
import { useRoute } from '../routing/useRoute';

/** Routes by pathname: `/` is the start page, `/b/<boardId>` a board. */
export function App() {
  const route = useRoute();
  switch (route.page) {
    case 'landing':
      return <LandingPage />;
    case 'board':
      return <BoardPage key={route.boardId} boardId={route.boardId} view={route.view} />;
    case 'notFound':
      return (
        <FullPageMessage title="There is no page here" actions={<LinkButton href="/">Go to the start page</LinkButton>}>
          <p>Check the address, or open the invite link you were sent.</p>
        </FullPageMessage>
      );
  }
}
