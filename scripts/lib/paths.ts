import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CMS_DIR = path.join(REPO_ROOT, 'cms');
export const WEB_DIR = path.join(REPO_ROOT, 'web');
