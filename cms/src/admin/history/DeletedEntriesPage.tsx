import * as React from 'react';
import { Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { adminDateTime, EDITORIAL_MODEL_NAMES, errorMessage, errorStatus } from '../editorial-models';

/**
 * "Deleted entries" (main menu, comms officers and super admins): every deleted
 * editorial entry not yet restored, with Restore. The CMS answers 403 to anyone else
 * (cms/src/history/deleted-routes.ts), so the page says so instead of listing.
 */

interface DeletedEntry {
  id: number;
  contentType: string;
  documentId: string;
  title: string | null;
  locales: string[];
  deletedBy: { kind: string; email: string | null };
  deletedAt: string;
}

interface MissingReference {
  field: string;
  target: string;
  documentId?: string;
  locale?: string | null;
  fileId?: number;
}

interface RestoreReport {
  contentType: string;
  documentId: string;
  restoredLocales: string[];
  notRestored: MissingReference[];
}

function missingText(reference: MissingReference): string {
  if (reference.fileId !== undefined) return `${reference.field}: file #${reference.fileId} (no longer in the media library)`;
  const type = EDITORIAL_MODEL_NAMES[reference.target] ?? reference.target.replace(/^api::[^.]+\./, '');
  return `${reference.field}: ${type} ${reference.documentId ?? ''}${reference.locale ? ` (${reference.locale})` : ''} (deleted)`;
}

const editPath = (report: RestoreReport) =>
  `/content-manager/collection-types/${report.contentType}/${report.documentId}?plugins[i18n][locale]=${encodeURIComponent(report.restoredLocales[0] ?? 'en')}`;

const RestoredReport = ({ report }: { report: RestoreReport }) => (
  <Box padding={4} background="success100" hasRadius marginBottom={4} role="status">
    <Typography tag="p" fontWeight="bold">
      Restored as a draft in {report.restoredLocales.join(', ')}. It is not published: open it, check it and publish it when ready.
    </Typography>
    {report.notRestored.length > 0 ? (
      <>
        <Typography tag="p">Not restored, because what they pointed to no longer exists:</Typography>
        <ul>
          {report.notRestored.map((reference) => (
            <li key={`${reference.field}-${reference.documentId ?? reference.fileId}`}>
              <Typography>{missingText(reference)}</Typography>
            </li>
          ))}
        </ul>
      </>
    ) : (
      <Typography tag="p">Every relation and file came back.</Typography>
    )}
    <Link to={editPath(report)}>Open the restored entry</Link>
  </Box>
);

const DeletedEntriesTable = ({ entries, restoringId, onRestore }: { entries: DeletedEntry[]; restoringId: number | null; onRestore: (entry: DeletedEntry) => void }) => (
  <Table colCount={6} rowCount={entries.length + 1}>
    <Thead>
      <Tr>
        <Th><Typography variant="sigma">Type</Typography></Th>
        <Th><Typography variant="sigma">Title</Typography></Th>
        <Th><Typography variant="sigma">Languages</Typography></Th>
        <Th><Typography variant="sigma">Deleted by</Typography></Th>
        <Th><Typography variant="sigma">Deleted on</Typography></Th>
        <Th><Typography variant="sigma">Restore</Typography></Th>
      </Tr>
    </Thead>
    <Tbody>
      {entries.map((entry) => (
        <Tr key={entry.id}>
          <Td><Typography>{EDITORIAL_MODEL_NAMES[entry.contentType] ?? entry.contentType}</Typography></Td>
          <Td><Typography>{entry.title ?? '(untitled)'}</Typography></Td>
          <Td><Typography>{entry.locales.join(', ')}</Typography></Td>
          <Td><Typography>{entry.deletedBy.kind === 'scheduler' ? 'the scheduler' : (entry.deletedBy.email ?? entry.deletedBy.kind)}</Typography></Td>
          <Td><Typography>{adminDateTime(entry.deletedAt)}</Typography></Td>
          <Td>
            <Button size="S" variant="secondary" loading={restoringId === entry.id} onClick={() => onRestore(entry)}>
              Restore
            </Button>
          </Td>
        </Tr>
      ))}
    </Tbody>
  </Table>
);

const DeletedEntriesPage = () => {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [entries, setEntries] = React.useState<DeletedEntry[] | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [restoringId, setRestoringId] = React.useState<number | null>(null);
  const [report, setReport] = React.useState<RestoreReport | null>(null);

  const load = React.useCallback(() => {
    get<{ data: DeletedEntry[] }>('/blmk/deleted-entries')
      .then(({ data }) => setEntries(data.data))
      .catch((error: unknown) =>
        setFailure(errorStatus(error) === 403 ? 'Only comms officers can see and restore deleted entries.' : errorMessage(error)),
      );
  }, [get]);
  React.useEffect(load, [load]);

  const restore = async (entry: DeletedEntry) => {
    const name = entry.title ?? '(untitled)';
    if (!window.confirm(`Restore "${name}" (${entry.locales.join(', ')}) as a draft?`)) return;
    setRestoringId(entry.id);
    try {
      const { data } = await post<{ data: RestoreReport }>(`/blmk/deleted-entries/${entry.id}/restore`);
      setReport(data.data);
      const left = data.data.notRestored.length;
      toggleNotification({
        type: left > 0 ? 'warning' : 'success',
        message: `"${name}" restored as a draft${left > 0 ? `; ${left} relation${left === 1 ? '' : 's'} could not be restored (listed on the page)` : ''}.`,
      });
      load();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setRestoringId(null);
    }
  };

  return (
    <Page.Main>
      <Page.Title>Deleted entries</Page.Title>
      <Layouts.Header title="Deleted entries" subtitle="Editorial entries deleted in the CMS, newest first. A restore brings an entry back as a draft, in every language deleted." />
      <Layouts.Content>
        {report ? <RestoredReport report={report} /> : null}
        {failure ? (
          <Typography textColor="danger600" tag="p">{failure}</Typography>
        ) : !entries ? (
          <Typography>Loading…</Typography>
        ) : entries.length === 0 ? (
          <Flex padding={4}><Typography>No deleted entries to restore.</Typography></Flex>
        ) : (
          <DeletedEntriesTable entries={entries} restoringId={restoringId} onRestore={restore} />
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

export default DeletedEntriesPage;
