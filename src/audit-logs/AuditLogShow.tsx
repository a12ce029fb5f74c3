import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  FieldTitle,
  Labeled,
  ReferenceField,
  SelectField,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ROLE_CHOICES } from '../common/choices/users';
import { LocaleDateField } from '../common/LocaleDateField';
import { RecordShow } from '../common/RecordShow';
import type { AuditLog } from '../model/types';
import { AuditActionField, AuditRecordField, AuditResourceField } from './AuditLogFields';
import { actionExplanation } from './actions';
import { formatChange } from './formatChange';

/**
 * What the action did, in words, where its changed fields alone do not say it (an anonymisation
 * keeps no erased value), then the before and after of each changed field.
 */
function ChangesTable() {
  const entry = useRecordContext<AuditLog>();
  const translate = useTranslate();
  const rows = Object.entries(entry?.changes ?? {});
  if (!entry) return null;
  const explanation = actionExplanation(translate, entry.action);
  return (
    <>
      {explanation ? <Typography sx={{ maxWidth: 720 }}>{explanation}</Typography> : null}
      {rows.length > 0 ? (
        <FieldChanges entry={entry} rows={rows} />
      ) : explanation ? null : (
        <Typography>{translate('resources.audit-logs.change.none')}</Typography>
      )}
    </>
  );
}

function FieldChanges({ entry, rows }: { entry: AuditLog; rows: Array<[string, [unknown, unknown]]> }) {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate('resources.audit-logs.fields.changes')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.audit-logs.change.field')}</TableCell>
          <TableCell>{translate('resources.audit-logs.change.before')}</TableCell>
          <TableCell>{translate('resources.audit-logs.change.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(([field, [before, after]]) => (
          <TableRow key={field}>
            <TableCell component="th" scope="row">
              {entry.action === 'export' ? (
                translate(`resources.audit-logs.export_changes.${field}`, { _: field })
              ) : (
                <FieldTitle source={field} resource={entry.resource} />
              )}
            </TableCell>
            <TableCell>{formatChange(before)}</TableCell>
            <TableCell>{formatChange(after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** One entry: who did what to which record, why, and the before/after of each changed field. */
export function AuditLogShow() {
  return (
    <RecordShow actions={false}>
      <SimpleShowLayout>
        <LocaleDateField source="at" showTime />
        <ReferenceField source="actorId" reference="users" link={false} emptyText="—" />
        <SelectField source="actorRole" choices={ROLE_CHOICES} />
        <AuditActionField source="action" />
        <AuditResourceField source="resource" />
        <AuditRecordField source="recordId" />
        <TextField source="reason" emptyText="—" />
        <Labeled source="changes">
          <ChangesTable />
        </Labeled>
      </SimpleShowLayout>
    </RecordShow>
  );
}
