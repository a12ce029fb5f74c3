import { Avatar, Box, Card, CardContent, Chip, Link, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { SafeUrlField } from '../common/SafeUrlField';
import { safeUrl } from '../common/url';
import { CandidateGdprActions } from '../gdpr/CandidateGdprActions';
import type { Candidate } from '../model/types';
import { CandidateUnlockButton } from './CandidateUnlockButton';

/** Name, headline, location and contact; masked profiles explain why and offer the unlock. */
export function CandidateHeader() {
  const record = useRecordContext<Candidate>();
  const translate = useTranslate();
  if (!record) return null;
  const initials = `${record.firstName[0] ?? ''}${record.lastName[0] ?? ''}`;
  return (
    <Card variant="outlined" sx={{ m: 2 }}>
      <CardContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2, alignItems: { sm: 'center' } }}>
          <Avatar aria-hidden>{initials}</Avatar>
          <Box sx={{ flex: 1 }}>
            <Typography variant="h5" component="h1">
              {record.firstName} {record.lastName}
            </Typography>
            <Typography variant="subtitle1">{record.headline}</Typography>
            <Typography variant="body2">
              {[record.city, translate(`resources.candidates.countries.${record.country}`)]
                .filter(Boolean)
                .join(', ')}
              {' · '}
              {translate('resources.candidates.show.years', { smart_count: record.yearsOfExperience })}
            </Typography>
          </Box>
          <Box>
            {record.contactMasked ? (
              <Stack sx={{ gap: 1, alignItems: 'flex-start' }}>
                <Chip
                  label={translate('resources.candidates.unlock.masked')}
                  variant="outlined"
                  // The sentence wraps on a phone instead of being cut off.
                  sx={{ height: 'auto', py: 0.5, '& .MuiChip-label': { whiteSpace: 'normal' } }}
                />
                <CandidateUnlockButton />
              </Stack>
            ) : (
              <Stack sx={{ gap: 0.5 }} aria-label={translate('resources.candidates.sections.identity')}>
                <EmailLink email={record.email} />
                {record.phone && <Typography variant="body2">{record.phone}</Typography>}
                <SafeUrlField source="linkedinUrl" />
                <CandidateGdprActions />
              </Stack>
            )}
          </Box>
        </Stack>
      </CardContent>
    </Card>
  );
}

function EmailLink({ email }: { email: string }) {
  const href = safeUrl(`mailto:${email}`);
  if (!email) return null;
  return href ? (
    <Link href={href} variant="body2">
      {email}
    </Link>
  ) : (
    <Typography variant="body2">{email}</Typography>
  );
}
