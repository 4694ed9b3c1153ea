/* Structured output as JSON (2-space indent) or block YAML (kubectl's
 * layout: sequences under a key are not indented further). */
#include "tree_writer.h"
#include "../util/json_writer.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void tw_init_style(tw *w, strbuf *out, tw_format format, tw_style style)
{
    memset(w, 0, sizeof *w);
    w->out = out;
    w->format = format;
    w->style = style;
}

void tw_init(tw *w, strbuf *out, tw_format format)
{
    tw_init_style(w, out, format, (tw_style){ 0 });
}

static void indent(tw *w, unsigned n)
{
    if (w->format == TW_JSON && w->style.compact)
        return;
    /* the line break and up to 32 spaces in one copy */
    static const char spaces[] = "\n                                ";
    const unsigned most = sizeof spaces - 2;
    unsigned k = n < most ? n : most;
    strbuf_putn(w->out, spaces, 1 + k);
    for (n -= k; n; n -= k) {
        k = n < most ? n : most;
        strbuf_putn(w->out, spaces + 1, k);
    }
}

static tw_frame *top(tw *w)
{
    return w->depth ? &w->stack[w->depth - 1] : NULL;
}

/* YAML: a child of the current frame starts; prints the line break (or
 * not, for the first child of an inline frame). */
static void yaml_child_line(tw *w, tw_frame *f)
{
    if (f->count > 0 || !f->inline_first)
        indent(w, f->indent);
}

/* Prints what separates a value from the previous one. */
static void begin_value(tw *w)
{
    tw_frame *f = top(w);
    if (w->after_key || !f)
        return;
    if (w->format == TW_JSON) {
        if (f->count)
            strbuf_putc(w->out, ',');
        indent(w, w->depth * 2);
    } else {
        yaml_child_line(w, f);
        strbuf_puts(w->out, "- ");
    }
    f->count++;
}

static void push(tw *w, bool array)
{
    tw_frame *parent = top(w);
    if (w->depth == TW_MAX_DEPTH) {
        w->failed = true;
        strbuf_fail(w->out);
        return;
    }
    tw_frame f = { .array = array, .after_key = w->after_key };
    if (!parent) {
        f.inline_first = true;
    } else if (w->after_key) {
        f.indent = array && !w->style.indent_seqs ? parent->indent : parent->indent + 2;
    } else {
        f.indent = parent->indent + 2;
        f.inline_first = true;
    }
    w->stack[w->depth++] = f;
    w->after_key = false;
}

static void begin(tw *w, bool array)
{
    begin_value(w);
    if (w->format == TW_JSON)
        strbuf_putc(w->out, array ? '[' : '{');
    push(w, array);
}

static void end(tw *w, bool array)
{
    if (!w->depth || w->failed)
        return;
    tw_frame f = w->stack[--w->depth];
    if (w->format == TW_JSON) {
        if (f.count)
            indent(w, w->depth * 2);
        strbuf_putc(w->out, array ? ']' : '}');
    } else if (!f.count) {
        strbuf_puts(w->out, f.after_key ? (array ? " []" : " {}") : (array ? "[]" : "{}"));
    }
}

void tw_obj_begin(tw *w) { begin(w, false); }
void tw_obj_end(tw *w) { end(w, false); }
void tw_arr_begin(tw *w) { begin(w, true); }
void tw_arr_end(tw *w) { end(w, true); }

/* YAML reads these plain scalars as something other than a string. */
static bool yaml_reserved(const char *s, size_t n)
{
    static const char *const words[] = { "true", "false", "null", "yes", "no", "on", "off",
                                         "y", "n", "~" };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == n && !strncasecmp(s, words[i], n))
            return true;
    return false;
}

static bool yaml_plain_ok(const char *s, size_t n)
{
    if (!n || !(isalpha((unsigned char)*s) || *s == '/'))
        return false;
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)s[i]) && !(s[i] && strchr("_./-", s[i])))
            return false;
    return !yaml_reserved(s, n);
}

static bool identifier(const char *s)
{
    if (!isalpha((unsigned char)*s))
        return false;
    for (const char *p = s; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '_')
            return false;
    return true;
}

static void put_string(tw *w, const char *s, bool key)
{
    bool plain = w->format == TW_YAML && s &&
                 (w->style.quote_strings ? key && identifier(s) : yaml_plain_ok(s, strlen(s)));
    if (plain)
        strbuf_puts(w->out, s);
    else
        jw_string(w->out, s);
}

void tw_key(tw *w, const char *key)
{
    tw_frame *f = top(w);
    if (!f || f->array || w->failed)
        return;
    gwapi_str k = gwapi_str_of(key);
    if (w->format == TW_JSON && k.ptr && jw_plain(k)) {
        /* the usual key: separator, line break, indent, "key": in one copy */
        bool compact = w->style.compact;
        size_t spaces = compact ? 0 : w->depth * 2;
        size_t n = (f->count ? 1 : 0) + (compact ? 0 : 1 + spaces) + k.len + (compact ? 3 : 4);
        char *o = strbuf_room(w->out, n);
        if (o) {
            if (f->count)
                *o++ = ',';
            if (!compact) {
                *o++ = '\n';
                memset(o, ' ', spaces);
                o += spaces;
            }
            *o++ = '"';
            memcpy(o, k.ptr, k.len);
            o += k.len;
            memcpy(o, compact ? "\":" : "\": ", compact ? 2 : 3);
            strbuf_commit(w->out, n);
        }
    } else if (w->format == TW_JSON) {
        if (f->count)
            strbuf_putc(w->out, ',');
        indent(w, w->depth * 2);
        jw_string(w->out, key);
        strbuf_puts(w->out, w->style.compact ? ":" : ": ");
    } else {
        yaml_child_line(w, f);
        put_string(w, key, true);
        strbuf_putc(w->out, ':');
    }
    f->count++;
    w->after_key = true;
}

static void scalar_prefix(tw *w)
{
    bool keyed = w->after_key;
    begin_value(w);
    if (keyed && w->format == TW_YAML)
        strbuf_putc(w->out, ' ');
    w->after_key = false;
}

void tw_str(tw *w, const char *s)
{
    scalar_prefix(w);
    put_string(w, s, false);
}

void tw_bytes(tw *w, gwapi_str s)
{
    scalar_prefix(w);
    if (w->format == TW_YAML && !w->style.quote_strings && s.ptr && yaml_plain_ok(s.ptr, s.len))
        strbuf_putn(w->out, s.ptr, s.len);
    else
        jw_str(w->out, s);
}

void tw_int(tw *w, int64_t v)
{
    scalar_prefix(w);
    strbuf_put_int(w->out, (long long)v);
}

void tw_num(tw *w, double v)
{
    scalar_prefix(w);
    char buf[32];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    strbuf_puts(w->out, buf);
}

void tw_bool(tw *w, bool v)
{
    scalar_prefix(w);
    strbuf_puts(w->out, v ? "true" : "false");
}

void tw_finish(tw *w)
{
    strbuf_putc(w->out, '\n');
}

void tw_kv_str(tw *w, const char *key, const char *s)
{
    tw_key(w, key);
    tw_str(w, s);
}

void tw_kv_str_opt(tw *w, const char *key, const char *s)
{
    if (s)
        tw_kv_str(w, key, s);
}

void tw_kv_int(tw *w, const char *key, int64_t v)
{
    tw_key(w, key);
    tw_int(w, v);
}

void tw_kv_bool(tw *w, const char *key, bool v)
{
    tw_key(w, key);
    tw_bool(w, v);
}
