import type { ReportTextPart } from '@washup/shared/board';
import { plainParagraphs } from '@washup/shared/report';
import { useNarrativeWriters } from './useNarrativeWriters';
import { WriterBadge } from './WriterBadge';
import './narrative.css';

interface Props {
  part: ReportTextPart;
  /** The part as the report prints it. */
  text: string;
  className: string;
}

/**
 * A part of the narrative as the report prints it, a paragraph per blank-line-separated block, with
 * the people writing each paragraph now shown beside it (on screen only). Someone writing a
 * paragraph that does not exist yet (a new one at the end) is shown after the last.
 */
export function WrittenParagraphs({ part, text, className }: Props) {
  const writers = useNarrativeWriters().filter((writer) => writer.part === part);
  const paragraphs = plainParagraphs(text);
  const last = paragraphs.length - 1;
  return (
    <>
      {paragraphs.map((paragraph, at) => {
        const here = writers.filter((writer) => writer.paragraph === at || (at === last && writer.paragraph > last));
        return (
          <div key={at} className="written-paragraph" data-writing={here.length > 0 || undefined} style={here[0] ? { borderColor: here[0].user.colour } : undefined}>
            <p className={className}>{paragraph}</p>
            {here.map((writer) => (
              <WriterBadge key={writer.clientId} user={writer.user} />
            ))}
          </div>
        );
      })}
      {paragraphs.length === 0
        ? writers.map((writer) => (
            <div key={writer.clientId} className="written-paragraph" data-writing>
              <WriterBadge user={writer.user} />
            </div>
          ))
        : null}
    </>
  );
}
