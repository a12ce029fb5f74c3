import RetentionIcon from '@mui/icons-material/AutoDelete';
import WatchIcon from '@mui/icons-material/TravelExplore';
import TimelineIcon from '@mui/icons-material/ViewKanban';
import { Menu as RaMenu, useCanAccess } from 'react-admin';

/** The menu of docs/roles-and-permissions.md; each entry shows only if the role may list it (canAccess). */
export function Menu() {
  return (
    <RaMenu>
      <RaMenu.DashboardItem primaryText="app.menu.dashboard" />
      <RaMenu.ResourceItem name="candidates" />
      <RaMenu.ResourceItem name="offers" />
      <RaMenu.ResourceItem name="applications" />
      <PipelineItem />
      <RaMenu.ResourceItem name="companies" />
      <RaMenu.ResourceItem name="users" />
      <ModerationItem />
      <BoardsItem />
      <RaMenu.ResourceItem name="audit-logs" />
      <RetentionItem />
      <ScrapingWatchItem />
    </RaMenu>
  );
}

function PipelineItem() {
  const { canAccess } = useCanAccess({ resource: 'pipeline', action: 'list' });
  if (!canAccess) return null;
  return <RaMenu.Item to="/pipeline" primaryText="app.menu.pipeline" leftIcon={<TimelineIcon />} />;
}

/** GDPR retention view (support, admin: those who may anonymise). */
function RetentionItem() {
  const { canAccess } = useCanAccess({ resource: 'candidates', action: 'anonymise' });
  if (!canAccess) return null;
  return <RaMenu.Item to="/retention" primaryText="app.gdpr.retention_menu" leftIcon={<RetentionIcon />} />;
}

/** The scraping watch (support, admin). */
function ScrapingWatchItem() {
  const { canAccess } = useCanAccess({ resource: 'scraping-watch', action: 'list' });
  if (!canAccess) return null;
  return <RaMenu.Item to="/scraping-watch" primaryText="app.scraping.menu" leftIcon={<WatchIcon />} />;
}

/** The moderation queue, for those who moderate (support, admin); recruiters read their own publications on the offer. */
function ModerationItem() {
  const { canAccess } = useCanAccess({ resource: 'offer-publications', action: 'moderate' });
  if (!canAccess) return null;
  return <RaMenu.ResourceItem name="offer-publications" />;
}

/** The job boards, for admin (who edits them) and the staff who moderate or sell them; recruiters pick boards on the offer. */
function BoardsItem() {
  const { canAccess: moderates } = useCanAccess({ resource: 'offer-publications', action: 'moderate' });
  const { canAccess: edits } = useCanAccess({ resource: 'boards', action: 'edit' });
  if (!moderates && !edits) return null;
  return <RaMenu.ResourceItem name="boards" />;
}
