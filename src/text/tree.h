/*
 * tree.h — the kept blocks of a text page as the article tree (tree.c).
 */
#ifndef PITH_TEXT_TREE_H
#define PITH_TEXT_TREE_H

#include "doc/doc.h"
#include "text/page.h"

/* Build doc (its arena set) from the page's kept blocks.  Returns false
 * when memory ran out. */
bool pith_text_tree(const pith_tpage *page, pith_doc *doc);

#endif
