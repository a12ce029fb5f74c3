import { Box, Button, CircularProgress, Paper, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { Application, Candidate, Offer, Stage } from '../model/types';
import { PipelineColumnCards } from './PipelineColumnCards';
import { type BoardFilter, usePipelineColumn } from './usePipelineColumn';
import { useRecordsById } from './useRecordsById';

/** A stage: its header with the server's count, a window on its cards, more of them as it nears the end. */
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
  // Derived once per loaded page, not on every render: the board re-renders each column whenever
  // the selection moves (j/k), and a column may hold thousands of cards.
  const candidateIds = useMemo(() => column.cards.map((c) => c.candidateId), [column.cards]);
  const offerIds = useMemo(() => column.cards.map((c) => c.offerId), [column.cards]);
  const candidates = useRecordsById<Candidate>('candidates', candidateIds);
  const offers = useRecordsById<Offer>('offers', offerIds, showOffer);
  const nameById = useMemo(() => {
    const byId = new Map([...candidates.values()].map((c) => [c.id, `${c.firstName} ${c.lastName}`]));
    for (const [id, name] of byId) names.set(id, name);
    return byId;
  }, [candidates, names]);
  const titleById = useMemo(() => new Map([...offers.values()].map((o) => [o.id, o.title])), [offers]);
  const headingId = `pipeline-column-${stage}`;
  const label = translate(`resources.applications.stage.${stage}`);

  // State, not a ref: the window's virtualizer (a child) needs the element once it is mounted.
  const [scroller, setScroller] = useState<HTMLElement | null>(null);

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
        ref={setScroller}
        data-testid={`column-${stage}`}
        sx={{ overflowY: 'auto', maxHeight: '70vh', px: 1 }}
      >
        <PipelineColumnCards
          stage={stage}
          cards={column.cards}
          scroller={scroller}
          nameById={nameById}
          titleById={showOffer ? titleById : undefined}
          selectedId={selectedId}
          now={now}
          onOpen={onOpen}
          onSelect={onSelect}
          loadMore={column.loadMore}
          isPending={column.isPending}
        />
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
