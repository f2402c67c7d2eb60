import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page.tsx';
import { ChannelsCard } from './channels-card.tsx';
import { GroupsCard } from './groups-card.tsx';
import { ScimCard } from './scim-card.tsx';
import { WebhooksCard } from './webhooks-card.tsx';

export function IntegrationsPage() {
  const { t } = useTranslation('integrations');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="space-y-8">
        <ScimCard />
        <GroupsCard />
        <WebhooksCard />
        <ChannelsCard />
      </div>
    </>
  );
}
