import { Box, Typography } from '@mui/material';
import { useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { type FlaggedPassage, offerText } from '../model/boards';
import type { Offer, OfferPublication } from '../model/types';

/** Characters of context shown on each side of a flagged passage. */
const CONTEXT = 60;

/**
 * The passages the checks flagged, each in its sentence with the passage marked. The offsets are
 * into the offer's plain text as offerText() builds it, the same function the API's checks read.
 */
export function FlaggedText() {
  const publication = useRecordContext<OfferPublication>();
  const translate = useTranslate();
  const { data: offer } = useGetOne<Offer>(
    'offers',
    { id: publication?.offerId ?? 0 },
    { enabled: Boolean(publication) },
  );
  if (!publication || !offer) return null;
  const passages = publication.findings.flatMap((finding) => finding.passages);
  if (passages.length === 0) return null;
  const texts = { title: offer.title, description: offerText(offer.description).text };
  return (
    <Box component="section" aria-label={translate('resources.offer-publications.queue.flagged')}>
      {passages.map((passage) => (
        <Excerpt key={`${passage.field}-${passage.start}`} text={texts[passage.field]} passage={passage} />
      ))}
    </Box>
  );
}

function Excerpt({ text, passage }: { text: string; passage: FlaggedPassage }) {
  const from = Math.max(0, passage.start - CONTEXT);
  const to = Math.min(text.length, passage.end + CONTEXT);
  return (
    <Typography variant="body2" component="p" sx={{ my: 0.5 }}>
      {from > 0 && '…'}
      {text.slice(from, passage.start)}
      {/* A mark is announced as highlighted and drawn with an outline too, not by colour alone. */}
      <Box
        component="mark"
        sx={{ bgcolor: 'warning.light', outline: '1px solid', outlineColor: 'warning.dark', px: 0.25 }}
      >
        {text.slice(passage.start, passage.end)}
      </Box>
      {text.slice(passage.end, to)}
      {to < text.length && '…'}
    </Typography>
  );
}

/** The checks' reasons, worded in the reader's language. */
export function FindingsField() {
  const publication = useRecordContext<OfferPublication>();
  const translate = useTranslate();
  if (!publication || publication.findings.length === 0) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {publication.findings.map((finding) => (
        <li key={finding.key}>
          <Typography variant="body2">
            {translate(`resources.offer-publications.findings.${finding.key}`, finding.values ?? {})}
          </Typography>
        </li>
      ))}
    </Box>
  );
}
