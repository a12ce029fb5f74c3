import type { DragStart, DragUpdate, DropResult, ResponderProvided } from '@hello-pangea/dnd';
import { useTranslate } from 'react-admin';

/**
 * What a screen reader hears during a drag on the board, in the UI's language: @hello-pangea/dnd
 * only speaks English ("You have lifted an item in position 1"), and says neither which card nor
 * which column. Each responder calls `announce` with our words, which replaces dnd's own.
 */
export interface DragAnnouncements {
  /** Read when a card gets the focus: how to move it with the keyboard. */
  instructions: string;
  lifted: (start: DragStart, provided: ResponderProvided) => void;
  moved: (update: DragUpdate, provided: ResponderProvided) => void;
  ended: (result: DropResult, provided: ResponderProvided) => void;
}

/** `nameOf(draggableId)` gives the card's candidate name. */
export function useDragAnnouncements(nameOf: (draggableId: string) => string): DragAnnouncements {
  const translate = useTranslate();
  const place = (stage: string, index: number) => ({
    stage: translate(`resources.applications.stage.${stage}`),
    position: index + 1,
  });
  const say = (key: string, options: object) => translate(`app.pipeline.dnd.${key}`, options);
  return {
    instructions: say('instructions', {}),
    lifted: (start, provided) =>
      provided.announce(
        say('lifted', {
          name: nameOf(start.draggableId),
          ...place(start.source.droppableId, start.source.index),
        }),
      ),
    moved: (update, provided) => {
      const name = nameOf(update.draggableId);
      const { destination } = update;
      provided.announce(
        destination
          ? say('moved', { name, ...place(destination.droppableId, destination.index) })
          : say('outside', { name }),
      );
    },
    ended: (result, provided) => {
      const name = nameOf(result.draggableId);
      const { source, destination, reason } = result;
      if (reason === 'CANCEL' || !destination)
        provided.announce(say('cancelled', { name, ...place(source.droppableId, source.index) }));
      else provided.announce(say('dropped', { name, ...place(destination.droppableId, destination.index) }));
    },
  };
}
