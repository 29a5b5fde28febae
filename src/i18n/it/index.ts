/** Placeholder until this language is translated: the English catalogue. */
import en from '../en';

export default en;
