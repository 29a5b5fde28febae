/** The English catalogue: the reference every other language's catalogue must match key for key. */
import ui from './ui';
import outlook from './outlook';
import illustrations from './illustrations';
import places from './places';
import checker from './checker';
import errors from './errors';

export default { ...ui, outlook, illustrations, places, checker, errors };
