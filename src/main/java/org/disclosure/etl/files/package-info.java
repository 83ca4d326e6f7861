/** Folders as a whole: deleting a tree, listing what one holds. Depends on nothing of ours. */
package org.disclosure.etl.files;
