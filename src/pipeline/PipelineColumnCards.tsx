import {
  type DraggableChildrenFn,
  Droppable,
  type DroppableProvided,
  type DroppableStateSnapshot,
} from '@hello-pangea/dnd';
import { Box, Typography } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslate } from 'react-admin';
import type { Application, Stage } from '../model/types';
import { PipelineCard, PipelineCardBody } from './PipelineCard';

/**
 * A column's cards, windowed: only those in view, plus OVERSCAN on each side, are in the DOM, so a
 * column of 2,000 cards costs what one of 15 does. One code path for every column: a short one is a
 * window that holds all its cards. With @hello-pangea/dnd's virtual mode, the dragged card is a
 * clone (its original may scroll out of the window and unmount), and a list a card is dragged over
 * gets one empty slot at its end, where dnd would otherwise put its placeholder.
 */
export interface PipelineColumnCardsProps {
  stage: Stage;
  cards: Application[];
  /** The column's scrolling box (the window looks through it). */
  scroller: HTMLElement | null;
  /** Candidate names by candidate id, as loaded so far. */
  nameById: Map<number, string>;
  /** Offer titles by offer id, on the global board only (a per-offer board leaves them out). */
  titleById?: Map<number, string>;
  selectedId: number | null;
  now: number;
  onOpen: (card: Application) => void;
  onSelect: (card: Application) => void;
  /** Asked whenever the window comes within PREFETCH_CARDS of the last loaded card. */
  loadMore: () => void;
  isPending: boolean;
}

/** Cards rendered beyond each edge of the view (dnd needs at least one to see a list goes on). */
const OVERSCAN = 5;
/** Cards from the loaded end of a column at which the window asks for the next page. */
const PREFETCH_CARDS = 3;
/** First guesses of a card's height with its margin (its chips take one or two rows), until measured. */
const ESTIMATE_PX = { withOffer: 112, withoutOffer: 92 };
/**
 * Room kept free at the end of every column, as tall as a card with two rows of chips. dnd moves a
 * card into a list by keyboard only where the whole card would be in view: without this room an
 * empty column (or the end of a short one) is shorter than a card, and the arrow keys skip it.
 */
const DROP_ROOM_PX = 140;

export function PipelineColumnCards(props: PipelineColumnCardsProps) {
  const { stage, cards } = props;
  const renderClone: DraggableChildrenFn = (provided, snapshot, rubric) => (
    <PipelineCardBody
      {...cardProps(props, cards[rubric.source.index])}
      provided={provided}
      isDragging={snapshot.isDragging}
    />
  );
  return (
    <Droppable droppableId={stage} mode="virtual" renderClone={renderClone}>
      {(provided, snapshot) => <CardWindow {...props} provided={provided} snapshot={snapshot} />}
    </Droppable>
  );
}

function cardProps(props: PipelineColumnCardsProps, card: Application) {
  return {
    card,
    name: props.nameById.get(card.candidateId) ?? `#${card.candidateId}`,
    offerTitle: props.titleById?.get(card.offerId),
    selected: props.selectedId === card.id,
    now: props.now,
    onOpen: props.onOpen,
    onSelect: props.onSelect,
  };
}

function CardWindow(
  props: PipelineColumnCardsProps & { provided: DroppableProvided; snapshot: DroppableStateSnapshot },
) {
  const { cards, scroller, selectedId, loadMore, provided, snapshot } = props;
  const translate = useTranslate();
  const dropSpace = snapshot.isUsingPlaceholder;
  const getItemKey = useCallback((index: number) => cards[index]?.id ?? 'drop-space', [cards]);
  const estimate = props.titleById ? ESTIMATE_PX.withOffer : ESTIMATE_PX.withoutOffer;
  const virtualizer = useVirtualizer({
    count: cards.length + (dropSpace ? 1 : 0),
    getScrollElement: () => scroller,
    estimateSize: () => estimate,
    overscan: OVERSCAN,
    getItemKey,
  });
  const slots = virtualizer.getVirtualItems();

  const lastInWindow = slots.at(-1)?.index ?? -1;
  useEffect(() => {
    if (lastInWindow >= cards.length - PREFETCH_CARDS) loadMore();
  }, [lastInWindow, cards.length, loadMore]);

  // Keyboard users walk past the window (j/k, a move by number): a selected card the window does not
  // hold is scrolled to, so that it renders and useBoardKeys can focus it (focus scrolls a rendered
  // one into view by itself). Only when the selection changes or arrives in this column, not when
  // pages load around it while the user scrolls elsewhere.
  const latestCards = useRef(cards);
  latestCards.current = cards;
  const holdsSelection = cards.some((card) => card.id === selectedId);
  useEffect(() => {
    if (!holdsSelection) return;
    const index = latestCards.current.findIndex((card) => card.id === selectedId);
    if (!virtualizer.getVirtualItems().some((slot) => slot.index === index)) virtualizer.scrollToIndex(index);
  }, [holdsSelection, selectedId, virtualizer]);

  const dragged = snapshot.draggingFromThisWith;
  return (
    <Box
      ref={provided.innerRef}
      {...provided.droppableProps}
      sx={{ position: 'relative' }}
      style={{ height: virtualizer.getTotalSize() + DROP_ROOM_PX }}
    >
      {slots.map((slot) => {
        const card = cards[slot.index] as Application | undefined;
        // dnd unmounts the original of the card it drags (the clone moves): its slot keeps its place.
        // The drop space stands for the card coming in: a card's height, not the 0 of an empty box.
        const height = !card ? estimate : String(card.id) === dragged ? slot.size : undefined;
        return (
          <div
            key={slot.key}
            data-index={slot.index}
            ref={virtualizer.measureElement}
            style={{
              position: 'absolute',
              top: slot.start,
              left: 0,
              right: 0,
              height,
            }}
          >
            {card ? <PipelineCard {...cardProps(props, card)} index={slot.index} /> : null}
          </div>
        );
      })}
      {!props.isPending && cards.length === 0 && !dropSpace ? (
        <Typography variant="caption" color="text.secondary">
          {translate('app.pipeline.empty_column')}
        </Typography>
      ) : null}
    </Box>
  );
}
