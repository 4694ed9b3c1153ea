/* One writer for every structured output (IR, route table, and through
 * tree.h the status List and explain): the caller emits begin/end/key/
 * scalar events and the writer prints them as JSON or block-style YAML, in
 * the layout its style asks. Output is a pure function of the events. */
#ifndef GWAPI_TREE_WRITER_H
#define GWAPI_TREE_WRITER_H

#include <stdbool.h>
#include <stdint.h>
#include "../util/strbuf.h"

typedef enum tw_format { TW_JSON = 0, TW_YAML = 1 } tw_format;

/* Layout variants; all false (tw_init): JSON indented by two, YAML as
 * kubectl prints it (plain strings where YAML reads them back as strings,
 * sequences under a key not indented further). */
typedef struct tw_style {
    bool compact;        /* JSON: no line breaks, no spaces */
    bool quote_strings;  /* YAML: every string value double-quoted, keys
                          * plain only when identifiers ([A-Za-z][A-Za-z0-9_]*) */
    bool indent_seqs;    /* YAML: a sequence under a key indented by two */
} tw_style;

/* Deep enough for the IR around a policy spec and the opaque values in it
 * at the loader's default max_depth (100); deeper output fails. */
#define TW_MAX_DEPTH 160

typedef struct tw_frame {
    bool array;
    bool inline_first;   /* YAML: the first child goes on the current line */
    bool after_key;      /* YAML: this container is the value of a key */
    unsigned indent;
    size_t count;
} tw_frame;

typedef struct tw {
    strbuf *out;
    tw_format format;
    tw_style style;
    tw_frame stack[TW_MAX_DEPTH];
    unsigned depth;
    bool after_key;      /* a key was written and waits for its value */
    bool failed;         /* nesting deeper than TW_MAX_DEPTH */
} tw;

void tw_init(tw *w, strbuf *out, tw_format format);
void tw_init_style(tw *w, strbuf *out, tw_format format, tw_style style);
void tw_obj_begin(tw *w);
void tw_obj_end(tw *w);
void tw_arr_begin(tw *w);
void tw_arr_end(tw *w);
void tw_key(tw *w, const char *key);
void tw_str(tw *w, const char *s);     /* NULL prints null */
void tw_bytes(tw *w, gwapi_str s);     /* every byte, NULs included; absent prints null */
void tw_int(tw *w, int64_t v);
void tw_num(tw *w, double v);          /* shortest form that reads back */
void tw_bool(tw *w, bool v);
/* Ends the document with a newline. */
void tw_finish(tw *w);

/* key + scalar shorthands; the _opt forms print nothing for NULL. */
void tw_kv_str(tw *w, const char *key, const char *s);
void tw_kv_str_opt(tw *w, const char *key, const char *s);
void tw_kv_int(tw *w, const char *key, int64_t v);
void tw_kv_bool(tw *w, const char *key, bool v);

#endif
