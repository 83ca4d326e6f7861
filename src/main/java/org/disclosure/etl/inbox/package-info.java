/**
 * The harvested files of an inbox: walking it safely, hashing, finding a moved file by its hash, and the
 * harvesters' sidecars (source address, time fetched). Depends on nothing of ours.
 */
package org.disclosure.etl.inbox;
