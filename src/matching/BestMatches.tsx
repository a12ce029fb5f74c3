import LockIcon from '@mui/icons-material/Lock';
import { Chip, Link, Stack, Typography } from '@mui/material';
import { useCanAccess, useCreatePath, useTranslate } from 'react-admin';
import type { Candidate, Identifier } from '../model/types';
import { InviteButton } from './InviteButton';
import { MatchFeedback } from './MatchFeedback';
import { MatchItem } from './MatchItem';
import { MatchList } from './MatchList';
import { useCvCredits } from './useCvCredits';
import { useExistingApplications } from './useExistingApplications';
import { useMatches } from './useMatches';

/** The offer page's "Best matches" tab: candidates ranked for the offer, each with an invitation. */
export function BestMatches({ offerId }: { offerId: Identifier }) {
  const matches = useMatches<Candidate>('offers', offerId);
  const { canAccess: canInvite = false } = useCanAccess({ resource: 'applications', action: 'create' });
  const { canAccess: canJudge = false } = useCanAccess({ resource: 'match-feedback', action: 'create' });
  const ids = matches.results.map((m) => m.id);
  const existing = useExistingApplications({ offerId }, ids, canInvite);
  const cv = useCvCredits(canInvite);
  return (
    <MatchList title="matching.best_matches.title" empty="matching.best_matches.empty" matches={matches}>
      {(match, rank) => {
        const name = fullName(match.record);
        return (
          <MatchItem
            key={match.id}
            rank={rank}
            match={match}
            title={<CandidateLink id={match.id} name={name} />}
            details={<CandidateDetails candidate={match.record} />}
            leader={matches.results[0]}
            feedback={
              <MatchFeedback
                offerId={offerId}
                candidateId={match.id}
                feedback={match.feedback}
                canJudge={canJudge}
              />
            }
            action={
              canInvite && (
                <InviteButton
                  offerId={offerId}
                  candidateId={match.id}
                  name={name}
                  existing={existing.byId.get(match.id)}
                  masked={match.record.contactMasked === true}
                  credits={cv.credits}
                  onInvited={() => {
                    existing.refetch();
                    cv.refetch();
                  }}
                />
              )
            }
          />
        );
      }}
    </MatchList>
  );
}

function fullName(candidate: Candidate): string {
  return `${candidate.firstName} ${candidate.lastName}`.trim();
}

function CandidateLink({ id, name }: { id: Identifier; name: string }) {
  const createPath = useCreatePath();
  return <Link href={`#${createPath({ resource: 'candidates', id, type: 'show' })}`}>{name}</Link>;
}

/** Headline and city; a masked database profile says so, rather than showing blanks. */
function CandidateDetails({ candidate }: { candidate: Candidate }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="body2" color="text.secondary">
        {[candidate.headline, candidate.city].filter(Boolean).join(' · ')}
      </Typography>
      {candidate.contactMasked && (
        <Chip
          size="small"
          variant="outlined"
          icon={<LockIcon />}
          label={translate('matching.masked')}
          title={translate('matching.masked_hint')}
        />
      )}
    </Stack>
  );
}
