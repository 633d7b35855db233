import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { EDITORIAL_MODELS, errorMessage } from '../editorial-models';

/**
 * "Warnings" side panel of the edit view: what the publishing rules find doubtful in
 * the draft as saved (a session over 12 hours...). The CMS computes them from the same
 * rules that log them on save (GET /blmk/warnings, cms/src/validation/warnings.ts);
 * the panel asks again after every save or publish, and a save that brought warnings
 * also says so in a notification.
 */

interface Warning {
  path: string[];
  message: string;
}

const WarningList = ({ model, documentId, locale, version }: { model: string; documentId: string; locale?: string; version: string }) => {
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [warnings, setWarnings] = React.useState<Warning[] | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  // The version first shown: warnings of later versions come from a save made here.
  const firstVersion = React.useRef(version);

  React.useEffect(() => {
    const query = locale ? `?locale=${encodeURIComponent(locale)}` : '';
    let current = true;
    get<{ data: { warnings: Warning[] } }>(`/blmk/warnings/${model}/${documentId}${query}`)
      .then(({ data }) => {
        if (!current) return;
        setWarnings(data.data.warnings);
        setFailure(null);
        if (version !== firstVersion.current && data.data.warnings.length > 0) {
          toggleNotification({ type: 'warning', message: `Saved, with ${data.data.warnings.length === 1 ? 'a warning' : `${data.data.warnings.length} warnings`}: ${data.data.warnings.map((warning) => warning.message).join(' ')}` });
        }
      })
      .catch((error: unknown) => current && setFailure(errorMessage(error)));
    return () => {
      current = false;
    };
  }, [get, toggleNotification, model, documentId, locale, version]);

  if (failure) return <Typography textColor="danger600">{failure}</Typography>;
  if (!warnings) return <Typography variant="pi">Checking…</Typography>;
  if (warnings.length === 0) return <Typography variant="pi">No warnings on the saved draft.</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} tag="ul" aria-label="Warnings on the saved draft">
      {warnings.map((warning) => (
        <Box tag="li" key={`${warning.path.join('.')} ${warning.message}`} padding={2} background="warning100" hasRadius>
          <Typography variant="pi" textColor="warning700">
            {warning.message}
          </Typography>
        </Box>
      ))}
      <Typography variant="pi" textColor="neutral600">
        Warnings do not stop saving or publishing; check the fields named.
      </Typography>
    </Flex>
  );
};

export const WarningsPanel: PanelComponent = ({ model, documentId, document }) => {
  if (!EDITORIAL_MODELS.has(model) || !documentId || !document) return null;
  const locale = typeof document.locale === 'string' ? document.locale : undefined;
  // Saving changes updatedAt, publishing publishedAt: either asks again.
  const version = [document.updatedAt, document.publishedAt].map(String).join(' ');
  return {
    title: 'Warnings',
    content: <WarningList model={model} documentId={documentId} locale={locale} version={version} />,
  };
};
