import Icon from '@mui/icons-material/AccountBalanceWallet';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

/** The <Resource> props for `credit-ledger`. */
export const creditLedgerResource: ResourceProps = {
  name: 'credit-ledger',
  list: lazyPage(() => import('./CreditLedgerList').then((m) => m.CreditLedgerList)),
  icon: Icon,
};
