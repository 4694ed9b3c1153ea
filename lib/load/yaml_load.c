/* YAML loader: libyaml's event API into gwapi_value trees, one per document.
 * libyaml cannot go on after an error, so the input is parsed in chunks: a
 * broken document (syntax error, limit, bad encoding) is reported and
 * delivered empty, and a fresh parser restarts at the next line that starts
 * a document (`---`, or the line after `...`), which is also where kubectl
 * splits a stream. Positions stay relative to the whole input. */
#include "loader.h"

#include <string.h>
#include <yaml.h>

#define TAG_PREFIX "tag:yaml.org,2002:"
/* libyaml decodes all the input it was handed before it tokenises; feeding
 * small pieces keeps a parser restarted for a short broken document from
 * decoding far beyond it. */
#define READ_PIECE 256

typedef struct anchor {
    const gwapi_value *node;
    size_t size;   /* nodes an alias to it adds */
    bool done;     /* complete; while open, an alias to it would contain itself */
} anchor;

typedef struct yload {
    const load_params *p;
    const char *text;      /* UTF-8 input without its BOM */
    size_t len;
    size_t tail_bad;       /* UTF-16 transcoding stopped here (or LOAD_NONE) */
    const char *tail_why;
    char *owned;           /* the transcoded input */
    size_t owned_cap;

    size_t bad;            /* first encoding error at or after chunk, or len */
    const char *bad_why;   /* its message; NULL when there is none */
    bool bad_known;

    size_t chunk, stop;    /* libyaml reads text[chunk, stop) */
    size_t read_pos;       /* next byte handed to libyaml */
    bool cut;              /* stop is an encoding error, not the end */
    text_cursor base;      /* the position of chunk */
    size_t map_index, map_off; /* last mark index -> byte offset in chunk */
    size_t ascii_end;      /* first non-ASCII byte at or after chunk, or stop */

    builder b;
    strmap names;          /* anchor name -> index in anchors */
    anchor *anchors;
    size_t nanchors, anchors_cap;

    bool in_doc;
    gwapi_pos doc_pos;
    size_t doc_start;      /* byte offset in chunk */
    /* A finished document is held until the next event: when the chunk was
     * cut short by an encoding error, an implicitly ended last document is
     * the broken one. */
    bool pending, pending_implicit;
    const gwapi_value *pending_root;
    gwapi_pos pending_pos;

    size_t index;          /* of the next document */
    bool stop_all;
    size_t resume;
} yload;

enum step { STEP_NEXT, STEP_RESYNC, STEP_DONE, STEP_STOP };

/* ---- positions --------------------------------------------------------- */

/* Chunks start at line starts, so only lines need the chunk's offset. */
static gwapi_pos mark_pos(const yload *y, yaml_mark_t m)
{
    text_cursor c = { 0, y->base.line + m.line, m.column };
    return text_pos(y->p, &c);
}

/* libyaml's mark.index counts characters; the byte-based limits and the
 * resynchronisation need bytes. Marks mostly increase, so walk on from the
 * last answer. */
static size_t mark_off(yload *y, size_t index)
{
    const unsigned char *u = (const unsigned char *)y->text + y->chunk;
    size_t n = y->stop - y->chunk;
    size_t ascii = y->ascii_end - y->chunk; /* characters are bytes up to here */
    if (index <= ascii)
        return index;
    if (index < y->map_index || y->map_index < ascii)
        y->map_index = y->map_off = ascii;
    while (y->map_index < index && y->map_off < n) {
        y->map_off += text_char_width(u, n, y->map_off);
        y->map_index++;
    }
    if (y->map_off > n)
        y->map_off = n;
    return y->map_off;
}

static gwapi_pos offset_pos(const yload *y, size_t off)
{
    text_cursor c = y->base;
    text_advance(y->text, y->len, &c, off, true);
    return text_pos(y->p, &c);
}

/* ---- documents ----------------------------------------------------------- */

static void deliver(yload *y, const gwapi_value *root, gwapi_pos pos)
{
    if (y->stop_all)
        return;
    if (y->p->arena->failed) {
        y->stop_all = true;
        return;
    }
    load_doc doc = { root, pos, y->index++ };
    if (!y->p->on_doc(y->p->user, &doc))
        y->stop_all = true;
}

static void flush_pending(yload *y)
{
    if (y->pending)
        deliver(y, y->pending_root, y->pending_pos);
    y->pending = false;
}

static enum step after(const yload *y)
{
    return y->stop_all ? STEP_STOP : STEP_NEXT;
}

/* Where the next chunk starts: the first document marker after off (on
 * off's own line only when off starts it), past the current chunk. */
static enum step resync(yload *y, size_t off, bool line_start)
{
    size_t from = line_start ? off : text_next_line(y->text, y->len, off);
    size_t r = text_find_marker(y->text, y->len, from);
    if (r != LOAD_NONE && r <= y->chunk)
        r = text_find_marker(y->text, y->len, text_next_line(y->text, y->len, r));
    if (r != LOAD_NONE && y->text[r] == '.') /* `...` ends a document; the next starts after it */
        r = text_next_line(y->text, y->len, r);
    if (y->stop_all)
        return STEP_STOP;
    if (r == LOAD_NONE || r >= y->len)
        return STEP_DONE;
    y->resume = r;
    return STEP_RESYNC;
}

/* The current document is broken (its diagnostic is out): deliver it empty
 * and skip to the next one. */
static enum step fail_doc(yload *y, gwapi_pos pos, size_t off, bool line_start)
{
    if (y->p->arena->failed)
        return STEP_STOP;
    flush_pending(y);
    deliver(y, NULL, y->in_doc ? y->doc_pos : pos);
    y->in_doc = false;
    return resync(y, off, line_start);
}

static enum step fail_at_mark(yload *y, yaml_mark_t m)
{
    return fail_doc(y, mark_pos(y, m), y->chunk + mark_off(y, m.index), m.column == 0);
}

/* The chunk ends before an encoding error: report it on its document. */
static enum step fail_encoding(yload *y)
{
    gwapi_pos pos = offset_pos(y, y->bad);
    diag_add(y->p->diags, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_ENCODING, NULL, NULL, pos, "%s",
             y->bad_why);
    if (y->pending && y->pending_implicit) {
        y->pending_root = NULL;
        flush_pending(y);
    } else {
        flush_pending(y);
        deliver(y, NULL, y->in_doc ? y->doc_pos : pos);
    }
    y->in_doc = false;
    return resync(y, y->bad, false);
}

static void begin_doc(yload *y, const yaml_event_t *ev)
{
    flush_pending(y);
    build_reset(&y->b);
    strmap_clear(&y->names); /* anchors are scoped to their document */
    y->nanchors = 0;
    y->in_doc = true;
    y->doc_pos = mark_pos(y, ev->start_mark);
    y->doc_start = mark_off(y, ev->start_mark.index);
}

static bool doc_size_ok(yload *y, const yaml_event_t *ev)
{
    size_t size = mark_off(y, ev->end_mark.index) - y->doc_start;
    if (size <= y->p->limits->max_document_bytes)
        return true;
    build_fail(&y->b, GWAPI_DIAG_LIMIT, mark_pos(y, ev->start_mark),
               "document exceeds max_document_bytes (%zu bytes)",
               y->p->limits->max_document_bytes);
    return false;
}

static enum step end_doc(yload *y, const yaml_event_t *ev)
{
    const gwapi_value *root = y->b.root;
    if (!y->in_doc || y->b.failed || !doc_size_ok(y, ev))
        root = NULL;
    /* kubectl skips empty and null documents alike. */
    if (root && root->type == GWAPI_VALUE_NULL)
        root = NULL;
    y->pending = true;
    y->pending_implicit = ev->data.document_end.implicit;
    y->pending_root = root;
    y->pending_pos = y->doc_pos;
    y->in_doc = false;
    return after(y);
}

/* ---- anchors ------------------------------------------------------------- */

/* Returns the anchor's index + 1, 0 on ENOMEM. */
static size_t define_anchor(yload *y, const yaml_char_t *name, const gwapi_value *node,
                            size_t size, bool done)
{
    char *key = arena_strdup(y->p->arena, (const char *)name);
    if (!key || !load_grow(y->p, (void **)&y->anchors, &y->anchors_cap, y->nanchors + 1,
                           sizeof *y->anchors))
        return 0;
    anchor *a = &y->anchors[y->nanchors];
    a->node = node;
    a->size = size;
    a->done = done;
    if (strmap_put(&y->names, key, strlen(key), y->nanchors, true) < 0)
        return 0;
    return ++y->nanchors;
}

static bool on_alias(yload *y, const yaml_event_t *ev)
{
    const char *name = (const char *)ev->data.alias.anchor;
    gwapi_pos pos = mark_pos(y, ev->start_mark);
    size_t i;
    if (!strmap_get(&y->names, name, strlen(name), &i)) {
        build_fail(&y->b, GWAPI_DIAG_SYNTAX, pos, "unknown anchor '%s' referenced", name);
        return false;
    }
    if (!y->anchors[i].done) {
        build_fail(&y->b, GWAPI_DIAG_SYNTAX, pos, "anchor '%s' value contains itself", name);
        return false;
    }
    return build_alias(&y->b, y->anchors[i].node, y->anchors[i].size, pos);
}

/* ---- scalars ------------------------------------------------------------- */

/* The type an explicit core-schema tag asks for; STRING for !!str, the
 * non-specific "!" and tags go-yaml does not resolve (custom, !!binary,
 * !!timestamp: go-yaml hands those over as the text). */
static gwapi_value_type tag_type(const char *tag, bool *resolve)
{
    *resolve = false;
    if (!tag || strncmp(tag, TAG_PREFIX, sizeof TAG_PREFIX - 1) != 0)
        return GWAPI_VALUE_STRING;
    const char *t = tag + sizeof TAG_PREFIX - 1;
    static const struct { const char *name; gwapi_value_type type; } tags[] = {
        { "int", GWAPI_VALUE_INT }, { "float", GWAPI_VALUE_FLOAT },
        { "bool", GWAPI_VALUE_BOOL }, { "null", GWAPI_VALUE_NULL },
    };
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++) {
        if (strcmp(t, tags[i].name) == 0) {
            *resolve = true;
            return tags[i].type;
        }
    }
    return GWAPI_VALUE_STRING;
}

static const char *short_tag(gwapi_value_type t)
{
    switch (t) {
    case GWAPI_VALUE_NULL: return "!!null";
    case GWAPI_VALUE_BOOL: return "!!bool";
    case GWAPI_VALUE_INT: return "!!int";
    case GWAPI_VALUE_FLOAT: return "!!float";
    default: return "!!str";
    }
}

/* go-yaml resolves the text of a tagged scalar and insists on the tag's
 * type; an int satisfies !!float. */
static bool apply_tag(yload *y, gwapi_value *v, gwapi_value_type want, const char *s, size_t n)
{
    load_resolve_plain(v, s, n);
    if (v->type == want)
        return true;
    if (want == GWAPI_VALUE_FLOAT && v->type == GWAPI_VALUE_INT) {
        double d = (double)v->u.integer;
        v->type = GWAPI_VALUE_FLOAT;
        v->u.number = d;
        return true;
    }
    build_fail(&y->b, GWAPI_DIAG_SYNTAX, v->pos, "cannot decode %s `%.*s` as a %s",
               short_tag(v->type), (int)(n > 64 ? 64 : n), s, short_tag(want));
    return false;
}

static bool on_scalar(yload *y, const yaml_event_t *ev)
{
    const char *s = (const char *)ev->data.scalar.value;
    size_t n = ev->data.scalar.length;
    const char *tag = (const char *)ev->data.scalar.tag;
    bool plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
    gwapi_pos pos = mark_pos(y, ev->start_mark);
    if (!build_scalar_fits(&y->b, n, pos))
        return false;
    gwapi_value *v = arena_zalloc(y->p->arena, sizeof *v);
    if (!v)
        return false;
    v->pos = pos;
    bool resolve;
    gwapi_value_type want = tag_type(tag, &resolve);
    if (resolve) {
        if (!apply_tag(y, v, want, s, n))
            return false;
    } else if (plain && !tag) {
        load_resolve_plain(v, s, n);
    } else {
        v->type = GWAPI_VALUE_STRING;
    }
    if (v->type == GWAPI_VALUE_STRING) {
        const char *copy = build_text(&y->b, s, n);
        if (!copy)
            return false;
        v->quoted = !plain;
        v->u.string.ptr = copy;
        v->u.string.len = n;
    }
    /* go-yaml: a `<<` key merges when plain and untagged, or tagged !!merge. */
    bool merge = n == 2 && memcmp(s, "<<", 2) == 0 &&
                 ((plain && !tag) || (tag && strcmp(tag, TAG_PREFIX "merge") == 0));
    if (!build_scalar(&y->b, v, merge))
        return false;
    return !ev->data.scalar.anchor || define_anchor(y, ev->data.scalar.anchor, v, 1, true);
}

/* ---- collections ----------------------------------------------------------- */

static bool on_open(yload *y, const yaml_event_t *ev, gwapi_value_type type,
                    const yaml_char_t *name)
{
    size_t a = name ? y->nanchors + 1 : 0; /* the anchor defined below */
    gwapi_value *v = build_open(&y->b, type, mark_pos(y, ev->start_mark), a);
    return v && (!name || define_anchor(y, name, v, 0, false));
}

static bool on_close(yload *y)
{
    size_t size, a;
    if (!build_close(&y->b, &size, &a))
        return false;
    if (a) {
        y->anchors[a - 1].size = size;
        y->anchors[a - 1].done = true;
    }
    return true;
}

static bool on_node(yload *y, const yaml_event_t *ev)
{
    if (!y->in_doc)
        return true; /* libyaml sends nodes only inside documents */
    if (!doc_size_ok(y, ev))
        return false;
    switch (ev->type) {
    case YAML_SCALAR_EVENT:
        return on_scalar(y, ev);
    case YAML_ALIAS_EVENT:
        return on_alias(y, ev);
    case YAML_SEQUENCE_START_EVENT:
        return on_open(y, ev, GWAPI_VALUE_SEQ, ev->data.sequence_start.anchor);
    case YAML_MAPPING_START_EVENT:
        return on_open(y, ev, GWAPI_VALUE_MAP, ev->data.mapping_start.anchor);
    default:
        return on_close(y);
    }
}

/* ---- the event loop ----------------------------------------------------- */

static enum step on_event(yload *y, const yaml_event_t *ev)
{
    switch (ev->type) {
    case YAML_DOCUMENT_START_EVENT:
        begin_doc(y, ev);
        return after(y);
    case YAML_DOCUMENT_END_EVENT:
        return end_doc(y, ev);
    case YAML_STREAM_END_EVENT:
        if (y->cut)
            return fail_encoding(y);
        flush_pending(y);
        return y->stop_all ? STEP_STOP : STEP_DONE;
    case YAML_SCALAR_EVENT:
    case YAML_ALIAS_EVENT:
    case YAML_SEQUENCE_START_EVENT:
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_START_EVENT:
    case YAML_MAPPING_END_EVENT:
        if (on_node(y, ev))
            return STEP_NEXT;
        if (y->p->arena->failed)
            return STEP_STOP;
        return fail_at_mark(y, ev->start_mark);
    default:
        return STEP_NEXT;
    }
}

static enum step on_parse_error(yload *y, const yaml_parser_t *ps)
{
    if (ps->error == YAML_MEMORY_ERROR) {
        y->p->arena->failed = true;
        return STEP_STOP;
    }
    if (ps->error == YAML_READER_ERROR) {
        /* Not expected (the text was checked up front), but keep the
         * report right: problem_offset counts bytes of the chunk. */
        size_t off = y->chunk + ps->problem_offset;
        y->bad = off < y->stop ? off : y->stop;
        y->bad_why = ps->problem ? ps->problem : "invalid input";
        return fail_encoding(y);
    }
    size_t off = y->chunk + mark_off(y, ps->problem_mark.index);
    /* Where the chunk was cut before bad bytes, an error on that line is an
     * artefact of the cut: report the encoding error instead. */
    if (y->cut && offset_pos(y, off).line >= offset_pos(y, y->bad).line)
        return fail_encoding(y);
    diag_add(y->p->diags, GWAPI_SEVERITY_ERROR, GWAPI_DIAG_SYNTAX, NULL, NULL,
             mark_pos(y, ps->problem_mark), "%s",
             ps->problem ? ps->problem : "invalid YAML");
    return fail_at_mark(y, ps->problem_mark);
}

static int read_piece(void *data, unsigned char *buf, size_t size, size_t *size_read)
{
    yload *y = data;
    size_t n = y->stop - y->read_pos;
    n = n < size ? n : size;
    n = n < READ_PIECE ? n : READ_PIECE;
    memcpy(buf, y->text + y->read_pos, n);
    y->read_pos += n;
    *size_read = n;
    return 1;
}

static enum step parse_chunk(yload *y)
{
    if (!y->bad_known || y->bad < y->chunk) {
        y->bad_why = NULL;
        y->bad = text_check_utf8(y->text, y->chunk, y->len, true, &y->bad_why);
        if (!y->bad_why && y->tail_bad != LOAD_NONE) {
            y->bad = y->tail_bad;
            y->bad_why = y->tail_why;
        }
        y->bad_known = true;
    }
    y->stop = y->bad;
    y->cut = y->bad_why != NULL;
    y->map_index = y->map_off = 0;
    y->ascii_end = text_ascii_end(y->text, y->chunk, y->stop);
    y->in_doc = y->pending = false;

    yaml_parser_t ps;
    if (!yaml_parser_initialize(&ps)) {
        y->p->arena->failed = true;
        return STEP_STOP;
    }
    /* The text is UTF-8 by now; never let libyaml guess from a chunk. */
    yaml_parser_set_encoding(&ps, YAML_UTF8_ENCODING);
    y->read_pos = y->chunk;
    yaml_parser_set_input(&ps, read_piece, y);
    enum step st;
    do {
        yaml_event_t ev;
        if (!yaml_parser_parse(&ps, &ev)) {
            st = on_parse_error(y, &ps);
            break;
        }
        st = on_event(y, &ev);
        yaml_event_delete(&ev);
    } while (st == STEP_NEXT);
    yaml_parser_delete(&ps);
    return st;
}

/* ---- input encoding ----------------------------------------------------- */

/* UTF-16 (with BOM, as libyaml accepts it) becomes UTF-8 so the rest of
 * the loader deals with one encoding; malformed UTF-16 ends the text there
 * and that spot is the encoding error. */
static bool transcode_utf16(yload *y, const unsigned char *u, size_t len)
{
    if (!load_grow(y->p, (void **)&y->owned, &y->owned_cap, len / 2 * 3 + 4, 1))
        return false;
    const char *why = NULL;
    y->len = text_from_utf16(u + 2, len - 2, u[0] == 0xFE, y->owned, &why);
    y->text = y->owned;
    if (why) {
        y->tail_bad = y->len;
        y->tail_why = why;
    }
    return true;
}

static bool setup_input(yload *y, const char *bytes, size_t len)
{
    const unsigned char *u = (const unsigned char *)bytes;
    y->text = bytes;
    y->len = len;
    y->tail_bad = LOAD_NONE;
    if (len >= 2 && ((u[0] == 0xFE && u[1] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE)))
        return transcode_utf16(y, u, len);
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        y->text += 3; /* positions do not count the BOM, as in libyaml */
        y->len -= 3;
    }
    return true;
}

gwapi_status load_yaml(const load_params *p, const char *bytes, size_t len)
{
    yload y;
    memset(&y, 0, sizeof y);
    y.p = p;
    build_init(&y.b, p, bytes ? len : 0);
    strmap_init(&y.names, p);
    if (setup_input(&y, bytes ? bytes : "", bytes ? len : 0)) {
        for (;;) {
            enum step st = parse_chunk(&y);
            if (st != STEP_RESYNC)
                break;
            text_advance(y.text, y.len, &y.base, y.resume, true);
            y.chunk = y.resume;
        }
    }
    build_free(&y.b);
    strmap_free(&y.names);
    load_scratch_free(p, y.anchors, y.anchors_cap, sizeof *y.anchors);
    load_scratch_free(p, y.owned, y.owned_cap, 1);
    return p->arena->failed ? GWAPI_ENOMEM : GWAPI_OK;
}
