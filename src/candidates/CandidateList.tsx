import { DataTable, List, Pagination } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { Candidate } from '../types';

/** Paged candidates; recruiters may not ask for more than 30 rows a page (the API's cap). */
export function CandidateList() {
  return (
    <List
      sort={{ field: 'id', order: 'DESC' }}
      exporter={false}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
    >
      <DataTable<Candidate> rowClick={'show'}>
        <DataTable.Col source="firstName" />
        <DataTable.Col source="lastName" />
        <DataTable.Col source="headline" />
        <DataTable.Col source="city" />
        <DataTable.NumberCol source="yearsOfExperience" />
        <DataTable.Col source="lastActivityAt" field={LocaleDateField} />
      </DataTable>
    </List>
  );
}
