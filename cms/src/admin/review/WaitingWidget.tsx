import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { adminDateTime, errorMessage } from '../editorial-models';
import type { WaitingItem } from './review-api';

/** The homepage widget for comms officers: everything In review, oldest first, each linked to its edit view. */
export const WaitingWidget = () => {
  const { get } = useFetchClient();
  const [items, setItems] = React.useState<WaitingItem[] | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);

  React.useEffect(() => {
    get<{ data: WaitingItem[] }>('/blmk/review/waiting')
      .then(({ data }) => setItems(data.data))
      .catch((error: unknown) => setFailure(errorMessage(error)));
  }, [get]);

  if (failure) return <Typography textColor="danger600">{failure}</Typography>;
  if (!items) return <Typography variant="pi">Loading…</Typography>;
  if (items.length === 0) return <Typography variant="omega">Nothing is waiting for review.</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} tag="ul" aria-label="Waiting for review">
      {items.map((item) => (
        <li key={`${item.uid}/${item.documentId}`}>
          <Link to={`/content-manager/collection-types/${item.uid}/${item.documentId}`}>{item.title}</Link>
          <Typography variant="pi" textColor="neutral600" tag="p">
            {item.by ? `Submitted by ${item.by}` : 'Submitted'}
            {item.at ? `, ${adminDateTime(item.at)}` : ''}
          </Typography>
        </li>
      ))}
    </Flex>
  );
};
