import { Droppable } from '@hello-pangea/dnd';
import { Box, Button, CircularProgress, Paper, Typography } from '@mui/material';
import { type UIEvent, useCallback, useRef } from 'react';
import { useTranslate } from 'react-admin';
import type { Application, Candidate, Offer, Stage } from '../types';
import { PipelineCard } from './PipelineCard';
import { type BoardFilter, usePipelineColumn } from './usePipelineColumn';
import { useRecordsById } from './useRecordsById';

/** Cards from the loaded end of a column at which focusing one fetches the next page. */
const PREFETCH_CARDS = 3;

/** A stage: its header with the server's count, its cards, more of them on scroll or focus. */
export interface PipelineColumnProps {
  stage: Stage;
  filter: BoardFilter;
  showOffer: boolean;
  selectedId: number | null;
  now: number;
  /** Remembers candidate names for messages and dialogs (the board reads it). */
  names: Map<number, string>;
  onOpen: (card: Application) => void;
  onSelect: (card: Application) => void;
}

export function PipelineColumn(props: PipelineColumnProps) {
  const { stage, filter, showOffer, selectedId, now, names, onOpen, onSelect } = props;
  const translate = useTranslate();
  const column = usePipelineColumn(filter, stage);
  const candidates = useRecordsById<Candidate>(
    'candidates',
    column.cards.map((c) => c.candidateId),
  );
  const offers = useRecordsById<Offer>(
    'offers',
    column.cards.map((c) => c.offerId),
    showOffer,
  );
  const nameById = new Map([...candidates.values()].map((c) => [c.id, `${c.firstName} ${c.lastName}`]));
  const titleById = new Map([...offers.values()].map((o) => [o.id, o.title]));
  for (const [id, name] of nameById) names.set(id, name);
  const headingId = `pipeline-column-${stage}`;
  const label = translate(`resources.applications.stage.${stage}`);

  const onScroll = (event: UIEvent<HTMLElement>) => {
    const box = event.currentTarget;
    if (box.scrollHeight - box.scrollTop - box.clientHeight < 200) column.loadMore();
  };
  // Keyboard users walk a column by focus, not by scrolling: near its loaded end, fetch the next page.
  // Stable (the latest column read through a ref), so loading a page does not re-render every card.
  const latest = useRef(column);
  latest.current = column;
  const onFocusCard = useCallback(
    (card: Application) => {
      onSelect(card);
      const { cards, loadMore } = latest.current;
      if (cards.findIndex((c) => c.id === card.id) >= cards.length - PREFETCH_CARDS) loadMore();
    },
    [onSelect],
  );

  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      variant="outlined"
      sx={{ width: 260, flexShrink: 0, display: 'flex', flexDirection: 'column', bgcolor: 'action.hover' }}
    >
      <Box sx={{ p: 1, display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
        <Typography id={headingId} component="h2" variant="subtitle2">
          {label}
        </Typography>
        <Typography variant="caption" data-testid={`count-${stage}`}>
          {column.isPending
            ? '…'
            : column.error && column.cards.length === 0
              ? '—' // unknown, not zero: the column failed to load (said below, with Try again)
              : translate('app.pipeline.count', { smart_count: column.total })}
        </Typography>
      </Box>
      <Box
        onScroll={onScroll}
        data-testid={`column-${stage}`}
        sx={{ overflowY: 'auto', maxHeight: '70vh', px: 1 }}
      >
        <Droppable droppableId={stage}>
          {(provided) => (
            <Box ref={provided.innerRef} {...provided.droppableProps} sx={{ minHeight: 60 }}>
              {column.cards.map((card, index) => (
                <PipelineCard
                  key={card.id}
                  card={card}
                  index={index}
                  name={nameById.get(card.candidateId) ?? `#${card.candidateId}`}
                  offerTitle={showOffer ? titleById.get(card.offerId) : undefined}
                  selected={selectedId === card.id}
                  now={now}
                  onOpen={onOpen}
                  onSelect={onFocusCard}
                />
              ))}
              {provided.placeholder}
              {!column.isPending && column.cards.length === 0 ? (
                <Typography variant="caption" color="text.secondary">
                  {translate('app.pipeline.empty_column')}
                </Typography>
              ) : null}
            </Box>
          )}
        </Droppable>
        {column.isPending || column.loadingMore ? <CircularProgress size={20} sx={{ m: 1 }} /> : null}
        {column.error && !column.loadingMore ? (
          <Box role="alert" sx={{ m: 1 }}>
            <Typography variant="caption" component="p" color="error">
              {translate('app.pipeline.load_failed', { message: column.error.message })}
            </Typography>
            <Button size="small" onClick={column.retry}>
              {translate('app.pipeline.retry')}
            </Button>
          </Box>
        ) : null}
        {column.hasMore && !column.loadingMore && !column.error ? (
          <Button size="small" fullWidth onClick={column.loadMore}>
            {translate('app.pipeline.load_more', { smart_count: column.total - column.cards.length })}
          </Button>
        ) : null}
      </Box>
    </Paper>
  );
}
