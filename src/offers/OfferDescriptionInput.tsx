import { Skeleton } from '@mui/material';
import { lazy, Suspense } from 'react';
import type { Validator } from 'react-admin';

// The editor (tiptap) is heavy: load it only when a form needs it, in its own chunk.
const RichTextInput = lazy(() =>
  import('../common/RichTextEditor').then((module) => ({ default: module.RichTextEditor })),
);

/** The offer's rich-text description; the API sanitises it again, and display uses RichTextField. */
export function OfferDescriptionInput({ validate }: { validate?: Validator }) {
  return (
    <Suspense fallback={<Skeleton variant="rectangular" height={200} width="100%" />}>
      <RichTextInput
        source="description"
        validate={validate}
        helperText="resources.offers.help.description"
        fullWidth
      />
    </Suspense>
  );
}
