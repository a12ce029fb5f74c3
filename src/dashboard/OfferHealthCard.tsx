import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { formatValue, toPercent } from '../common/chartData';
import { DashboardCard } from '../common/DashboardCard';
import type { StatsParams } from '../model/stats-types';
import { useStats } from './useStats';

const COLUMNS = ['offer', 'views', 'applications', 'conversion', 'percentile', 'hint'] as const;

/** Each recent offer's views → applications conversion against its peers, worst first, with one hint. */
export function OfferHealthCard({ params }: { params: StatsParams }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useStats('offer-health', params);
  const t = (key: string, options?: object) => translate(`app.dashboard.offer_health.${key}`, options);
  return (
    <DashboardCard
      title="app.dashboard.offer_health.title"
      subheader={data && t('subtitle', { smart_count: data.total })}
      isPending={isPending}
      error={error}
      empty={!data?.offers.length}
    >
      <Table size="small" aria-label={t('title')}>
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
          {data?.offers.map((offer) => (
            <TableRow key={offer.offerId}>
              <TableCell component="th" scope="row">
                <Link to={`/offers/${offer.offerId}/show`}>{`${offer.reference} · ${offer.title}`}</Link>
              </TableCell>
              <TableCell align="right">{formatValue(offer.views, { format: 'count' }, locale)}</TableCell>
              <TableCell align="right">
                {formatValue(offer.applications, { format: 'count' }, locale)}
              </TableCell>
              <TableCell align="right">
                {formatValue(toPercent(offer.conversion), { format: 'percent' }, locale)}
              </TableCell>
              <TableCell>
                {offer.percentile === null
                  ? t('no_peers')
                  : t(offer.lagging ? 'lagging' : 'ahead', {
                      percentile: offer.percentile,
                      peers: offer.peers,
                    })}
              </TableCell>
              <TableCell>{offer.hint ? t(`hints.${offer.hint}`) : ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </DashboardCard>
  );
}
