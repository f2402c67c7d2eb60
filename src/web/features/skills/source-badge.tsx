import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';

const tones = { self: 'blue', manager: 'green', peer: 'violet', evidence: 'amber' } as const;

/** Where a rating came from: self, manager, peer or evidence. */
export function SourceBadge({ source }: { source: keyof typeof tones }) {
  const { t } = useTranslation('skills');
  return <Badge tone={tones[source]}>{t(`source.${source}`)}</Badge>;
}
