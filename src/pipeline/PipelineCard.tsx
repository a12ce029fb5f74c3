import { Draggable, type DraggableProvided } from '@hello-pangea/dnd';
import StarIcon from '@mui/icons-material/Star';
import { Box, Chip, Paper, Typography } from '@mui/material';
import { visuallyHidden } from '@mui/utils';
import { memo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { dateFormat } from '../model/format';
import type { Application } from '../model/types';
import { type Age, ageOf, ages, daysInStage } from './stages';

/** One application on the board: who, for which offer, how long it has waited, how it rates. */
export interface PipelineCardProps {
  card: Application;
  /** Its index among the column's loaded cards (not among those rendered): dnd reports drops by it. */
  index: number;
  name: string;
  /** Shown on the global board; the per-offer board leaves it out. */
  offerTitle?: string;
  selected: boolean;
  now: number;
  onOpen: (card: Application) => void;
  onSelect: (card: Application) => void;
}

const AGE_COLOR: Record<Age, 'default' | 'warning' | 'error'> = {
  fresh: 'default',
  ageing: 'warning',
  stale: 'error',
};

function PipelineCardView({ index, ...props }: PipelineCardProps) {
  return (
    <Draggable draggableId={String(props.card.id)} index={index}>
      {(provided, snapshot) => (
        <PipelineCardBody {...props} provided={provided} isDragging={snapshot.isDragging} />
      )}
    </Draggable>
  );
}

/** What a card shows, for the card in its column and for the clone dnd drags (virtual lists need one). */
export function PipelineCardBody({
  card,
  name,
  offerTitle,
  selected,
  now,
  onOpen,
  onSelect,
  provided,
  isDragging,
}: Omit<PipelineCardProps, 'index'> & { provided: DraggableProvided; isDragging: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const days = daysInStage(card, now);
  // Hired, rejected and withdrawn are where an application ends: it does not wait there, so no
  // count of days, only since when it is there.
  const age = ages(card.stage) ? ageOf(days) : 'fresh';
  const daysLabel = ages(card.stage)
    ? translate(`app.pipeline.days.${age}`, { smart_count: days })
    : translate('app.pipeline.since', {
        date: dateFormat(locale, { dateStyle: 'medium' }).format(new Date(card.stageChangedAt)),
      });
  const stage = translate(`resources.applications.stage.${card.stage}`);
  // The API's matching score (0-100) of this candidate for this offer; null when it has none.
  const matchScore = card.matchScore ?? null;
  const rating = card.rating ? translate('app.pipeline.rating', { rating: card.rating }) : null;
  const match = matchScore !== null ? translate('app.pipeline.match', { score: matchScore }) : null;
  return (
    <Paper
      ref={provided.innerRef}
      {...provided.draggableProps}
      {...provided.dragHandleProps}
      data-card-id={card.id}
      onClick={() => onOpen(card)}
      onFocus={() => onSelect(card)}
      elevation={isDragging ? 6 : 1}
      sx={{
        p: 1,
        mb: 1,
        cursor: 'grab',
        outline: selected ? '2px solid' : 'none',
        outlineColor: 'primary.main',
        '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' },
      }}
    >
      {/* Named by its content (an aria-label hid what is shown: WCAG 2.5.3), the stage spelt out. */}
      <Typography variant="body2" sx={{ fontWeight: 'bold' }} noWrap>
        {name}
        <Box component="span" sx={visuallyHidden}>
          , {stage},
        </Box>
      </Typography>
      {offerTitle ? (
        <Typography variant="caption" color="text.secondary" noWrap component="div" title={offerTitle}>
          {offerTitle}
        </Typography>
      ) : null}
      <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'center', flexWrap: 'wrap', mt: 0.5 }}>
        <Chip
          size="small"
          color={AGE_COLOR[age]}
          variant={age === 'fresh' ? 'outlined' : 'filled'}
          label={daysLabel}
        />
        {rating ? (
          <Box
            component="span"
            sx={{ display: 'inline-flex', alignItems: 'center', typography: 'caption' }}
            title={rating}
          >
            <StarIcon fontSize="inherit" aria-hidden />
            <span>{rating}</span>
          </Box>
        ) : null}
        {match ? <Chip size="small" variant="outlined" label={match} data-testid="match-score" /> : null}
      </Box>
    </Paper>
  );
}

export const PipelineCard = memo(PipelineCardView);
