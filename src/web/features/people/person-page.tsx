import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Person, unwrap } from '../../api/client.ts';
import { AccountBadge, Avatar, Badge, StatusBadge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, DescriptionList, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { PersonRow } from '../home/index.ts';
import { DeactivateButton, InviteButton, RolesButton, usePersonMutation } from './person-actions.tsx';
import { PersonForm } from './person-form.tsx';
import { bodyOf, type PersonFormValues } from './person-values.ts';

const route = getRouteApi('/_app/people/$personId');

const linkClass = 'font-medium text-teal-700 hover:underline';

function Reports({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const reports = useQuery({
    queryKey: ['person', personId, 'reports'],
    queryFn: () => unwrap(api.GET('/api/v1/people/{id}/reports', { params: { path: { id: personId } } })),
  });
  return (
    <Card title={t('person.reports')} titleId="person-reports">
      {reports.isPending ? (
        <Loading />
      ) : reports.isError ? (
        <QueryError error={reports.error} />
      ) : reports.data.length === 0 ? (
        <EmptyState title={t('person.noReports')} />
      ) : (
        <ul className="divide-y divide-slate-100">
          {reports.data.map((report) => (
            <PersonRow key={report.id} person={report} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function Details({ person }: { person: Person }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hasHr = person.account !== undefined;
  return (
    <Card title={t('person.details')} titleId="person-details">
      <DescriptionList
        items={[
          {
            term: t('fields.email'),
            value: (
              <a href={`mailto:${person.email}`} className={`break-all ${linkClass}`}>
                {person.email}
              </a>
            ),
          },
          { term: t('fields.jobTitle'), value: person.jobTitle ?? '—' },
          {
            term: t('fields.unit'),
            value: person.orgUnit ? (
              <Link to="/organisation" search={{ unit: person.orgUnit.id }} className={linkClass}>
                {person.orgUnit.name}
              </Link>
            ) : (
              '—'
            ),
          },
          {
            term: t('fields.manager'),
            value: person.manager ? (
              <Link to="/people/$personId" params={{ personId: person.manager.id }} className={linkClass}>
                {person.manager.name}
              </Link>
            ) : (
              '—'
            ),
          },
          ...(hasHr
            ? [
                { term: t('fields.employeeNumber'), value: person.employeeNumber ?? '—' },
                { term: t('fields.startDate'), value: format.date(person.startDate) },
                { term: t('fields.endDate'), value: format.date(person.endDate) },
              ]
            : []),
          {
            term: t('fields.language'),
            value: person.locale ? t(`languages.${person.locale}`) : t('people.form.organisationLanguage'),
          },
        ]}
      />
    </Card>
  );
}

function Account({ person }: { person: Person }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (person.account === undefined) return null;
  return (
    <Card title={t('person.accountTitle')} titleId="person-account">
      <DescriptionList
        items={[
          { term: t('fields.account'), value: <AccountBadge account={person.account} /> },
          { term: t('fields.lastSignIn'), value: format.dateTime(person.lastSignInAt) },
          {
            term: t('fields.roles'),
            value: (
              <span className="flex flex-wrap gap-1">
                <Badge>{t('roles.employee')}</Badge>
                {person.isManager && <Badge tone="blue">{t('roles.manager')}</Badge>}
                {(person.roles ?? []).map((role) => (
                  <Badge key={role} tone="violet">
                    {t(`roles.${role}`)}
                  </Badge>
                ))}
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}

function EditPerson({ person, onDone }: { person: Person; onDone: () => void }) {
  const { t } = useTranslation();
  const update = usePersonMutation(person.id, (values: PersonFormValues) =>
    unwrap(api.PATCH('/api/v1/people/{id}', { params: { path: { id: person.id } }, body: bodyOf(values) })),
  );
  return (
    <Card title={t('person.edit')} titleId="person-edit">
      <PersonForm
        person={person}
        submitLabel={t('common.save')}
        onSubmit={async (values) => {
          await update.mutateAsync(values);
          onDone();
        }}
        onCancel={onDone}
      />
    </Card>
  );
}

export function PersonPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { personId } = route.useParams();
  const [isEditing, setIsEditing] = useState(false);
  const person = useQuery({
    queryKey: ['person', personId],
    queryFn: () => unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id: personId } } })),
  });
  if (person.isPending) return <Loading />;
  if (person.isError) return <QueryError error={person.error} />;
  const data = person.data;
  const canManage = can(me, 'people.manage');
  const isSelf = data.id === me.person.id;

  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/people" className="hover:underline">
            ← {t('people.title')}
          </Link>
        }
        title={data.displayName}
        leading={<Avatar name={data.displayName} size="lg" />}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{[data.jobTitle, data.orgUnit?.name].filter(Boolean).join(' · ') || '—'}</span>
            <StatusBadge status={data.status} />
            {data.account && data.account !== 'active' && <AccountBadge account={data.account} />}
            {isSelf && <Badge tone="blue">{t('person.thisIsYou')}</Badge>}
          </span>
        }
        actions={
          canManage &&
          !isEditing && (
            <>
              <Button onClick={() => setIsEditing(true)}>{t('person.actions.edit')}</Button>
              <RolesButton person={data} />
              {data.status !== 'left' && !isSelf && <DeactivateButton person={data} />}
            </>
          )
        }
      />
      {canManage && !isEditing && data.status !== 'left' && data.account !== 'active' && (
        <div className="mb-6 rounded-xl border border-sky-200 bg-sky-50 p-4">
          <p className="mb-3 text-sm text-sky-900">
            {data.account === 'invited' ? t('person.invitedHint') : t('person.noAccountHint')}
          </p>
          <InviteButton person={data} />
        </div>
      )}
      {isEditing ? (
        <EditPerson person={data} onDone={() => setIsEditing(false)} />
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <Details person={data} />
          <Account person={data} />
          {data.isManager && <Reports personId={data.id} />}
        </div>
      )}
    </>
  );
}
