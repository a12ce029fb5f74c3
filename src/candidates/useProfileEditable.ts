import { usePermissions, useRecordContext } from 'react-admin';
import type { Candidate, Identifier, Role } from '../model/types';

type Who = { role: Role; companyId: Identifier | null } | null | undefined;

/**
 * Whether the user may change the profile itself, not only its tags: the API lets a recruiter edit
 * a profile their company added, and only tag the others (applicants, database profiles).
 */
export function profileEditable(record: Pick<Candidate, 'ownerCompanyId'> | undefined, who: Who): boolean {
  if (!record) return true; // a new profile
  return who?.role !== 'recruiter' || record.ownerCompanyId === who.companyId;
}

export function useProfileEditable(): boolean {
  const record = useRecordContext<Candidate>();
  const { permissions } = usePermissions<Who>();
  return profileEditable(record, permissions);
}
