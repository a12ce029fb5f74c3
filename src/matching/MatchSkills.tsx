import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface MatchSkillsProps {
  matched: string[];
  missing: string[];
}

/** Skills asked by the offer, split into those the profile has (tick) and those it lacks (cross). */
export function MatchSkills({ matched, missing }: MatchSkillsProps) {
  return (
    <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
      <SkillGroup label="matching.matched_skills" skills={matched} has />
      <SkillGroup label="matching.missing_skills" skills={missing} has={false} />
    </Stack>
  );
}

function SkillGroup({ label, skills, has }: { label: string; skills: string[]; has: boolean }) {
  const translate = useTranslate();
  if (skills.length === 0) return null;
  const title = translate(label);
  return (
    <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap', alignItems: 'center' }}>
      <Typography variant="caption" color="text.secondary" component="span">
        {title}
      </Typography>
      <Stack
        component="ul"
        aria-label={title}
        direction="row"
        sx={{ gap: 0.5, flexWrap: 'wrap', p: 0, m: 0 }}
      >
        {skills.map((skill) => (
          <Chip
            key={skill}
            component="li"
            size="small"
            label={skill}
            icon={has ? <CheckIcon /> : <CloseIcon />}
            color={has ? 'success' : 'default'}
            variant={has ? 'filled' : 'outlined'}
          />
        ))}
      </Stack>
    </Stack>
  );
}
