import RestoreIcon from '@mui/icons-material/RestartAlt';
import { useState } from 'react';
import { Confirm } from 'react-admin';
import { Button } from '../common/Button';
import { IS_DEMO } from '../config';
import { resetDemo } from '../model/demo-journal';

/** Demo mode only: forget this browser's changes and start again from the seed. */
export function ResetDemoButton() {
  const [open, setOpen] = useState(false);
  if (!IS_DEMO) return null;
  return (
    <>
      <Button label="app.demo.reset" onClick={() => setOpen(true)} color="inherit">
        <RestoreIcon />
      </Button>
      <Confirm
        isOpen={open}
        title="app.demo.reset_confirm_title"
        content="app.demo.reset_confirm"
        onConfirm={() => resetDemo()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
