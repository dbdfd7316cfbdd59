import { mapStrings } from './mapStrings';
import { nameRedactor, type RedactionRule } from './nameRedactor';
import type { Report } from './reportModel';

/** Record ids (`themeId`, `cardId`, ...) are never printed, and the view needs them intact to edit. */
const isRecordId = (key: string) => key.endsWith('Id');

/** The report as it may leave the board: every listed name, in every printed string, replaced. */
export function redactReport(report: Report, rules: readonly RedactionRule[]): Report {
  return mapStrings(report, nameRedactor(rules).redact, isRecordId);
}
