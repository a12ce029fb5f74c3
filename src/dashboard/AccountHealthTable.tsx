import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import type { AccountHealth } from '../stats-types';

const COLUMNS = [
  'company',
  'plan',
  'score',
  'recruiters',
  'offers',
  'credits',
  'renewal',
  'breadth',
] as const;

/** Top or at-risk accounts, each score beside the components it is made of, linking to the account. */
export function AccountHealthTable({ rows, caption }: { rows: AccountHealth[]; caption: string }) {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.dashboard.health.${key}`, options);
  if (rows.length === 0)
    return <Typography color="text.secondary">{translate('app.dashboard.empty')}</Typography>;
  return (
    <Table size="small" aria-label={caption}>
      <TableHead>
        <TableRow>
          {COLUMNS.map((column) => (
            <TableCell key={column} component="th" scope="col">
              {t(column)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(
          ({ companyId, name, country, plan, score, previousScore, components: c, points, reasons }) => (
            <TableRow key={companyId}>
              <TableCell component="th" scope="row">
                <Link to={`/companies/${companyId}/show`}>{name}</Link> ({country})
                {reasons.length > 0 && (
                  <Typography variant="caption" sx={{ display: 'block' }} color="warning.main">
                    {reasons.map((reason) => t(`reasons.${reason}`)).join(', ')}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{translate(`app.dashboard.plans.${plan}`)}</TableCell>
              <TableCell>{t('score_value', { score, previous: previousScore })}</TableCell>
              <TableCell>
                {t('recruiters_value', {
                  active: c.activeRecruiters,
                  total: c.recruiters,
                  points: points.recruiters,
                })}
              </TableCell>
              <TableCell>
                {t('offers_value', { count: c.offersPublished30d, points: points.offers })}
              </TableCell>
              <TableCell>
                {c.daysOfCreditLeft === null
                  ? t('credits_unused', { left: c.creditsLeft, points: points.credits })
                  : t('credits_value', {
                      left: c.creditsLeft,
                      days: c.daysOfCreditLeft,
                      points: points.credits,
                    })}
              </TableCell>
              <TableCell>
                {c.daysToRenewal === null
                  ? t('renewal_none', { points: points.renewal })
                  : t('renewal_value', { days: c.daysToRenewal, points: points.renewal })}
              </TableCell>
              <TableCell>
                {t('breadth_value', { count: c.features.length, points: points.breadth })}
              </TableCell>
            </TableRow>
          ),
        )}
      </TableBody>
    </Table>
  );
}
