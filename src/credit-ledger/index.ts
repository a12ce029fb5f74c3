import Icon from '@mui/icons-material/AccountBalanceWallet';
import type { ResourceProps } from 'react-admin';
import { CreditLedgerList } from './CreditLedgerList';

/** The <Resource> props for `credit-ledger`. */
export const creditLedgerResource: ResourceProps = {
  name: 'credit-ledger',
  list: CreditLedgerList,
  icon: Icon,
};
