/** Der deutsche Katalog: dieselben Schlüssel wie der englische (src/i18n/en/), mit deutschen Wörtern. */
import type { Catalogue } from '../catalogue';
import ui from './ui';
import outlook from './outlook';
import illustrations from './illustrations';
import places from './places';
import checker from './checker';
import errors from './errors';

export default { ...ui, outlook, illustrations, places, checker, errors } satisfies Catalogue;
