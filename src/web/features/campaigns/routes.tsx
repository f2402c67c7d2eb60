import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/guards.tsx';

const page = (name: 'CampaignsPage' | 'CampaignPage' | 'CampaignSettingsPage') =>
  lazyRouteComponent(() => import('./pages.tsx'), name);
const editor = (name: 'NewCampaignPage' | 'EditCampaignPage') =>
  lazyRouteComponent(() => import('./campaign-editor.tsx'), name);
const ThemesPage = lazyRouteComponent(() => import('./themes-page.tsx'), 'ThemesPage');
const PromoStudioPage = lazyRouteComponent(() => import('./promo-studio.tsx'), 'PromoStudioPage');

const forLd = (Component: ReturnType<typeof page>) =>
  function Guarded() {
    return (
      <RequirePermission permission="catalogue.manage">
        <Component />
      </RequirePermission>
    );
  };

/** Campaigns (L&D): the list, the editor, one campaign with its results, the themes calendar, settings. */
export function createCampaignRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: 'campaigns', component: forLd(page('CampaignsPage')) }),
    createRoute({ getParentRoute, path: 'campaigns/new', component: forLd(editor('NewCampaignPage')) }),
    createRoute({ getParentRoute, path: 'campaigns/themes', component: forLd(ThemesPage) }),
    createRoute({
      getParentRoute,
      path: 'campaigns/settings',
      component: forLd(page('CampaignSettingsPage')),
    }),
    createRoute({ getParentRoute, path: 'campaigns/$id', component: forLd(page('CampaignPage')) }),
    createRoute({ getParentRoute, path: 'campaigns/$id/edit', component: forLd(editor('EditCampaignPage')) }),
    createRoute({ getParentRoute, path: 'campaigns/$id/promo', component: forLd(PromoStudioPage) }),
  ] as const;
}
