import AddCircleOutline from '@mui/icons-material/AddCircleOutlineOutlined';
import RemoveCircleOutline from '@mui/icons-material/RemoveCircleOutlineOutlined';
import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { MatchReason } from '../model/types';
import { reasonText } from './reasonText';

/** The engine's reasons, in words, each marked for or against by an icon with a text alternative. */
export function MatchReasons({ reasons }: { reasons: MatchReason[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box
      component="ul"
      aria-label={translate('matching.reasons_label')}
      sx={{ listStyle: 'none', p: 0, m: 0 }}
    >
      {reasons.map((reason) => {
        const Icon = reason.positive ? AddCircleOutline : RemoveCircleOutline;
        return (
          <Box
            component="li"
            key={`${reason.kind}-${reason.key}`}
            sx={{ display: 'flex', gap: 0.5, alignItems: 'flex-start' }}
          >
            <Icon
              fontSize="small"
              color={reason.positive ? 'success' : 'warning'}
              titleAccess={translate(reason.positive ? 'matching.positive' : 'matching.negative')}
            />
            <Typography variant="body2">{reasonText(reason, translate, locale)}</Typography>
          </Box>
        );
      })}
    </Box>
  );
}
