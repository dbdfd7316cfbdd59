import { generateNKeysBetween } from 'fractional-indexing';
import type { Template } from '../templates/schema';
import type { BoardDoc } from './boardDoc';
import { newId } from './newId';

/** Fills a new board from its template: title, lane names, prescribed headings, starting key questions. */
export function seedBoard(board: BoardDoc, title: string, template: Template, createdAt: number): void {
  board.transact(() => {
    board.setMeta({ title, templateId: template.id, createdAt, lanes: template.lanes });
    const headingOrders = generateNKeysBetween(null, null, template.headings.length);
    template.headings.forEach((heading, index) => {
      board.put('headings', {
        id: newId(),
        title: heading.title,
        description: heading.description,
        panel: heading.panel,
        order: headingOrders[index] ?? 'a0',
      });
    });
    const questionOrders = generateNKeysBetween(null, null, template.keyQuestions.length);
    template.keyQuestions.forEach((text, index) => {
      board.put('keyQuestions', { id: newId(), text, order: questionOrders[index] ?? 'a0', status: 'draft' });
    });
  });
}
