import { usePermissions, useRecordContext } from 'react-admin';
import type { Candidate, Identifier, Role } from '../types';

/**
 * Whether the user may change the profile itself, not only its tags: the API lets a recruiter edit
 * a profile their company added, and only tag the others (applicants, unlocked database profiles).
 * True on create (no record yet).
 */
export function useProfileEditable(): boolean {
  const record = useRecordContext<Candidate>();
  const { permissions } = usePermissions<{ role: Role; companyId: Identifier | null } | null>();
  if (!record) return true;
  return permissions?.role !== 'recruiter' || record.ownerCompanyId === permissions.companyId;
}
