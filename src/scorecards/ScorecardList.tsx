import { DataTable, List, ReferenceField, useTranslate } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { Scorecard } from '../model/types';

function Status({ card }: { card: Scorecard }) {
  const translate = useTranslate();
  if (card.submittedAt) return <LocaleDateField source="submittedAt" record={card} />;
  return <em>{translate('resources.scorecards.draft')}</em>;
}

/** Scorecards the user may see: submitted ones of the company and their own drafts. */
export function ScorecardList() {
  const translate = useTranslate();
  return (
    <List sort={{ field: 'id', order: 'DESC' }} exporter={false}>
      <DataTable<Scorecard> rowClick="edit">
        <DataTable.Col source="applicationId">
          <ReferenceField source="applicationId" reference="applications" link="show" />
        </DataTable.Col>
        <DataTable.Col source="authorId">
          <ReferenceField source="authorId" reference="users" link={false} />
        </DataTable.Col>
        <DataTable.Col
          source="recommendation"
          render={(r) =>
            r.recommendation ? translate(`resources.scorecards.recommendations.${r.recommendation}`) : '-'
          }
        />
        <DataTable.Col source="submittedAt" render={(r) => <Status card={r as Scorecard} />} />
      </DataTable>
    </List>
  );
}
