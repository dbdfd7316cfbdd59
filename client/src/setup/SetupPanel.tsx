import { HeadingEditor } from './HeadingEditor';
import { KeyQuestionEditor } from './KeyQuestionEditor';

/** The Lead Reviewer's set-up during the review: headings and key questions. */
export function SetupPanel() {
  return (
    <div className="setup" aria-label="Headings and key questions">
      <KeyQuestionEditor />
      <HeadingEditor />
    </div>
  );
}
