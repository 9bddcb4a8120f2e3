/*
 * charset_labels.h — the table of charset labels (see charset_labels.c).
 */
#ifndef PITH_CHARSET_LABELS_H
#define PITH_CHARSET_LABELS_H

typedef struct pith_charset_label {
    const char *label; /* lower-case label as pages write it */
    const char *iconv; /* the name iconv knows; also pith's canonical name */
} pith_charset_label;

/* Terminated by an entry whose label is NULL. */
extern const pith_charset_label pith_charset_labels[];

#endif
