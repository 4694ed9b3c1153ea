/* JSON loader: cJSON parses the document; a scanner then walks the text token
 * by token in the same depth-first order as cJSON's tree, giving every value
 * and key its line and column (cJSON keeps none), integers their exact
 * value and strings their exact bytes (embedded NULs included). The scanner
 * is also stricter than cJSON where cJSON is lenient (leading zeros, "1.",
 * control characters), with encoding/json's wording. A bracket scan refuses
 * documents deeper than max_depth before cJSON sees them. */
#include "loader.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <cjson/cJSON.h>

typedef struct jframe {
    const cJSON *next;  /* next child to walk */
    bool obj;
    bool first;
} jframe;

typedef struct jload {
    const load_params *p;
    const char *s;
    size_t len;
    text_cursor c;      /* the scanner */
    builder b;
    jframe *stack;
    size_t sp, cap;
    bool lone_surrogate; /* a string held one (cJSON refuses them) */
} jload;

static bool is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static void skip_ws(jload *j)
{
    size_t i = j->c.off;
    while (i < j->len && is_ws(j->s[i]))
        i++;
    if (i != j->c.off)
        text_advance(j->s, j->len, &j->c, i, false);
}

/* Past one printable ASCII byte (punctuation, digits): one column. */
static void step_ascii(jload *j, size_t n)
{
    j->c.off += n;
    j->c.column += n;
}

static gwapi_pos here(const jload *j)
{
    return text_pos(j->p, &j->c);
}

/* encoding/json's messages in kubectl's "json: offset N:" form (N counts
 * the bytes read, the offending one included), as json_scan_check words
 * them; a NULL context is where a value was expected. */
static bool bad_char(jload *j, const char *context)
{
    if (j->c.off >= j->len) {
        build_fail(&j->b, GWAPI_DIAG_SYNTAX, here(j), "json: offset %zu: unexpected end of JSON input",
                   j->len);
        return false;
    }
    char shown[16];
    json_quote_char((unsigned char)j->s[j->c.off], shown, sizeof shown);
    build_fail(&j->b, GWAPI_DIAG_SYNTAX, here(j), "json: offset %zu: invalid character %s %s",
               j->c.off + 1, shown, context ? context : "looking for beginning of value");
    return false;
}

static bool expect(jload *j, char ch, const char *context)
{
    skip_ws(j);
    if (j->c.off >= j->len || j->s[j->c.off] != ch)
        return bad_char(j, context);
    step_ascii(j, 1);
    return true;
}

/* ---- strings ------------------------------------------------------------- */

/* The first '"' or '\\' at or after i (or len): the scans that only look
 * for a string's end go eight bytes at a time through its body. */
static size_t string_stop(const char *s, size_t i, size_t len)
{
    const uint64_t ones = UINT64_C(0x0101010101010101), highs = UINT64_C(0x8080808080808080);
    for (; i + 8 <= len; i += 8) {
        uint64_t x, q, b;
        memcpy(&x, s + i, 8);
        q = x ^ (ones * '"');
        b = x ^ (ones * '\\');
        if (((q - ones) & ~q & highs) | ((b - ones) & ~b & highs))
            break;
    }
    while (i < len && s[i] != '"' && s[i] != '\\')
        i++;
    return i;
}

/* What a string body's bytes need: nothing (0), a look (quote, backslash,
 * control bytes: STR_STOP) or a note that the string is not ASCII. */
enum { STR_STOP = 1, STR_HIGH = 2 };
#define HIGH16 STR_HIGH, STR_HIGH, STR_HIGH, STR_HIGH, STR_HIGH, STR_HIGH, STR_HIGH, STR_HIGH, \
               STR_HIGH, STR_HIGH, STR_HIGH, STR_HIGH, STR_HIGH, STR_HIGH, STR_HIGH, STR_HIGH
static const unsigned char string_class[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ['"'] = STR_STOP, ['\\'] = STR_STOP,
    [0x80] = HIGH16, [0x90] = HIGH16, [0xa0] = HIGH16, [0xb0] = HIGH16,
    [0xc0] = HIGH16, [0xd0] = HIGH16, [0xe0] = HIGH16, [0xf0] = HIGH16,
};
#undef HIGH16

static int hex4(const char *s)
{
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* Finds the closing quote of the string token at j->c (checking its escapes
 * and that no control character is raw) and a bound on the decoded length. */
static bool string_extent(jload *j, size_t *end, size_t *decoded, bool *plain)
{
    const unsigned char *s = (const unsigned char *)j->s;
    size_t i = j->c.off + 1, n = 0, len = j->len;
    bool high = false; /* a byte >= 0x80 */
    for (;;) {
        /* the run of bytes that need no look, by table */
        size_t run = i;
        unsigned char k = 0;
        while (i < len && !(k = string_class[s[i]]))
            i++;
        if (k == STR_HIGH) {
            high = true;
            n += ++i - run;
            continue;
        }
        n += i - run;
        if (i >= j->len) {
            text_advance(j->s, j->len, &j->c, j->len, false);
            return bad_char(j, "in string literal");
        }
        unsigned char ch = (unsigned char)s[i];
        if (ch == '"')
            break;
        if (ch < 0x20 || (ch == '\\' && i + 1 >= j->len)) {
            text_advance(j->s, j->len, &j->c, i + (ch == '\\'), false);
            return bad_char(j, "in string literal");
        }
        char e = (char)s[i + 1]; /* ch is a backslash */
        if (e == 'u') {
            int u = i + 6 <= j->len ? hex4(j->s + i + 2) : -1;
            if (u < 0) {
                text_advance(j->s, j->len, &j->c, i + 2, false);
                return bad_char(j, "in \\u hexadecimal character escape");
            }
            n += u < 0x80 ? 1 : u < 0x800 ? 2 : 3; /* a surrogate pair: 3 + 3 >= 4 */
            i += 6;
        } else if (e && strchr("\"\\/bfnrt", e)) {
            n++;
            i += 2;
        } else {
            text_advance(j->s, j->len, &j->c, i + 1, false);
            return bad_char(j, "in string escape code");
        }
    }
    *end = i;
    *decoded = n;
    *plain = !high && n == i - j->c.off - 1; /* ASCII, no escapes */
    return true;
}

/* Decodes the already checked string body s[i, end) into o. A lone
 * surrogate becomes U+FFFD, as in encoding/json, and sets *lone. */
static size_t decode_string(const char *s, size_t i, size_t end, char *o, bool *lone)
{
    size_t n = 0;
    while (i < end) {
        if (s[i] != '\\') {
            o[n++] = s[i++];
            continue;
        }
        char e = s[i + 1];
        if (e != 'u') {
            const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
            o[n++] = to[strchr(from, e) - from];
            i += 2;
            continue;
        }
        unsigned v = (unsigned)hex4(s + i + 2);
        i += 6;
        if (v >= 0xD800 && v <= 0xDBFF && i + 6 <= end && s[i] == '\\' && s[i + 1] == 'u') {
            int lo = hex4(s + i + 2);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                v = 0x10000 + ((v - 0xD800) << 10) + ((unsigned)lo - 0xDC00);
                i += 6;
            }
        }
        if (v >= 0xD800 && v <= 0xDFFF) {
            v = 0xFFFD;
            *lone = true;
        }
        n += text_put_utf8(o + n, v);
    }
    return n;
}

static bool scan_string(jload *j, gwapi_value *v, const char *context)
{
    size_t end = 0, n = 0;
    bool plain = false;
    if (j->c.off >= j->len || j->s[j->c.off] != '"')
        return bad_char(j, context);
    if (!string_extent(j, &end, &n, &plain))
        return false;
    /* A plain body (ASCII, no escapes) is its own text: no decoding. */
    const char *body = j->s + j->c.off + 1, *o;
    if (n < 128) {
        /* short: decoded here, then stored (shared when repeated) */
        char tmp[128];
        if (!plain)
            n = decode_string(j->s, j->c.off + 1, end, tmp, &j->lone_surrogate);
        o = build_text(&j->b, plain ? body : tmp, n);
    } else {
        char *big = arena_alloc(load_strings(j->p), n + 1);
        if (big) {
            if (plain)
                memcpy(big, body, n);
            else
                n = decode_string(j->s, j->c.off + 1, end, big, &j->lone_surrogate);
            big[n] = '\0';
        }
        o = big;
    }
    if (!o)
        return false;
    if (!build_scalar_fits(&j->b, n, v->pos))
        return false;
    v->type = GWAPI_VALUE_STRING;
    v->quoted = true;
    v->u.string.ptr = o;
    v->u.string.len = n;
    if (plain) { /* one line, a column per byte */
        j->c.column += end + 1 - j->c.off;
        j->c.off = end + 1;
    } else {
        text_advance(j->s, j->len, &j->c, end + 1, false);
    }
    return true;
}

/* ---- numbers and literals ------------------------------------------------ */

static size_t digits(const char *s, size_t i, size_t len)
{
    while (i < len && s[i] >= '0' && s[i] <= '9')
        i++;
    return i;
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?; integers that fit int64
 * are INT, the rest FLOAT with cJSON's conversion when parsed is given,
 * the same locale-safe strtod otherwise. */
static bool scan_number(jload *j, gwapi_value *v, const double *parsed)
{
    const char *s = j->s;
    size_t start = j->c.off, i = start, d;
    bool integer = true;
    if (i < j->len && s[i] == '-')
        i++;
    d = (i < j->len && s[i] == '0') ? i + 1 : digits(s, i, j->len);
    if (d == i)
        goto bad;
    i = d;
    if (i < j->len && s[i] == '.') {
        integer = false;
        if ((d = digits(s, i + 1, j->len)) == i + 1) {
            i++;
            goto bad;
        }
        i = d;
    }
    if (i < j->len && (s[i] == 'e' || s[i] == 'E')) {
        integer = false;
        i += i + 1 < j->len && (s[i + 1] == '+' || s[i + 1] == '-') ? 2 : 1;
        if ((d = digits(s, i, j->len)) == i)
            goto bad;
        i = d;
    }
    double value = HUGE_VAL;
    if (integer && load_parse_int64(s + start, i - start, &v->u.integer)) {
        v->type = GWAPI_VALUE_INT;
    } else if (parsed ? isinf(value = *parsed) : !load_strtod(s + start, i - start, &value)) {
        build_fail(&j->b, GWAPI_DIAG_SYNTAX, v->pos, "number %.*s is out of range",
                   (int)(i - start > 64 ? 64 : i - start), s + start);
        return false;
    } else {
        v->type = GWAPI_VALUE_FLOAT;
        v->u.number = value;
    }
    step_ascii(j, i - start); /* sign, digits, '.', 'e': one column each */
    return true;
bad:
    text_advance(s, j->len, &j->c, i, false);
    return bad_char(j, "in numeric literal");
}

static bool scan_literal(jload *j, const char *word)
{
    size_t n = strlen(word);
    for (size_t k = 0; k < n; k++) {
        if (j->c.off >= j->len || j->s[j->c.off] != word[k])
            return bad_char(j, k ? "in literal" : "looking for beginning of value");
        text_advance(j->s, j->len, &j->c, j->c.off + 1, false);
    }
    return true;
}

/* ---- the walk ------------------------------------------------------------ */

/* Enters a collection just opened (next: its first cJSON child, if any). */
static bool push_frame(jload *j, bool obj, const cJSON *next)
{
    if (!load_grow(j->p, (void **)&j->stack, &j->cap, j->sp + 1, sizeof *j->stack))
        return false;
    j->stack[j->sp].next = next;
    j->stack[j->sp].obj = obj;
    j->stack[j->sp++].first = true;
    return true;
}

static gwapi_value *new_node(jload *j, gwapi_pos pos)
{
    gwapi_value *v = arena_zalloc(j->p->arena, sizeof *v);
    if (v)
        v->pos = pos;
    return v;
}

static bool walk_scalar(jload *j, const cJSON *item, gwapi_value *v)
{
    if (cJSON_IsString(item))
        return scan_string(j, v, "looking for beginning of value");
    if (cJSON_IsNumber(item))
        return scan_number(j, v, &item->valuedouble);
    if (cJSON_IsNull(item)) {
        v->type = GWAPI_VALUE_NULL;
        return scan_literal(j, "null");
    }
    v->type = GWAPI_VALUE_BOOL;
    v->u.boolean = cJSON_IsTrue(item);
    return scan_literal(j, v->u.boolean ? "true" : "false");
}

static bool walk_value(jload *j, const cJSON *item)
{
    skip_ws(j);
    gwapi_pos pos = here(j);
    if (cJSON_IsObject(item) || cJSON_IsArray(item)) {
        bool obj = cJSON_IsObject(item);
        if (!expect(j, obj ? '{' : '[', "looking for beginning of value") ||
            !build_open(&j->b, obj ? GWAPI_VALUE_MAP : GWAPI_VALUE_SEQ, pos, 0))
            return false;
        return push_frame(j, obj, item->child);
    }
    gwapi_value *v = new_node(j, pos);
    return v && walk_scalar(j, item, v) && build_scalar(&j->b, v, false);
}

static bool walk_key(jload *j)
{
    skip_ws(j);
    gwapi_value *k = new_node(j, here(j));
    if (!k)
        return false;
    return scan_string(j, k, "looking for beginning of object key string") &&
           build_scalar(&j->b, k, false) &&
           expect(j, ':', "after object key");
}

/* Depth-first over cJSON's tree and the text together, with an explicit
 * stack (cJSON's depth is bounded, ours must be too). */
static bool walk(jload *j, const cJSON *root)
{
    const cJSON *item = root;
    for (;;) {
        if (!walk_value(j, item))
            return false;
        for (;;) {
            if (!j->sp)
                return true;
            jframe *f = &j->stack[j->sp - 1];
            if (f->next) {
                if (!f->first && !expect(j, ',', f->obj ? "after object key:value pair"
                                                        : "after array element"))
                    return false;
                f->first = false;
                item = f->next;
                f->next = item->next;
                if (f->obj && !walk_key(j))
                    return false;
                break;
            }
            size_t size, user;
            if (!expect(j, f->obj ? '}' : ']', f->obj ? "after object key:value pair"
                                                      : "after array element") ||
                !build_close(&j->b, &size, &user))
                return false;
            j->sp--;
        }
    }
}

/* ---- the one-pass parse -------------------------------------------------- */

/* Opens a collection or builds a scalar at the cursor; false on anything
 * unexpected (the caller then takes the slow path for the verdict). */
static bool fast_value(jload *j)
{
    skip_ws(j);
    if (j->c.off >= j->len)
        return false;
    gwapi_pos pos = here(j);
    char c = j->s[j->c.off];
    if (c == '{' || c == '[') {
        bool obj = c == '{';
        if (j->sp >= CJSON_NESTING_LIMIT ||
            !build_open(&j->b, obj ? GWAPI_VALUE_MAP : GWAPI_VALUE_SEQ, pos, 0))
            return false;
        step_ascii(j, 1);
        return push_frame(j, obj, NULL);
    }
    gwapi_value *v = new_node(j, pos);
    if (!v)
        return false;
    bool ok;
    if (c == '"') {
        ok = scan_string(j, v, NULL);
    } else if (c == '-' || (c >= '0' && c <= '9')) {
        ok = scan_number(j, v, NULL);
    } else if (c == 't' || c == 'f') {
        v->type = GWAPI_VALUE_BOOL;
        v->u.boolean = c == 't';
        ok = scan_literal(j, v->u.boolean ? "true" : "false");
    } else {
        v->type = GWAPI_VALUE_NULL;
        ok = scan_literal(j, "null");
    }
    /* cJSON refuses lone surrogates: its verdict stands (see fast_parse). */
    return ok && !j->lone_surrogate && build_scalar(&j->b, v, false);
}

/* One value in one pass over the text, the tree built as it goes: what
 * valid input takes. Any problem returns false, and the two-pass parse
 * (cJSON, then the scanner over its tree) gives the verdict it always gave,
 * positions and wording unchanged. */
static bool fast_parse_all(jload *j, bool whole)
{
    if (!fast_value(j))
        return false;
    while (j->sp) {
        jframe *f = &j->stack[j->sp - 1];
        skip_ws(j);
        if (j->c.off >= j->len)
            return false;
        char c = j->s[j->c.off];
        if (c == (f->obj ? '}' : ']')) {
            size_t size, user;
            step_ascii(j, 1);
            if (!build_close(&j->b, &size, &user))
                return false;
            j->sp--;
            continue;
        }
        if (!f->first) {
            if (c != ',')
                return false;
            step_ascii(j, 1);
        }
        f->first = false;
        if ((f->obj && (!walk_key(j) || j->lone_surrogate)) || !fast_value(j))
            return false;
    }
    if (!whole) /* a List item: what follows is its List's business */
        return true;
    skip_ws(j);
    return j->c.off == j->len;
}

/* The loader's state before a parse attempt, to start over from. */
typedef struct jmark {
    text_cursor c;
    size_t diags, errors, dropped;
} jmark;

/* The one-pass parse of the value from the cursor, within `limit`; when
 * whole, nothing but blanks may follow it there. On failure everything is
 * as before it: the cursor, the diagnostics (what it allocated stays in the
 * arena unused). */
static bool fast_parse(jload *j, size_t limit, bool whole)
{
    diag_list *dl = j->p->diags;
    jmark m = { j->c, dl->count, dl->errors, dl->dropped };
    size_t len = j->len;
    j->len = limit;
    j->lone_surrogate = false;
    bool ok = fast_parse_all(j, whole);
    /* A value that reaches a limit short of the text may go on past it. */
    if (ok && !whole && j->c.off == limit && limit < len)
        ok = false;
    j->len = len;
    if (ok || j->p->arena->failed)
        return ok;
    j->c = m.c;
    dl->count = m.diags;
    dl->errors = m.errors;
    dl->dropped = m.dropped;
    j->sp = 0;
    build_reset(&j->b);
    return false;
}

/* ---- checks before cJSON ----------------------------------------------- */

static gwapi_pos pos_at(const jload *j, size_t off)
{
    text_cursor c = j->c;
    text_advance(j->s, j->len, &c, off, false);
    return text_pos(j->p, &c);
}

/* The first bracket nested deeper than the limits (max_depth, cJSON's),
 * counting from `base` open brackets around the value scanned. */
typedef struct deep_scan {
    size_t base;
    size_t at;      /* SIZE_MAX while none is */
} deep_scan;

static size_t depth_limit(const jload *j)
{
    size_t max = j->p->limits->max_depth;
    return max < CJSON_NESTING_LIMIT ? max : CJSON_NESTING_LIMIT;
}

/* The error of a bracket at `at` that opens level `depth`, past a limit. */
static bool depth_fail(jload *j, size_t at, size_t depth)
{
    if (depth > j->p->limits->max_depth)
        build_fail(&j->b, GWAPI_DIAG_LIMIT, pos_at(j, at),
                   "document exceeds max_depth (%u levels of nesting)",
                   (unsigned)j->p->limits->max_depth);
    else
        build_fail(&j->b, GWAPI_DIAG_LIMIT, pos_at(j, at),
                   "document exceeds the JSON parser's nesting limit (%d levels)",
                   CJSON_NESTING_LIMIT);
    return false;
}

/* Refuses nesting beyond max_depth (or cJSON's own limit) without parsing;
 * *open is set when the text ends inside a string or an open bracket. */
static bool depth_ok(jload *j, bool *open)
{
    size_t depth = 0;
    bool in_str = false;
    for (size_t i = j->c.off; i < j->len; i++) {
        if (in_str)
            i = string_stop(j->s, i, j->len);
        if (i >= j->len)
            break;
        char ch = j->s[i];
        if (in_str) {
            if (ch == '\\')
                i++;
            else if (ch == '"')
                in_str = false;
        } else if (ch == '"') {
            in_str = true;
        } else if (ch == '[' || ch == '{') {
            if (++depth > depth_limit(j))
                return depth_fail(j, i, depth);
        } else if ((ch == ']' || ch == '}') && depth) {
            depth--;
        }
    }
    *open = in_str || depth;
    return true;
}

static bool find_list_items(const jload *j, deep_scan *deep);

/* *big is set for a `kind: List` beyond max_document_bytes, which is then
 * loaded item by item (load_list_items). */
static bool checks_ok(jload *j, bool *open, bool *big)
{
    const char *why = NULL;
    size_t bad = text_check_utf8(j->s, j->c.off, j->len, false, &why);
    if (why) {
        build_fail(&j->b, GWAPI_DIAG_ENCODING, pos_at(j, bad), "%s", why);
        return false;
    }
    *big = j->len - j->c.off > j->p->limits->max_document_bytes;
    deep_scan deep = { 1, SIZE_MAX }; /* the List's own brace is one level */
    if (*big && find_list_items(j, &deep)) /* what depth_ok finds, from the same scan */
        return deep.at == SIZE_MAX || depth_fail(j, deep.at, depth_limit(j) + 1);
    *big = false;
    if (j->len - j->c.off > j->p->limits->max_document_bytes) {
        build_fail(&j->b, GWAPI_DIAG_LIMIT, here(j),
                   "document exceeds max_document_bytes (%zu bytes)",
                   j->p->limits->max_document_bytes);
        return false;
    }
    return depth_ok(j, open);
}

/* One value from the cursor up to `limit` (the end of the text, or of a
 * List member): the one-pass parse, or when that finds a problem, cJSON's
 * parse, then the walk that builds the tree. */
static const gwapi_value *parse_value(jload *j, size_t limit, bool open)
{
    /* Go's scanner decides what is JSON and words the error; cJSON alone
     * would accept single quotes, trailing commas, 0x50, 080 and `1.`. */
    size_t bad = 0;
    char msg[128];
    int rc = json_scan_check(j->p, j->s + j->c.off, limit - j->c.off, &bad, msg, sizeof msg);
    if (rc < 0) {
        j->p->arena->failed = true;
        return NULL;
    }
    if (rc > 0) {
        /* kubectl's JSONSyntaxError wording: Go's offset counts the bytes
         * read, the offending one included. */
        size_t at = j->c.off + bad;
        build_fail(&j->b, GWAPI_DIAG_SYNTAX, pos_at(j, at), "json: offset %zu: %s",
                   at < limit ? at + 1 : limit, msg);
        return NULL;
    }
    if (fast_parse(j, limit, true))
        return j->b.root;
    if (j->p->arena->failed)
        return NULL;
    const char *end = NULL;
    cJSON *doc = cJSON_ParseWithLengthOpts(j->s + j->c.off, limit - j->c.off, &end, 0);
    if (!doc) {
        /* cJSON points at the offending byte; an unclosed string or bracket
         * is reported at the end, as encoding/json does. */
        size_t off = end && !open ? (size_t)(end - j->s) : limit;
        text_advance(j->s, j->len, &j->c, off, false);
        bad_char(j, NULL);
        return NULL;
    }
    bool ok = walk(j, doc);
    cJSON_Delete(doc);
    return ok ? j->b.root : NULL;
}

static const gwapi_value *parse(jload *j, bool *big)
{
    /* Valid input within the limits needs neither the bracket scan nor
     * cJSON: the one-pass parse enforces the depth limits itself. */
    const char *why = NULL;
    *big = false;
    if (j->len - j->c.off <= j->p->limits->max_document_bytes &&
        text_check_utf8(j->s, j->c.off, j->len, false, &why) == j->len &&
        fast_parse(j, j->len, true))
        return j->b.root;
    if (j->p->arena->failed)
        return NULL;
    bool open = false;
    if (!checks_ok(j, &open, big) || *big)
        return NULL;
    if (!parse_value(j, j->len, open))
        return NULL;
    skip_ws(j);
    if (j->c.off < j->len) {
        bad_char(j, "after top-level value");
        return NULL;
    }
    return j->b.root;
}

/* ---- a kind: List beyond max_document_bytes ----------------------------- */

/* Where the JSON value starting at off ends, by a bracket and string scan
 * (its syntax is checked when it is parsed); false when it does not end. */
static bool value_end_deep(const jload *j, size_t off, size_t *end, deep_scan *deep);

static bool value_end(const jload *j, size_t off, size_t *end)
{
    return value_end_deep(j, off, end, NULL);
}

/* As value_end, noting in *deep (when given) where nesting first goes past
 * the limits, so that a big List needs no second scan for its depth. */
/* What the bracket scan stops at outside strings, and inside them. */
enum { SC_QUOTE = 1, SC_OPEN, SC_CLOSE, SC_SEP };
static const unsigned char scan_class[256] = {
    ['"'] = SC_QUOTE, ['['] = SC_OPEN, ['{'] = SC_OPEN, [']'] = SC_CLOSE, ['}'] = SC_CLOSE,
    [','] = SC_SEP, [':'] = SC_SEP, [' '] = SC_SEP, ['\t'] = SC_SEP, ['\n'] = SC_SEP,
    ['\r'] = SC_SEP,
};
static const bool string_stops[256] = { ['"'] = true, ['\\'] = true };

static bool value_end_deep(const jload *j, size_t off, size_t *end, deep_scan *deep)
{
    const unsigned char *s = (const unsigned char *)j->s;
    size_t len = j->len, limit = deep ? depth_limit(j) : SIZE_MAX;
    size_t base = deep ? deep->base : 0, depth = 0, i = off;
    for (;;) {
        while (i < len && !scan_class[s[i]])
            i++;
        if (i >= len)
            break;
        switch (scan_class[s[i]]) {
        case SC_QUOTE:
            for (i++;;) {
                while (i < len && !string_stops[s[i]])
                    i++;
                if (i >= len)
                    return false; /* the text ends in a string */
                if (s[i] == '"')
                    break;
                i += 2; /* an escape: the next byte is not the end */
            }
            if (depth == 0)
                return *end = i + 1, true;
            break;
        case SC_OPEN:
            if (++depth + base > limit && deep->at == SIZE_MAX)
                deep->at = i;
            break;
        case SC_CLOSE:
            if (depth == 0)
                return *end = i, i > off;
            if (--depth == 0)
                return *end = i + 1, true;
            break;
        default: /* , : and blanks end a scalar at the top */
            if (depth == 0)
                return *end = i, i > off;
        }
        i++;
    }
    if (depth)
        return false;
    *end = len;
    return len > off;
}

static size_t ws_end(const jload *j, size_t i)
{
    while (i < j->len && is_ws(j->s[i]))
        i++;
    return i;
}

/* Whether the document is an object whose last "kind" is a string ending
 * in "List" and that has one "items" member, an array (keys compared as
 * written: an escaped spelling keeps the whole-document limit). */
static bool find_list_items(const jload *j, deep_scan *deep)
{
    size_t i = ws_end(j, j->c.off), items = 0;
    bool list = false;
    if (i >= j->len || j->s[i] != '{')
        return false;
    for (i = ws_end(j, i + 1);;) {
        size_t kend, vend;
        if (i >= j->len || j->s[i] != '"' || !value_end(j, i, &kend))
            return false;
        const char *key = j->s + i + 1;
        size_t klen = kend - i - 2;
        i = ws_end(j, kend);
        if (i >= j->len || j->s[i] != ':')
            return false;
        i = ws_end(j, i + 1);
        if (!value_end_deep(j, i, &vend, deep))
            return false;
        if (klen == 4 && memcmp(key, "kind", 4) == 0)
            list = j->s[i] == '"' && vend - i >= 6 && memcmp(j->s + vend - 5, "List\"", 5) == 0;
        else if (klen == 5 && memcmp(key, "items", 5) == 0 && (j->s[i] != '[' || items++))
            return false;
        i = ws_end(j, vend);
        if (i < j->len && j->s[i] == ',') {
            i = ws_end(j, i + 1);
            continue;
        }
        if (i < j->len && j->s[i] == '}')
            return list && items == 1 && ws_end(j, i + 1) == j->len;
        return false;
    }
}

/* One item of a big List, delivered as a document; false to stop. An item
 * beyond max_document_bytes is reported and skipped. */
static bool load_list_item(jload *j, size_t index)
{
    const load_params *p = j->p;
    load_doc doc = { NULL, here(j), index };
    size_t end, max = p->limits->max_document_bytes;
    /* A valid item within the limit parses in one pass, no scan for its end
     * first; anything else takes the path below, which words the problem. */
    bool ok = fast_parse(j, j->len - j->c.off > max ? j->c.off + max : j->len, false);
    if (ok) {
        doc.root = j->b.root;
        if (doc.root && doc.root->type == GWAPI_VALUE_NULL)
            doc.root = NULL; /* kubectl skips null items */
    } else if (p->arena->failed) {
        return false;
    } else if (!(ok = value_end(j, j->c.off, &end))) {
        bad_char(j, NULL);
    } else if (end - j->c.off > p->limits->max_document_bytes) {
        build_fail(&j->b, GWAPI_DIAG_LIMIT, doc.pos,
                   "List item exceeds max_document_bytes (%zu bytes)",
                   p->limits->max_document_bytes);
        text_advance(j->s, j->len, &j->c, end, false);
    } else {
        doc.root = parse_value(j, end, false);
        ok = doc.root != NULL;
        if (doc.root && doc.root->type == GWAPI_VALUE_NULL)
            doc.root = NULL; /* kubectl skips null items */
    }
    build_reset(&j->b);
    return !p->arena->failed && p->on_doc(p->user, &doc) && ok;
}

/* Delivers each item of the List as a document of its own, so that
 * max_document_bytes, max_nodes and the other per-document limits apply
 * to each item (max_input_bytes still bounds the whole input), and only
 * one item's cJSON tree exists at a time. The List itself is not kept
 * (lib/validate would expand it into its items anyway); its other members
 * are parsed and checked like any value, then dropped. Stops at the first
 * error, as a document does. */
static void load_list_items(jload *j)
{
    size_t index = 0;
    if (!expect(j, '{', NULL))
        return;
    for (;;) {
        skip_ws(j);
        gwapi_value key = { 0 };
        key.pos = here(j);
        if (!scan_string(j, &key, "looking for beginning of object key string") ||
            !expect(j, ':', "after object key"))
            return;
        skip_ws(j);
        if (key.u.string.len != 5 || memcmp(key.u.string.ptr, "items", 5) != 0) {
            /* find_list_items found every member's end: the items' is
             * not looked for again */
            size_t vend;
            if (!value_end(j, j->c.off, &vend)) {
                bad_char(j, NULL);
                return;
            }
            bool ok = parse_value(j, vend, false) != NULL;
            build_reset(&j->b);
            if (!ok)
                return;
        } else {
            if (!expect(j, '[', NULL))
                return;
            for (skip_ws(j); j->c.off < j->len && j->s[j->c.off] != ']';) {
                if (!load_list_item(j, index++))
                    return;
                skip_ws(j);
                if (j->c.off >= j->len || j->s[j->c.off] != ',')
                    break;
                text_advance(j->s, j->len, &j->c, j->c.off + 1, false);
                skip_ws(j);
                if (j->c.off < j->len && j->s[j->c.off] == ']') {
                    bad_char(j, NULL); /* as the whole-document parse words it */
                    return;
                }
            }
            if (!expect(j, ']', "after array element"))
                return;
        }
        skip_ws(j);
        if (j->c.off < j->len && j->s[j->c.off] == ',') {
            text_advance(j->s, j->len, &j->c, j->c.off + 1, false);
            continue;
        }
        if (!expect(j, '}', "after object key:value pair"))
            return;
        skip_ws(j);
        if (j->c.off < j->len)
            bad_char(j, "after top-level value");
        return;
    }
}

gwapi_status load_json(const load_params *p, const char *bytes, size_t len)
{
    jload j;
    memset(&j, 0, sizeof j);
    j.p = p;
    j.s = bytes ? bytes : "";
    j.len = bytes ? len : 0;
    build_init(&j.b, p, j.len);
    if (j.len >= 3 && memcmp(j.s, "\xEF\xBB\xBF", 3) == 0) {
        j.s += 3; /* positions do not count the BOM */
        j.len -= 3;
    }
    skip_ws(&j);
    if (j.c.off < j.len) { /* whitespace alone is no document */
        load_doc doc = { NULL, here(&j), 0 };
        bool big = false;
        const gwapi_value *root = parse(&j, &big);
        if (big) {
            load_list_items(&j);
        } else {
            /* kubectl skips null documents like empty ones. */
            doc.root = root && root->type != GWAPI_VALUE_NULL ? root : NULL;
            if (!p->arena->failed)
                p->on_doc(p->user, &doc);
        }
    }
    build_free(&j.b);
    load_scratch_free(p, j.stack, j.cap, sizeof *j.stack);
    return p->arena->failed ? GWAPI_ENOMEM : GWAPI_OK;
}
