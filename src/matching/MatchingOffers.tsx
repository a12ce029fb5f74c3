import { Link, Typography } from '@mui/material';
import { useCanAccess, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import type { Candidate, Identifier, Offer } from '../model/types';
import { InviteButton } from './InviteButton';
import { MatchFeedback } from './MatchFeedback';
import { MatchItem } from './MatchItem';
import { MatchList } from './MatchList';
import { useCvCredits } from './useCvCredits';
import { useExistingApplications } from './useExistingApplications';
import { useMatches } from './useMatches';

interface MatchingOffersProps {
  candidateId: Identifier;
  /** The candidate's name, for the invitation message. */
  name: string;
  /** A database profile whose contact is masked: inviting unlocks it, for one CV credit. */
  masked?: boolean;
}

/** The candidate page's "Matching offers" tab: published offers (a recruiter's own) ranked for the profile. */
export function MatchingOffers({ candidateId, name, masked = false }: MatchingOffersProps) {
  const matches = useMatches<Offer>('candidates', candidateId);
  const { canAccess: canInvite = false } = useCanAccess({ resource: 'applications', action: 'create' });
  const { canAccess: canJudge = false } = useCanAccess({ resource: 'match-feedback', action: 'create' });
  const ids = matches.results.map((m) => m.id);
  const existing = useExistingApplications({ candidateId }, ids, canInvite);
  const cv = useCvCredits(canInvite && masked);
  return (
    <MatchList
      title="matching.matching_offers.title"
      empty="matching.matching_offers.empty"
      matches={matches}
    >
      {(match, rank) => (
        <MatchItem
          key={match.id}
          rank={rank}
          match={match}
          title={<OfferLink offer={match.record} />}
          details={<OfferDetails offer={match.record} />}
          leader={matches.results[0]}
          feedback={
            <MatchFeedback
              offerId={match.id}
              candidateId={candidateId}
              feedback={match.feedback}
              canJudge={canJudge}
            />
          }
          action={
            canInvite && (
              <InviteButton
                offerId={match.id}
                candidateId={candidateId}
                name={name}
                existing={existing.byId.get(match.id)}
                masked={masked}
                credits={cv.credits}
                onInvited={() => {
                  existing.refetch();
                  cv.refetch();
                }}
              />
            )
          }
        />
      )}
    </MatchList>
  );
}

/** The tab's content on the candidate page, reading the candidate from the record context. */
export function CandidateMatchingOffers() {
  const record = useRecordContext<Candidate>();
  if (!record) return null;
  return (
    <MatchingOffers
      candidateId={record.id}
      name={`${record.firstName} ${record.lastName}`.trim()}
      masked={record.contactMasked === true}
    />
  );
}

function OfferLink({ offer }: { offer: Offer }) {
  const createPath = useCreatePath();
  return (
    <Link href={`#${createPath({ resource: 'offers', id: offer.id, type: 'show' })}`}>{offer.title}</Link>
  );
}

function OfferDetails({ offer }: { offer: Offer }) {
  const translate = useTranslate();
  const parts = [
    offer.reference,
    translate(`resources.offers.contract.${offer.contractType}`),
    offer.city,
    translate(`resources.offers.remote.${offer.remote}`),
  ];
  return (
    <Typography variant="body2" color="text.secondary">
      {parts.join(' · ')}
    </Typography>
  );
}
