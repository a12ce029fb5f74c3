import { Typography } from '@mui/material';
import { DataTable, Pagination, ReferenceField, ReferenceManyField, useTranslate } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { StageField } from '../common/StageField';
import type { Application } from '../model/types';

/** The offer's latest movements: its applications, most recently moved first, paged by the API. */
export function OfferActivity() {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="subtitle1" component="h2" sx={{ mt: 2 }}>
        {translate('resources.offers.show.activity')}
      </Typography>
      <ReferenceManyField
        reference="applications"
        target="offerId"
        sort={{ field: 'stageChangedAt', order: 'DESC' }}
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10]} />}
        empty={
          <Typography color="text.secondary">{translate('resources.offers.show.no_activity')}</Typography>
        }
      >
        <DataTable<Application> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="candidateId">
            <ReferenceField source="candidateId" reference="candidates" link={false} />
          </DataTable.Col>
          <DataTable.Col source="stage" field={StageField} />
          <DataTable.Col source="stageChangedAt" field={LocaleDateField} />
          <DataTable.Col source="appliedAt" field={LocaleDateField} />
        </DataTable>
      </ReferenceManyField>
    </>
  );
}
