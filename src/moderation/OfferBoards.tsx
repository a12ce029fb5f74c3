import {
  Button,
  Checkbox,
  FormControlLabel,
  FormGroup,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  RecordContextProvider,
  useCanAccess,
  useDataProvider,
  useGetList,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useNotifyFailure } from '../common/useNotifyFailure';
import { canResubmit } from '../model/boards';
import type { Board, Identifier, Offer, OfferPublication } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';
import { FindingsField } from './FlaggedText';

const RESOURCE = 'offer-publications';

/**
 * Where the offer is published: per board its state, views and applications, why it was refused
 * (support's reason or the checks' findings) with a way to send it again, and a choice of boards
 * to send it to.
 */
export function OfferBoards() {
  const offer = useRecordContext<Offer>();
  const translate = useTranslate();
  const { data: publications = [] } = useGetList<OfferPublication>(
    RESOURCE,
    {
      filter: { offerId: offer?.id },
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'id', order: 'ASC' },
    },
    { enabled: Boolean(offer) },
  );
  const { data: boards = [] } = useGetList<Board>('boards', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'id', order: 'ASC' },
  });
  if (!offer) return null;
  const boardName = (id: Identifier) => boards.find((board) => board.id === id)?.name ?? `#${id}`;
  return (
    <Stack spacing={2}>
      {publications.length === 0 ? (
        <Typography>{translate('resources.offer-publications.offer.none')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              {['boardId', 'state', 'views', 'applicationsCount', 'rejectionReason'].map((field) => (
                <TableCell key={field}>{translate(`resources.offer-publications.fields.${field}`)}</TableCell>
              ))}
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {publications.map((publication) => (
              <RecordContextProvider key={publication.id} value={publication}>
                <TableRow>
                  <TableCell>{boardName(publication.boardId)}</TableCell>
                  <TableCell>
                    {translate(`resources.offer-publications.states.${publication.state}`)}
                  </TableCell>
                  <TableCell>{publication.views}</TableCell>
                  <TableCell>{publication.applicationsCount}</TableCell>
                  <TableCell>
                    {publication.rejectionReason && (
                      <Typography variant="body2">{publication.rejectionReason}</Typography>
                    )}
                    <FindingsField />
                  </TableCell>
                  <TableCell>
                    <ResubmitButton />
                  </TableCell>
                </TableRow>
              </RecordContextProvider>
            ))}
          </TableBody>
        </Table>
      )}
      <SendToBoards offer={offer} boards={boards} publications={publications} />
    </Stack>
  );
}

function ResubmitButton() {
  const publication = useRecordContext<OfferPublication>();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyFailure = useNotifyFailure();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { canAccess } = useCanAccess({ resource: RESOURCE, action: 'create' });
  if (!publication || !canAccess || !canResubmit(publication.state)) return null;
  const resubmit = async () => {
    try {
      await dataProvider.resubmitPublication(publication.id);
      await queryClient.invalidateQueries({ queryKey: [RESOURCE] });
      notify('resources.offer-publications.offer.resubmitted', { type: 'success' });
    } catch (failure) {
      notifyFailure(failure);
    }
  };
  return (
    <Button size="small" onClick={resubmit}>
      {translate('resources.offer-publications.offer.resubmit')}
    </Button>
  );
}

function SendToBoards({
  offer,
  boards,
  publications,
}: {
  offer: Offer;
  boards: Board[];
  publications: OfferPublication[];
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyFailure = useNotifyFailure();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { canAccess } = useCanAccess({ resource: RESOURCE, action: 'create' });
  const [chosen, setChosen] = useState<Identifier[]>([]);
  if (!canAccess) return null;
  if (offer.status !== 'published')
    return (
      <Typography variant="body2">
        {translate('resources.offer-publications.offer.only_published')}
      </Typography>
    );
  // A board where the offer already has a publication is sent again from its row instead.
  const free = boards.filter((board) => board.active && !publications.some((p) => p.boardId === board.id));
  if (free.length === 0) return null;
  const send = async () => {
    try {
      await dataProvider.submitPublications(offer.id, chosen);
      setChosen([]);
      await queryClient.invalidateQueries({ queryKey: [RESOURCE] });
      notify('resources.offer-publications.offer.sent', { type: 'success' });
    } catch (failure) {
      notifyFailure(failure);
    }
  };
  return (
    <Stack component="fieldset" spacing={1} sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle2">
        {translate('resources.offer-publications.offer.choose')}
      </Typography>
      <FormGroup row>
        {free.map((board) => (
          <FormControlLabel
            key={board.id}
            label={board.name}
            control={
              <Checkbox
                checked={chosen.includes(board.id)}
                onChange={(event) =>
                  setChosen((now) =>
                    event.target.checked ? [...now, board.id] : now.filter((id) => id !== board.id),
                  )
                }
              />
            }
          />
        ))}
      </FormGroup>
      <div>
        <Button variant="contained" size="small" disabled={chosen.length === 0} onClick={send}>
          {translate('resources.offer-publications.offer.send')}
        </Button>
      </div>
    </Stack>
  );
}
