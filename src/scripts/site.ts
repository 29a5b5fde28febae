/** The site's one bundle of behaviour, in order: the choices (first: the others use them), the links, the search button's name. */
import './choices';
import './guide-links';
import './search-label';
