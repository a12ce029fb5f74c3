import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  RecordContextProvider,
  ReferenceField,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { Application } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';

/** An application's submitted scorecards side by side, one column each, with the average per criterion. */
export function ApplicationScorecards() {
  const translate = useTranslate();
  const app = useRecordContext<Application>();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data } = useQuery({
    queryKey: ['scorecard-summary', app?.id],
    queryFn: async () => (await dataProvider.getScorecardSummary(app?.id ?? 0)).data,
    enabled: !!app,
  });
  if (!data) return null;
  const cards = data.scorecards.filter((s) => s.submittedAt);
  const criteria = [...new Set([...data.criteria, ...data.averages.map((a) => a.criterion)])];
  const t = (key: string, fallback?: string) =>
    translate(`resources.scorecards.${key}`, { _: fallback ?? key });
  return (
    <section aria-labelledby="scorecards-title">
      <Typography id="scorecards-title" variant="h6" component="h2">
        {t('side_by_side')}
      </Typography>
      {cards.length === 0 ? (
        <Typography>{t('none')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell />
              {cards.map((card) => (
                <TableCell key={card.id} scope="col">
                  <RecordContextProvider value={card}>
                    <ReferenceField source="authorId" reference="users" link={false} />
                  </RecordContextProvider>
                </TableCell>
              ))}
              <TableCell scope="col">{t('average')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {criteria.map((criterion) => (
              <TableRow key={criterion}>
                <TableCell scope="row">{t(`criteria.${criterion}`, criterion)}</TableCell>
                {cards.map((card) => (
                  <TableCell key={card.id}>{card.ratings[criterion] ?? '-'}</TableCell>
                ))}
                <TableCell>
                  <strong>
                    {data.averages.find((a) => a.criterion === criterion)?.average.toLocaleString() ?? '-'}
                  </strong>
                </TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell scope="row">{t('fields.recommendation')}</TableCell>
              {cards.map((card) => (
                <TableCell key={card.id}>
                  {card.recommendation ? t(`recommendations.${card.recommendation}`) : '-'}
                </TableCell>
              ))}
              <TableCell />
            </TableRow>
          </TableBody>
        </Table>
      )}
    </section>
  );
}
