/** localStorage key of the reader's chosen region id. */
export const REGION_STORAGE_KEY = 'mxplan-region';
/** Query parameter that carries a region id in links. */
export const REGION_PARAM = 'region';
