/** The Spanish catalogue: key for key the English one (src/i18n/catalogue.ts checks it). */
import type { Catalogue } from '../catalogue';
import ui from './ui';
import outlook from './outlook';
import illustrations from './illustrations';
import places from './places';
import checker from './checker';
import errors from './errors';

export default { ...ui, outlook, illustrations, places, checker, errors } satisfies Catalogue;
