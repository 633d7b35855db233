import { useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { errorMessage } from '../editorial-models';

/**
 * A button's action in a newsletter panel: one at a time (`busy` disables the buttons),
 * its outcome as a notification, the CMS's own message when it fails.
 */
export function useAdminAction() {
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    try {
      toggleNotification({ type: 'success', message: await action() });
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
