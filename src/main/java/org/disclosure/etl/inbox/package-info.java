/** The harvested files of an inbox: walking it safely, hashing, and finding a moved file by its hash. Depends on nothing of ours. */
package org.disclosure.etl.inbox;
