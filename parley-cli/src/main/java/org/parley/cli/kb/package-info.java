/**
 * The {@code parley kb} commands: show an entry of the knowledge base with the regions it stands
 * for, find every entry a name may denote, and list entries by kind, from the bundled data files
 * and any user files given with {@code --kb}.
 */
@NullMarked
package org.parley.cli.kb;

import org.jspecify.annotations.NullMarked;
