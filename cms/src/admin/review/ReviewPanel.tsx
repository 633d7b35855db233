import * as React from 'react';
import { Box, Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { adminDateTime, EDITORIAL_MODELS, errorMessage } from '../editorial-models';
import type { Review } from './review-api';

/**
 * The edit view's "Review" panel: the entry's stage, who set it and when, and only the
 * buttons the current user may use (the server says which: cms/src/review/stages.ts).
 */
const STAGE_NOTES: Record<Review['stage'], string> = {
  Draft: 'Being written.',
  'In review': 'Waiting for a comms officer to approve it or ask for changes.',
  Approved: 'Approved for publishing.',
};

const RequestChanges = ({ busy, onSend, onCancel }: { busy: boolean; onSend: (comment: string) => void; onCancel: () => void }) => {
  const [comment, setComment] = React.useState('');
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Field.Root name="review-comment" id="review-comment" hint="The author gets it by e-mail." required>
        <Field.Label>What should change?</Field.Label>
        <Textarea value={comment} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setComment(event.target.value)} />
        <Field.Hint />
      </Field.Root>
      <Flex gap={2}>
        <Button size="S" variant="danger-light" loading={busy} disabled={!comment.trim()} onClick={() => onSend(comment)}>
          Send request
        </Button>
        <Button size="S" variant="tertiary" onClick={onCancel}>
          Cancel
        </Button>
      </Flex>
    </Flex>
  );
};

const ReviewBox = ({ model, documentId, locale }: { model: string; documentId: string; locale?: string }) => {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [review, setReview] = React.useState<Review | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [asking, setAsking] = React.useState(false);
  const base = `/blmk/review/${model}/${documentId}`;

  React.useEffect(() => {
    const query = locale ? `?locale=${encodeURIComponent(locale)}` : '';
    get<{ data: Review }>(`${base}${query}`)
      .then(({ data }) => setReview(data.data))
      .catch((error: unknown) => setFailure(errorMessage(error)));
  }, [get, base, locale]);

  const move = async (name: Review['moves'][number], done: string, comment?: string) => {
    setBusy(true);
    try {
      await post(`${base}/${name}`, comment === undefined ? {} : { comment });
      toggleNotification({ type: 'success', message: done });
      // The form shows the stage fields as loaded; reload them from the server.
      window.location.reload();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
      setBusy(false);
    }
  };

  if (failure) return <Typography textColor="danger600">{failure}</Typography>;
  if (!review) return <Typography variant="pi">Loading the review…</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Typography variant="omega" fontWeight="bold" tag="p">
        Stage: {review.stage}
      </Typography>
      <Typography variant="pi" tag="p">{STAGE_NOTES[review.stage]}</Typography>
      {review.by && review.at ? (
        <Typography variant="pi" textColor="neutral600" tag="p">
          Set by {review.by}, {adminDateTime(review.at)}
        </Typography>
      ) : null}
      {review.stage === 'Draft' && review.comment ? (
        <Box padding={2} background="warning100">
          <Typography variant="pi" tag="p">Changes requested: {review.comment}</Typography>
        </Box>
      ) : null}
      {review.reviewRequired && review.stage !== 'Approved' ? (
        <Typography variant="pi" textColor="neutral600" tag="p">
          Written or edited by a contributor: it can be published once approved.
        </Typography>
      ) : null}
      <Flex gap={2} wrap="wrap">
        {review.moves.includes('submit') ? (
          <Button size="S" loading={busy} onClick={() => move('submit', 'Submitted for review.')}>
            Submit for review
          </Button>
        ) : null}
        {review.moves.includes('approve') ? (
          <Button size="S" variant="success-light" loading={busy} onClick={() => move('approve', 'Approved.')}>
            Approve
          </Button>
        ) : null}
        {review.moves.includes('request-changes') && !asking ? (
          <Button size="S" variant="secondary" onClick={() => setAsking(true)}>
            Request changes
          </Button>
        ) : null}
      </Flex>
      {asking ? (
        <RequestChanges busy={busy} onCancel={() => setAsking(false)} onSend={(comment) => move('request-changes', 'Changes requested; the author is told by e-mail.', comment)} />
      ) : null}
    </Flex>
  );
};

/** For editorial entries that exist (a new entry starts as Draft once saved). */
export const ReviewPanel: PanelComponent = ({ model, documentId, document }) => {
  if (!EDITORIAL_MODELS.has(model) || !documentId || !document) return null;
  const locale = typeof document.locale === 'string' ? document.locale : undefined;
  return { title: 'Review', content: <ReviewBox model={model} documentId={documentId} locale={locale} /> };
};
