import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useAdminAction } from './use-admin-action';

/**
 * "Weekly digest" side panel, next to the "Newsletter" panel on a brief's edit view
 * (where comms officers send and follow brief sends): when the next digest goes out,
 * how the last ones went, "Send test digest to me" and "Send digest now". Calls /blmk/newsletter/digests
 * (src/newsletter/admin-routes.ts; comms officers and super admins only).
 */

interface DigestSummary {
  documentId: string;
  title: string;
  status: string;
  scheduledFor: string | null;
  requestedByEmail: string | null;
  vacancies: number;
  events: number;
  recipientCount: number;
  counts: { pending: number; sending: number; sent: number; failed: number; skipped: number };
}
interface DigestOverview {
  schedule: string;
  nextRunAt: string | null;
  eventWeeks: number;
  sends: DigestSummary[];
}

/** In UK English, day first, UK clock: "Monday 14 December 2026, 08:00". */
function ukDateTime(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' })
    .format(new Date(iso))
    .replace(/^(\w+),/, '$1');
}

function describe(send: DigestSummary): string {
  const by = send.scheduledFor ? 'on schedule' : `by ${send.requestedByEmail ?? 'a comms officer'}`;
  if (!send.recipientCount) return `${send.title} (${by}): nothing new, not sent.`;
  const waiting = send.counts.pending + send.counts.sending;
  return `${send.title} (${by}, ${send.vacancies} vacancies, ${send.events} events): ${send.counts.sent} sent, ${send.counts.failed} failed, ${waiting} waiting, ${send.counts.skipped} skipped.`;
}

function DigestActions() {
  const { get, post } = useFetchClient();
  const { busy, run } = useAdminAction();
  const [overview, setOverview] = useState<DigestOverview | null>(null);

  const load = async () => {
    const { data } = await get<{ data: DigestOverview }>('/blmk/newsletter/digests');
    setOverview(data.data);
    return data.data;
  };

  const showLog = () => run(async () => ((await load()).sends.length ? 'Digest log loaded.' : 'No digest has been sent yet.'));

  const sendTest = () =>
    run(async () => {
      const { data } = await post<{ data: { to: string; vacancies: number; events: number } }>('/blmk/newsletter/digests/test', {});
      return `Test digest (${data.data.vacancies} vacancies, ${data.data.events} events) sent to ${data.data.to}.`;
    });

  const sendNow = () =>
    run(async () => {
      if (!window.confirm('Send the weekly digest (new vacancies, upcoming events) to its subscribers now?')) return 'Nothing sent.';
      const { data } = await post<{ data: { recipients: number; vacancies: number; events: number } }>('/blmk/newsletter/digests/send', {});
      await load();
      return `Sending the digest (${data.data.vacancies} vacancies, ${data.data.events} events) to ${data.data.recipients} subscribers.`;
    });

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Button variant="tertiary" onClick={showLog} disabled={busy}>
        Show digest log
      </Button>
      <Button variant="secondary" onClick={sendTest} disabled={busy}>
        Send test digest to me
      </Button>
      <Button variant="default" onClick={sendNow} disabled={busy}>
        Send digest now
      </Button>
      {overview && (
        <Box>
          <Typography variant="pi">
            {overview.nextRunAt ? `Next digest: ${ukDateTime(overview.nextRunAt)} (${overview.schedule}).` : 'The weekly digest is off (NEWSLETTER_DIGEST_SCHEDULE).'}
          </Typography>
          {overview.sends.slice(0, 5).map((send) => (
            <Box key={send.documentId} paddingTop={1}>
              <Typography variant="pi">
                {describe(send)} {send.status === 'sending' ? '(sending)' : ''}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </Flex>
  );
}

interface PanelProps {
  model: string;
  documentId?: string;
}

export function DigestPanel({ model, documentId }: PanelProps) {
  if (model !== 'api::brief.brief' || !documentId) return null;
  return { title: 'Weekly digest', content: <DigestActions /> };
}
