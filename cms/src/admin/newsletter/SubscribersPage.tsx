import * as React from 'react';
import { Box, Button, Field, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { adminDateTime, errorMessage, errorStatus } from '../editorial-models';

/**
 * "Newsletter subscribers" (main menu, comms officers): how many get what, by status,
 * topic and language, without a list of addresses on screen; and one address looked up
 * on request, for a subject access request (everything stored, as a JSON download) or
 * an erasure (the subscriber deleted, their send records kept without the address).
 */

interface Summary {
  byStatus: { pending: number; confirmed: number; unsubscribed: number };
  confirmedByTopic: { briefs: number; vacancies: number; events: number };
  confirmedByLanguage: Array<{ code: string; name: string; count: number }>;
}

interface SubscriberExport {
  email: string;
  subscriber: {
    status: string;
    language: string;
    topicBriefs: boolean;
    topicVacancies: boolean;
    topicEvents: boolean;
    consentAt: string | null;
    confirmedAt: string | null;
    unsubscribedAt: string | null;
  } | null;
  deliveries: unknown[];
}

const CountTable = ({ caption, rows }: { caption: string; rows: Array<[string, number]> }) => (
  <Box marginBottom={6}>
    <Typography tag="h2" variant="delta">{caption}</Typography>
    <Table colCount={2} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">{caption.startsWith('Confirmed') ? 'Of confirmed subscribers' : 'Status'}</Typography></Th>
          <Th><Typography variant="sigma">Subscribers</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map(([label, count]) => (
          <Tr key={label}>
            <Td><Typography>{label}</Typography></Td>
            <Td><Typography>{count}</Typography></Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  </Box>
);

const topics = (subscriber: NonNullable<SubscriberExport['subscriber']>) =>
  [subscriber.topicBriefs && 'briefs', subscriber.topicVacancies && 'vacancies', subscriber.topicEvents && 'events'].filter(Boolean).join(', ') || 'none';

const when = (value: string | null) => (value ? adminDateTime(value) : '–');

function download(found: SubscriberExport): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(found, null, 2)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `subscriber-${found.email}.json` });
  link.click();
  URL.revokeObjectURL(url);
}

const FoundSubscriber = ({ found, erasing, onErase }: { found: SubscriberExport; erasing: boolean; onErase: () => void }) => (
  <Box padding={4} background="neutral100" hasRadius marginTop={4} role="region" aria-label="Subscriber found">
    <Typography tag="p" fontWeight="bold">{found.email}</Typography>
    {found.subscriber ? (
      <Typography tag="p">
        {found.subscriber.status}; topics: {topics(found.subscriber)}; language: {found.subscriber.language}; consent {when(found.subscriber.consentAt)};
        confirmed {when(found.subscriber.confirmedAt)}; unsubscribed {when(found.subscriber.unsubscribedAt)}.
      </Typography>
    ) : (
      <Typography tag="p">No longer subscribed; only send records are kept.</Typography>
    )}
    <Typography tag="p">{found.deliveries.length} mail{found.deliveries.length === 1 ? '' : 's'} sent to this address on record.</Typography>
    <Flex gap={2} marginTop={2}>
      <Button variant="secondary" onClick={() => download(found)}>Download everything stored (JSON)</Button>
      <Button variant="danger" loading={erasing} onClick={onErase}>Erase this subscriber</Button>
    </Flex>
  </Box>
);

const SubscribersPage = () => {
  const { get, del } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [summary, setSummary] = React.useState<Summary | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [email, setEmail] = React.useState('');
  const [lookupError, setLookupError] = React.useState<string | null>(null);
  const [found, setFound] = React.useState<SubscriberExport | null>(null);
  const [erasing, setErasing] = React.useState(false);

  const load = React.useCallback(() => {
    get<{ data: Summary }>('/blmk/newsletter/subscribers/summary')
      .then(({ data }) => setSummary(data.data))
      .catch((error: unknown) => setFailure(errorStatus(error) === 403 ? 'Only comms officers can see newsletter subscribers.' : errorMessage(error)));
  }, [get]);
  React.useEffect(load, [load]);

  const lookUp = async (event: React.FormEvent) => {
    event.preventDefault();
    setFound(null);
    setLookupError(null);
    try {
      const { data } = await get<{ data: SubscriberExport }>(`/blmk/newsletter/subscribers/export?email=${encodeURIComponent(email.trim())}`);
      setFound(data.data);
    } catch (error) {
      setLookupError(errorStatus(error) === 404 ? 'Nothing is stored about this address.' : errorMessage(error));
    }
  };

  const erase = async () => {
    if (!found || !window.confirm(`Erase ${found.email}? The subscription is deleted and the address removed from every send record. This cannot be undone.`)) return;
    setErasing(true);
    try {
      await del(`/blmk/newsletter/subscribers?email=${encodeURIComponent(found.email)}`);
      toggleNotification({ type: 'success', message: `${found.email} erased.` });
      setFound(null);
      setEmail('');
      load();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setErasing(false);
    }
  };

  return (
    <Page.Main>
      <Page.Title>Newsletter subscribers</Page.Title>
      <Layouts.Header title="Newsletter subscribers" subtitle="Who gets the briefs and the weekly digest. Addresses are shown one at a time, when you look one up." />
      <Layouts.Content>
        {failure ? (
          <Typography textColor="danger600" tag="p">{failure}</Typography>
        ) : !summary ? (
          <Typography>Loading…</Typography>
        ) : (
          <>
            <CountTable
              caption="By status"
              rows={[
                ['Confirmed', summary.byStatus.confirmed],
                ['Waiting for confirmation', summary.byStatus.pending],
                ['Unsubscribed', summary.byStatus.unsubscribed],
              ]}
            />
            <CountTable
              caption="Confirmed, by topic"
              rows={[
                ['Briefs', summary.confirmedByTopic.briefs],
                ['Vacancies (weekly digest)', summary.confirmedByTopic.vacancies],
                ['Events (weekly digest)', summary.confirmedByTopic.events],
              ]}
            />
            <CountTable caption="Confirmed, by language" rows={summary.confirmedByLanguage.map(({ name, count }) => [name, count])} />
            <form onSubmit={lookUp}>
              <Typography tag="h2" variant="delta">Find one subscriber</Typography>
              <Flex gap={2} alignItems="flex-end">
                <Field.Root name="email" hint="For a subject access request or an erasure." error={lookupError ?? undefined}>
                  <Field.Label>E-mail address</Field.Label>
                  <Field.Input type="email" value={email} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setEmail(event.target.value)} />
                  <Field.Hint />
                  <Field.Error />
                </Field.Root>
                <Button type="submit" disabled={!email.trim()}>Look up</Button>
              </Flex>
            </form>
            {found ? <FoundSubscriber found={found} erasing={erasing} onErase={erase} /> : null}
          </>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

export default SubscribersPage;
