import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useAdminAction } from './use-admin-action';
import { DigestPanel } from './DigestPanel';

/**
 * "Newsletter" side panel on a brief's edit view: send a test to yourself, send to
 * subscribers, see how the last send went. Calls the admin routes in
 * src/newsletter/admin-routes.ts (comms officers and super admins only; others get 403).
 */

interface SendCounts {
  pending: number;
  sending: number;
  sent: number;
  failed: number;
  skipped: number;
}
interface SendSummary {
  documentId: string;
  status: string;
  startedAt: string | null;
  counts: SendCounts;
}

function NewsletterActions({ documentId, locale }: { documentId: string; locale: string }) {
  const { get, post } = useFetchClient();
  const { busy, run } = useAdminAction();
  const [lastSend, setLastSend] = useState<SendSummary | null>(null);
  const base = `/blmk/newsletter/briefs/${documentId}`;

  const sendTest = () =>
    run(async () => {
      const { data } = await post<{ data: { to: string } }>(`${base}/test?locale=${encodeURIComponent(locale)}`, {});
      return `Test sent to ${data.data.to}.`;
    });

  const sendToSubscribers = () =>
    run(async () => {
      if (!window.confirm('Send this brief to every confirmed subscriber now?')) return 'Nothing sent.';
      const { data } = await post<{ data: { recipients: number } }>(`${base}/send`, {});
      return `Sending to ${data.data.recipients} subscribers.`;
    });

  const showLog = () =>
    run(async () => {
      const { data } = await get<{ data: SendSummary[] }>(`${base}/log`);
      setLastSend(data.data[0] ?? null);
      return data.data.length ? 'Send log loaded.' : 'This brief has not been sent yet.';
    });

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Button variant="secondary" onClick={sendTest} disabled={busy}>
        Send test to me
      </Button>
      <Button variant="default" onClick={sendToSubscribers} disabled={busy}>
        Send to subscribers
      </Button>
      <Button variant="tertiary" onClick={showLog} disabled={busy}>
        Show send log
      </Button>
      {lastSend && (
        <Box>
          <Typography variant="pi">
            Last send ({lastSend.status}): {lastSend.counts.sent} sent, {lastSend.counts.failed} failed,{' '}
            {lastSend.counts.pending + lastSend.counts.sending} waiting, {lastSend.counts.skipped} skipped.
          </Typography>
        </Box>
      )}
    </Flex>
  );
}

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { locale?: unknown };
  activeTab: 'draft' | 'published' | null;
}

export function NewsletterPanel({ model, documentId, document }: PanelProps) {
  if (model !== 'api::brief.brief' || !documentId) return null;
  // The test mail shows the language being edited; subscribers get their own language.
  const locale = typeof document?.locale === 'string' ? document.locale : 'en';
  return { title: 'Newsletter', content: <NewsletterActions documentId={documentId} locale={locale} /> };
}

/** One call for app.tsx's bootstrap: adds the panels (briefs, weekly digest) to the content manager's edit view. */
export function registerNewsletterAdmin(app: { getPlugin(name: string): { apis: unknown } }): void {
  const contentManager = app.getPlugin('content-manager').apis as { addEditViewSidePanel(panels: unknown[]): void };
  contentManager.addEditViewSidePanel([NewsletterPanel, DigestPanel]);
}
