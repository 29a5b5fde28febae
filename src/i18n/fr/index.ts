/** The French catalogue: the English one's keys (src/i18n/en/), in French. */
import type { Catalogue } from '../catalogue';
import ui from './ui';
import outlook from './outlook';
import illustrations from './illustrations';
import places from './places';
import checker from './checker';
import errors from './errors';

export default { ...ui, outlook, illustrations, places, checker, errors } satisfies Catalogue;
