/*
 * stopwords.h — the stop-word lists (see stopwords.c).
 */
#ifndef PITH_STOPWORDS_H
#define PITH_STOPWORDS_H

typedef struct pith_stopword_list {
    const char *lang;  /* ISO 639-1 code */
    int by_char;       /* 1: entries are single characters (zh, ja, ko) */
    const char *words; /* space-separated, lower case (by_char: a string of characters) */
} pith_stopword_list;

/* Terminated by an entry whose lang is NULL. */
extern const pith_stopword_list pith_stopword_lists[];

#endif
