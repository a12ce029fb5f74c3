import { Box, Typography } from '@mui/material';
import { DataTable, List, ReferenceField, SelectInput, useRecordContext, useTranslate } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { PUBLICATION_STATES } from '../model/boards';
import type { OfferPublication } from '../model/types';
import { FindingsField, FlaggedText } from './FlaggedText';
import { BulkModerationButtons, RowModerationButtons } from './ModerationActions';
import { onQueueKey } from './useQueueKeys';

function StateField() {
  const publication = useRecordContext<OfferPublication>();
  const translate = useTranslate();
  return publication ? translate(`resources.offer-publications.states.${publication.state}`) : null;
}

function StateChoices() {
  const translate = useTranslate();
  return (
    <SelectInput
      source="state"
      choices={PUBLICATION_STATES.map((id) => ({
        id,
        name: translate(`resources.offer-publications.states.${id}`),
      }))}
      alwaysOn
    />
  );
}

/**
 * The moderation queue (support, admin): publications the checks sent to review, the heaviest
 * findings first and then the oldest (the API's queueOrder), each with its reasons and the flagged
 * passages in context; approve or reject one, or a selection at once.
 */
export function ModerationQueue() {
  const translate = useTranslate();
  return (
    <List
      resource="offer-publications"
      filters={[<StateChoices key="state" />]}
      filterDefaultValues={{ state: 'pending-review' }}
      sort={{ field: 'queueOrder', order: 'ASC' }}
      exporter={false}
    >
      <Typography variant="body2" sx={{ px: 2, pt: 1 }} id="queue-keys">
        {translate('resources.offer-publications.queue.keys')}
      </Typography>
      {/* Keys bubble up from the focused row's buttons; the wrapper itself takes no focus. */}
      <Box onKeyDown={onQueueKey} aria-describedby="queue-keys">
        <DataTable<OfferPublication> rowClick={false} bulkActionButtons={<BulkModerationButtons />}>
          <DataTable.Col source="offerId">
            <ReferenceField source="offerId" reference="offers" link="show" />
          </DataTable.Col>
          <DataTable.Col source="boardId">
            <ReferenceField source="boardId" reference="boards" link={false} />
          </DataTable.Col>
          <DataTable.Col source="state" disableSort field={StateField} />
          <DataTable.Col source="submittedAt" field={LocaleDateField} />
          <DataTable.Col source="findings" disableSort>
            <FindingsField />
            <FlaggedText />
          </DataTable.Col>
          <DataTable.Col label={false}>
            <RowModerationButtons />
          </DataTable.Col>
        </DataTable>
      </Box>
    </List>
  );
}
