import { BaseBoxShapeUtil, HTMLContainer, T, type TLShape } from 'tldraw';
import { cardShapeSize, cardShapeType } from '@washup/shared/canvas';
import { CardShapeFace } from './CardShapeFace';

declare module 'tldraw' {
  export interface TLGlobalShapePropsMap {
    [cardShapeType]: { cardId: string; w: number; h: number };
  }
}

export type CardShape = TLShape<typeof cardShapeType>;

/**
 * An evidence card on the canvas. The shape holds the card's id and its size only: what it says is
 * read from the card record, so an edit on the board shows here and there is one source of truth.
 * Cards keep their size (the board's card tile) and are not edited on the canvas.
 */
export class CardShapeUtil extends BaseBoxShapeUtil<CardShape> {
  static override type = cardShapeType;
  static override props = { cardId: T.string, w: T.number, h: T.number };

  override canResize = () => false;
  override canEdit = () => false;
  override hideRotateHandle = () => true;

  getDefaultProps(): CardShape['props'] {
    return { cardId: '', ...cardShapeSize };
  }

  component(shape: CardShape) {
    return (
      <HTMLContainer className="canvas-card" style={{ width: shape.props.w, height: shape.props.h }}>
        <CardShapeFace cardId={shape.props.cardId} />
      </HTMLContainer>
    );
  }

  getIndicatorPath(shape: CardShape) {
    const path = new Path2D();
    path.roundRect(0, 0, shape.props.w, shape.props.h, 8);
    return path;
  }
}
