/** Le catalogue français : les mêmes clés que le catalogue anglais (src/i18n/en/), en français. */
import type { Catalogue } from '../catalogue';
import ui from './ui';
import outlook from './outlook';
import illustrations from './illustrations';
import places from './places';
import checker from './checker';
import errors from './errors';

export default { ...ui, outlook, illustrations, places, checker, errors } satisfies Catalogue;
