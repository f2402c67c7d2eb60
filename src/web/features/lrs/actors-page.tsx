import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page.tsx';
import { PersonPicker } from '../../components/person-picker.tsx';
import { QueryError } from '../../components/states.tsx';
import { type ActorStatus, type LrsActor, useActors, useMatchActor } from './lrs-api.ts';
import { LrsNav } from './lrs-nav.tsx';
import { useCursorPages } from './use-cursor-pages.ts';

/** Says who an actor is: a person picked by name; the actor's statements follow. */
function MatchDialog({ actor, onClose }: { actor: LrsActor | null; onClose: () => void }) {
  const { t } = useTranslation('lrs');
  const match = useMatchActor();
  const [personId, setPersonId] = useState<string | null>(null);
  const close = () => {
    match.reset();
    setPersonId(null);
    onClose();
  };
  return (
    <Dialog
      isOpen={actor !== null}
      onOpenChange={(isOpen) => !isOpen && close()}
      title={t('actors.match.title', { name: actor?.name ?? actor?.identifier.value ?? '' })}
      description={t('actors.match.body')}
    >
      <div className="space-y-4">
        <p className="text-sm text-slate-700">
          {actor?.identifier.value} · {t('actors.statementCount', { count: actor?.statements ?? 0 })}
        </p>
        <PersonPicker
          label={t('actors.match.person')}
          value={personId}
          currentName={actor?.person?.displayName}
          onChange={setPersonId}
        />
        <FormErrorRegion error={match.error} shownFields={['personId']} />
        {match.data && (
          <p role="status" className="text-sm text-emerald-800">
            {t('actors.match.done', { count: match.data.statementsLinked })}
          </p>
        )}
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          {actor?.person && (
            <Button
              variant="secondary"
              isBusy={match.isPending}
              onClick={() => match.mutate({ agentKey: actor.agentKey, personId: null })}
            >
              {t('actors.match.undo')}
            </Button>
          )}
          <Button
            disabled={!personId}
            isBusy={match.isPending}
            onClick={() => actor && personId && match.mutate({ agentKey: actor.agentKey, personId })}
          >
            {t('actors.match.submit')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

export function ActorsPage() {
  const { t } = useTranslation('lrs');
  const format = useFormat();
  const [status, setStatus] = useState<ActorStatus>('unmatched');
  const [search, setSearch] = useState('');
  const pages = useCursorPages([status, search]);
  const actors = useActors({ status, search: search.trim(), cursor: pages.cursor });
  const [matching, setMatching] = useState<LrsActor | null>(null);
  const matchedByLabel = (actor: LrsActor) =>
    ({
      mbox: t('actors.matchedBy.mbox'),
      mbox_sha1sum: t('actors.matchedBy.mbox_sha1sum'),
      account: t('actors.matchedBy.account'),
      manual: t('actors.matchedBy.manual'),
    })[actor.matchedBy ?? 'manual'];
  const columns: Column<LrsActor>[] = [
    {
      id: 'actor',
      header: t('actors.columns.actor'),
      cell: (actor) => (
        <div>
          <p className="font-medium text-slate-900">{actor.name ?? t('actors.noName')}</p>
          <p className="text-xs break-all text-slate-600">{actor.identifier.value}</p>
        </div>
      ),
    },
    {
      id: 'person',
      header: t('actors.columns.person'),
      cell: (actor) =>
        actor.person ? (
          <span>
            {actor.person.displayName}{' '}
            <span className="text-xs text-slate-600">({matchedByLabel(actor)})</span>
          </span>
        ) : (
          <span className="text-slate-600">{t('actors.unmatched')}</span>
        ),
    },
    {
      id: 'statements',
      header: t('actors.columns.statements'),
      cell: (actor) => (
        <Link
          to="/admin/lrs"
          search={{ agentKey: actor.agentKey }}
          className="font-medium text-teal-700 hover:underline"
        >
          {actor.statementsCapped
            ? t('actors.statementsCapped', { count: actor.statements })
            : t('actors.statementCount', { count: actor.statements })}
        </Link>
      ),
    },
    {
      id: 'firstSeen',
      header: t('actors.columns.firstSeen'),
      className: 'hidden md:table-cell',
      cell: (actor) => format.dateTime(actor.firstSeenAt),
    },
    {
      id: 'actions',
      header: <span className="sr-only">{t('actors.columns.actions')}</span>,
      cell: (actor) => (
        <Button
          variant="secondary"
          aria-label={t('actors.matchNamed', { name: actor.name ?? actor.identifier.value })}
          onClick={() => setMatching(actor)}
        >
          {actor.person ? t('actors.rematch') : t('actors.match.open')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('title')} description={t('actors.description')} />
      <LrsNav />
      <div className="mb-4 grid gap-4 sm:grid-cols-2 lg:max-w-3xl">
        <SelectField
          label={t('actors.status.label')}
          value={status}
          onChange={(event) => setStatus(event.target.value as ActorStatus)}
        >
          <option value="unmatched">{t('actors.status.unmatched')}</option>
          <option value="matched">{t('actors.status.matched')}</option>
          <option value="all">{t('actors.status.all')}</option>
        </SelectField>
        <TextField
          label={t('actors.search')}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {actors.isError ? (
        <QueryError error={actors.error} />
      ) : (
        <DataTable
          label={t('actors.list')}
          columns={columns}
          rows={actors.data?.actors}
          rowKey={(actor) => actor.agentKey}
          isLoading={actors.isPending}
          emptyTitle={status === 'unmatched' ? t('actors.emptyUnmatched') : t('actors.empty')}
        />
      )}
      <PageButtons pages={pages} nextCursor={actors.data?.nextCursor ?? null} />
      <MatchDialog actor={matching} onClose={() => setMatching(null)} />
    </>
  );
}

/** Earlier / later pages of a list paged by cursor. */
export function PageButtons({
  pages,
  nextCursor,
}: {
  pages: ReturnType<typeof useCursorPages>;
  nextCursor: string | null;
}) {
  const { t } = useTranslation('lrs');
  if (!pages.hasPrevious && !nextCursor) return null;
  return (
    <nav aria-label={t('paging.label')} className="mt-4 flex justify-between gap-2">
      <Button variant="secondary" disabled={!pages.hasPrevious} onClick={pages.previous}>
        {t('paging.newer')}
      </Button>
      <Button variant="secondary" disabled={!nextCursor} onClick={() => nextCursor && pages.next(nextCursor)}>
        {t('paging.older')}
      </Button>
    </nav>
  );
}
