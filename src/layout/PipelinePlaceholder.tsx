import { Card, CardContent, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';

/** `#/pipeline` until the application board replaces it. */
export function PipelinePlaceholder() {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.pipeline.title" />
      <CardContent>
        <Typography>{translate('app.pipeline.coming_soon')}</Typography>
      </CardContent>
    </Card>
  );
}
