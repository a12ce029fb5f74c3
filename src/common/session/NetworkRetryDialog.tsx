import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The server could not be reached: the form keeps its values, and retrying sends them again. */
export function NetworkRetryDialog({ onRetry, onCancel }: { onRetry: () => void; onCancel: () => void }) {
  const translate = useTranslate();
  return (
    <Dialog open aria-labelledby="network-title">
      <DialogTitle id="network-title">{translate('app.session.network_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('app.session.network_explanation')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
        <Button onClick={onRetry} variant="contained">
          {translate('app.session.retry')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
