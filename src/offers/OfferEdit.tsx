import { usePermissions } from 'react-admin';
import { SafeEdit } from '../common/conflict/SafeEdit';
import { Forbidden } from '../layout/Forbidden';
import { EDITABLE_FIELDS } from '../model/permissions';
import type { Role } from '../model/types';
import { OfferInputs } from './OfferInputs';

/**
 * Edits every field but status (the workflow buttons on the show page do that). Roles limited to
 * some fields (support: status only, for moderation) moderate from the show page instead.
 */
export function OfferEdit() {
  const { permissions, isPending } = usePermissions<{ role: Role } | null>();
  if (isPending) return null;
  if (!permissions || EDITABLE_FIELDS.offers?.[permissions.role]) return <Forbidden />;
  return (
    <SafeEdit redirect="show">
      <OfferInputs />
    </SafeEdit>
  );
}
