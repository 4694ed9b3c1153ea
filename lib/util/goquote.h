/* Go's quoting of text (strconv.Quote, which fmt's %q uses): how the API
 * server shows input strings in its messages, and how the library keeps
 * input text from reaching a terminal raw. */
#ifndef GWAPI_GOQUOTE_H
#define GWAPI_GOQUOTE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "strbuf.h"

/* One UTF-8 sequence at s (n > 0 bytes left): its length, or 0 when it is
 * not valid UTF-8 (Go's utf8.DecodeRune then yields RuneError). */
size_t goquote_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
/* unicode.IsPrint (approximated outside Latin-1). */
bool goquote_rune_printable(uint32_t c);

/* strconv.Quote(s): "..." with \a \b \f \n \r \t \v, \xNN for invalid
 * bytes and ASCII controls, \uNNNN / \UNNNNNNNN for other non-printable
 * runes, \" and \\. */
void goquote_quote(strbuf *b, const char *s, size_t n);
/* The same escapes for non-printable runes and invalid bytes only, without
 * quotes and leaving " and \ as they are: text Go prints raw, made safe. */
void goquote_escape(strbuf *b, const char *s, size_t n);
/* Text Go prints raw, as bytes: only a NUL (which a C string cannot hold)
 * is written as \x00. */
void goquote_raw(strbuf *b, const char *s, size_t n);
/* Whether s needs no escape at all (every rune printable, valid UTF-8). */
bool goquote_is_plain(const char *s, size_t n);

#endif
