import type { CmsClient } from '../cms/client';
import { PREVIEW_TYPES } from './preview-request';

/**
 * The preview reads drafts with NUXT_CMS_PREVIEW_TOKEN, and a site is a public server:
 * a token that could also write (a full-access one pasted by mistake) would let anyone
 * who breaks into the site change the CMS. So the preview refuses to work until the
 * token is read-only, checked once per client (a CMS that cannot be reached is asked
 * again next time).
 */
const checked = new WeakMap<CmsClient, Promise<boolean>>();

export function previewTokenIsReadOnly(cms: CmsClient): Promise<boolean> {
  let answer = checked.get(cms);
  if (!answer) {
    answer = Promise.all(PREVIEW_TYPES.map((type) => cms.mayCreate(type))).then((writable) => !writable.includes(true));
    checked.set(cms, answer);
    answer.catch(() => checked.delete(cms));
  }
  return answer;
}
