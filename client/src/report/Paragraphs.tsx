import { plainParagraphs } from '@washup/shared/report';

/** Text the team wrote, as the report prints it: a paragraph per blank-line-separated block. */
export function Paragraphs({ text, className }: { text: string; className: string }) {
  return (
    <>
      {plainParagraphs(text).map((paragraph, at) => (
        <p key={at} className={className}>
          {paragraph}
        </p>
      ))}
    </>
  );
}
