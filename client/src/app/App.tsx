import { Suspense } from 'react';
import { LandingPage } from '../landing/LandingPage';
import { FullPageMessage } from '../ui/FullPageMessage';
import { LinkButton } from '../ui/LinkButton';
import { BoardPage } from './BoardPage';
import { lazyView } from './lazyView';
import { useRoute } from '../routing/useRoute';

/** Only a projector opens a screen link: its code (the stages, the vote's results) loads then, not on every phone. */
const ScreenPage = lazyView(() => import('../screen/ScreenPage'), (module) => module.ScreenPage);

/** Routes by pathname: `/` is the start page, `/b/<boardId>` a board, `/b/<boardId>/screen` its screen link. */
export function App() {
  const route = useRoute();
  switch (route.page) {
    case 'landing':
      return <LandingPage />;
    case 'board':
      return <BoardPage key={route.boardId} boardId={route.boardId} view={route.view} />;
    case 'screen':
      return (
        <Suspense fallback={<FullPageMessage title="Opening the screen…">{null}</FullPageMessage>}>
          <ScreenPage key={route.boardId} boardId={route.boardId} />
        </Suspense>
      );
    case 'notFound':
      return (
        <FullPageMessage title="There is no page here" actions={<LinkButton href="/">Go to the start page</LinkButton>}>
          <p>Check the address, or open the invite link you were sent.</p>
        </FullPageMessage>
      );
  }
}
