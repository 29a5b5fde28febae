/** The Polish catalogue: the English one's keys (src/i18n/catalogue.ts), in Polish. */
import ui from './ui';
import outlook from './outlook';
import illustrations from './illustrations';
import places from './places';
import checker from './checker';
import errors from './errors';
import type { Catalogue } from '../catalogue';

export default { ...ui, outlook, illustrations, places, checker, errors } satisfies Catalogue;
