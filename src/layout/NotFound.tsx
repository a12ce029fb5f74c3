import { Card, CardActions, CardContent, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { Button } from '../common/Button';

interface MessagePageProps {
  title: string;
  message: string;
}

/** The shared body of the 404 and 403 pages. */
export function MessagePage({ title, message }: MessagePageProps) {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }} role="alert">
      <Title title={title} />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate(title)}
        </Typography>
        <Typography>{translate(message)}</Typography>
      </CardContent>
      <CardActions>
        <Button to="/" label="app.pages.back_home" />
      </CardActions>
    </Card>
  );
}

/** 404: unknown route, or a record the API answered 404 for (incl. another company's). */
export function NotFound() {
  return <MessagePage title="app.pages.not_found_title" message="app.pages.not_found" />;
}
