import { DataTable, List, ReferenceField, useCanAccess } from 'react-admin';
import { ListPagination } from '../common/ListPagination';
import { LocaleDateField } from '../common/LocaleDateField';
import { StageField } from '../common/StageField';
import { TranslatedField } from '../common/TranslatedField';
import { useClearSelectionOnFilterChange } from '../common/useClearSelectionOnFilterChange';
import type { Application } from '../model/types';
import { applicationFilters } from './ApplicationFilters';
import { ApplicationRejectButton } from './ApplicationRejectButton';

function ApplicationTable({ canMove }: { canMove: boolean }) {
  useClearSelectionOnFilterChange();
  return (
    <DataTable<Application> rowClick="show" bulkActionButtons={canMove ? <ApplicationRejectButton /> : false}>
      <DataTable.Col source="candidateId" disableSort>
        <ReferenceField source="candidateId" reference="candidates" link={false} />
      </DataTable.Col>
      <DataTable.Col source="offerId" disableSort>
        <ReferenceField source="offerId" reference="offers" link={false} />
      </DataTable.Col>
      <DataTable.Col source="stage" field={StageField} />
      <DataTable.NumberCol source="rating" />
      <DataTable.Col source="appliedAt" field={LocaleDateField} />
      <DataTable.Col source="stageChangedAt" field={LocaleDateField} />
      <DataTable.Col source="source">
        <TranslatedField source="source" prefix="app.sources" />
      </DataTable.Col>
    </DataTable>
  );
}

/** The company's applications, paged and filtered by the API; bulk reject asks for one reason. */
export function ApplicationList() {
  const { canAccess: canMove = false } = useCanAccess({ resource: 'applications', action: 'move' });
  return (
    <List
      sort={{ field: 'appliedAt', order: 'DESC' }}
      perPage={25}
      filters={applicationFilters}
      exporter={false}
      pagination={<ListPagination rowsPerPageOptions={[10, 25, 50, 100]} />}
    >
      <ApplicationTable canMove={canMove} />
    </List>
  );
}
