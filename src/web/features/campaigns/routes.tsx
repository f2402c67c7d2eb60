import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { NoAccess } from '../../components/states.tsx';
import { RequirePermission } from '../../lib/guards.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';

const CampaignsPage = lazyRouteComponent(() => import('./campaigns-page.tsx'), 'CampaignsPage');
const CampaignPage = lazyRouteComponent(() => import('./campaign-page.tsx'), 'CampaignPage');
const CampaignSettingsPage = lazyRouteComponent(
  () => import('./campaign-settings-page.tsx'),
  'CampaignSettingsPage',
);
const editor = (name: 'NewCampaignPage' | 'EditCampaignPage') =>
  lazyRouteComponent(() => import('./campaign-editor.tsx'), name);
const ThemesPage = lazyRouteComponent(() => import('./themes-page.tsx'), 'ThemesPage');
const CoachTipsPage = lazyRouteComponent(() => import('./coach-tips-page.tsx'), 'CoachTipsPage');
const PromoStudioPage = lazyRouteComponent(() => import('./promo-studio.tsx'), 'PromoStudioPage');

const forLd = (Component: typeof CampaignsPage) =>
  function Guarded() {
    return (
      <RequirePermission permission="catalogue.manage">
        <Component />
      </RequirePermission>
    );
  };

/** The coach tip library: L&D and coaches (the API checks the same). */
function ForTipKeepers() {
  const me = useMe();
  return can(me, 'catalogue.manage') || me.roles.includes('coach') ? <CoachTipsPage /> : <NoAccess />;
}

/** Campaigns (L&D): the list, the editor, one campaign with its results, the themes calendar, settings. */
export function createCampaignRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: 'campaigns', component: forLd(CampaignsPage) }),
    createRoute({ getParentRoute, path: 'campaigns/new', component: forLd(editor('NewCampaignPage')) }),
    createRoute({ getParentRoute, path: 'campaigns/themes', component: forLd(ThemesPage) }),
    createRoute({
      getParentRoute,
      path: 'campaigns/settings',
      component: forLd(CampaignSettingsPage),
    }),
    createRoute({ getParentRoute, path: 'campaigns/$id', component: forLd(CampaignPage) }),
    createRoute({ getParentRoute, path: 'campaigns/$id/edit', component: forLd(editor('EditCampaignPage')) }),
    createRoute({ getParentRoute, path: 'campaigns/$id/promo', component: forLd(PromoStudioPage) }),
    createRoute({ getParentRoute, path: 'coach-tips', component: ForTipKeepers }),
  ] as const;
}
