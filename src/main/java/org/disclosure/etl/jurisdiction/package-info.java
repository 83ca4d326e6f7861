/**
 * Places: the gazetteer of divisions (with former names and functional zones) and the resolution of
 * a report's issuer to one division, confirmed by its context. Depends on nothing of ours.
 */
package org.disclosure.etl.jurisdiction;
