import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { adminDateTime as savedAtText, EDITORIAL_MODELS, errorMessage } from '../editorial-models';

interface RevisionSummary {
  id: number;
  action: string;
  status: string;
  authorKind: string;
  authorEmail: string | null;
  restoredFrom: number | null;
  changedFields: string[] | null;
  savedAt: string;
}

interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const ACTION_LABELS: Record<string, string> = {
  create: 'Created',
  update: 'Saved',
  publish: 'Published',
  restore: 'Restored',
  baseline: 'Before history began',
  unpublish: 'Unpublished (the version taken down)',
  discard: 'Draft discarded (the draft thrown away)',
  delete: 'Deleted',
};

function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

function author(revision: RevisionSummary): string {
  if (revision.authorKind === 'scheduler') return 'the scheduler';
  return revision.authorEmail ?? revision.authorKind;
}

const Changes = ({ fromId, toId }: { fromId: number; toId: number }) => {
  const { get } = useFetchClient();
  const [changes, setChanges] = React.useState<FieldChange[] | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);

  React.useEffect(() => {
    get<{ data: { changes: FieldChange[] } }>(`/blmk/revisions/${fromId}/diff/${toId}`)
      .then(({ data }) => setChanges(data.data.changes))
      .catch((error: unknown) => setFailure(errorMessage(error)));
  }, [get, fromId, toId]);

  if (failure) return <Typography textColor="danger600">{failure}</Typography>;
  if (!changes) return <Typography variant="pi">Loading changes…</Typography>;
  if (changes.length === 0) return <Typography variant="pi">No field changed.</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={1} tag="ul">
      {changes.map((change) => (
        <li key={change.field}>
          <Typography variant="pi" fontWeight="bold">{change.field}</Typography>
          <Typography variant="pi" tag="p">was: {showValue(change.before)}</Typography>
          <Typography variant="pi" tag="p">now: {showValue(change.after)}</Typography>
        </li>
      ))}
    </Flex>
  );
};

const RevisionItem = ({
  revision,
  previous,
  onRestore,
  restoring,
}: {
  revision: RevisionSummary;
  previous?: RevisionSummary;
  onRestore: (revision: RevisionSummary) => void;
  restoring: boolean;
}) => {
  const [open, setOpen] = React.useState(false);
  const label = ACTION_LABELS[revision.action] ?? revision.action;
  return (
    <Box tag="li" paddingTop={2} paddingBottom={2} borderColor="neutral150" borderStyle="solid" borderWidth="0 0 1px 0">
      <Typography variant="omega" fontWeight="semiBold" tag="p">
        {label}
        {revision.restoredFrom ? ` (from #${revision.restoredFrom})` : ''} · #{revision.id}
      </Typography>
      <Typography variant="pi" textColor="neutral600" tag="p">
        {savedAtText(revision.savedAt)} by {author(revision)}
      </Typography>
      {revision.changedFields && revision.changedFields.length > 0 ? (
        <Typography variant="pi" textColor="neutral600" tag="p">
          Changed: {revision.changedFields.join(', ')}
        </Typography>
      ) : null}
      <Flex gap={2} paddingTop={1}>
        {previous ? (
          <Button size="S" variant="tertiary" onClick={() => setOpen(!open)} aria-expanded={open}>
            {open ? 'Hide changes' : 'Show changes'}
          </Button>
        ) : null}
        {/* A deletion is restored from Deleted entries, as a whole entry. */}
        {revision.action === 'delete' ? null : (
          <Button size="S" variant="secondary" loading={restoring} onClick={() => onRestore(revision)}>
            Restore
          </Button>
        )}
      </Flex>
      {open && previous ? (
        <Box paddingTop={2}>
          <Changes fromId={previous.id} toId={revision.id} />
        </Box>
      ) : null}
    </Box>
  );
};

const RevisionList = ({ model, documentId, locale, version }: { model: string; documentId: string; locale?: string; version?: string }) => {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [revisions, setRevisions] = React.useState<RevisionSummary[] | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [restoringId, setRestoringId] = React.useState<number | null>(null);

  const load = React.useCallback(() => {
    const query = locale ? `?locale=${encodeURIComponent(locale)}` : '';
    get<{ data: RevisionSummary[] }>(`/blmk/revisions/${model}/${documentId}${query}`)
      .then(({ data }) => {
        setRevisions(data.data);
        setFailure(null);
      })
      .catch((error: unknown) => setFailure(errorMessage(error)));
  }, [get, model, documentId, locale]);

  // Reload after every save (the document's updatedAt changes).
  React.useEffect(load, [load, version]);

  const restore = async (revision: RevisionSummary) => {
    const when = savedAtText(revision.savedAt);
    if (!window.confirm(`Replace the current draft with version #${revision.id} (${when})? The current draft stays in the history.`)) return;
    setRestoringId(revision.id);
    try {
      await post(`/blmk/revisions/${revision.id}/restore`);
      toggleNotification({ type: 'success', message: `Version #${revision.id} restored as the draft.` });
      // The edit form holds the old draft; reload it from the server.
      window.location.reload();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
      setRestoringId(null);
    }
  };

  if (failure) return <Typography textColor="danger600">{failure}</Typography>;
  if (!revisions) return <Typography variant="pi">Loading revisions…</Typography>;
  if (revisions.length === 0) return <Typography variant="pi">No revisions yet.</Typography>;
  return (
    <Box tag="ol" style={{ maxHeight: '28rem', overflowY: 'auto', width: '100%' }}>
      {revisions.map((revision, index) => (
        <RevisionItem
          key={revision.id}
          revision={revision}
          previous={revisions[index + 1]}
          onRestore={restore}
          restoring={restoringId === revision.id}
        />
      ))}
    </Box>
  );
};

/** The edit view's "Revision history" panel, for editorial entries that exist. */
export const RevisionsPanel: PanelComponent = ({ model, documentId, document }) => {
  if (!EDITORIAL_MODELS.has(model) || !documentId || !document) return null;
  const locale = typeof document.locale === 'string' ? document.locale : undefined;
  const version = typeof document.updatedAt === 'string' ? document.updatedAt : undefined;
  return {
    title: 'Revision history',
    content: <RevisionList model={model} documentId={documentId} locale={locale} version={version} />,
  };
};
