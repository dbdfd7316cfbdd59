import type { BoardDoc } from '@washup/shared/board';
import { reviewerLearningFileName, reviewerLearningMarkdown } from '@washup/shared/report';
import { useBoardConnection } from '../sync/BoardConnectionContext';
import { useBoardMeta } from '../sync/useBoardMeta';
import { usePrivateValue } from '../sync/usePrivateValue';
import { saveDownload } from '../ui/saveDownload';

const listCards = (privateDoc: BoardDoc) => privateDoc.list('cards');

/** Saves this participant's own reviewer learning as a Markdown file, built on this device: it never leaves their private doc otherwise. */
export function DownloadLearningButton() {
  const { identity } = useBoardConnection();
  const cards = usePrivateValue(listCards);
  const meta = useBoardMeta();
  if (!cards) return null;

  const download = () => {
    const exportedAt = Date.now();
    const boardTitle = meta?.title ?? 'Washup board';
    const markdown = reviewerLearningMarkdown({ boardTitle, participantId: identity.participantId, participantName: identity.name, cards, exportedAt });
    saveDownload(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }), reviewerLearningFileName(boardTitle, exportedAt));
  };

  return (
    <button type="button" className="button button--secondary button--small" onClick={download}>
      Download my learning
    </button>
  );
}
