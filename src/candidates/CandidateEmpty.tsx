import PersonAdd from '@mui/icons-material/PersonAdd';
import { Box, Typography } from '@mui/material';
import { CreateButton, useCanAccess, useTranslate } from 'react-admin';
import { CandidateImportButton } from './CandidateImportButton';

/** No candidate at all yet: say where candidates come from and what to do first. */
export function CandidateEmpty() {
  const translate = useTranslate();
  const { canAccess: canCreate } = useCanAccess({ resource: 'candidates', action: 'create' });
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <PersonAdd fontSize="large" color="disabled" aria-hidden />
      <Typography variant="h6" component="p" gutterBottom>
        {translate('resources.candidates.empty.title')}
      </Typography>
      <Typography variant="body2" gutterBottom>
        {translate('resources.candidates.empty.hint')}
      </Typography>
      {canCreate && (
        <Box sx={{ display: 'flex', gap: 1, justifyContent: 'center' }}>
          <CreateButton />
          <CandidateImportButton />
        </Box>
      )}
    </Box>
  );
}
