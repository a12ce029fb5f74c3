import { Box } from '@mui/material';
import { Title } from 'react-admin';
import { PipelineBoard } from './PipelineBoard';

/** `#/pipeline`: the recruiter's board over all their offers. */
export function PipelinePage() {
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="app.pipeline.title" />
      <PipelineBoard />
    </Box>
  );
}
