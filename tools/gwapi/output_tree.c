/* `-o json` and `-o yaml`: the library's ValidationResult document
 * (gwapi_result_json) with the diagnostics the user asked to see and the
 * CLI's summary. The library's JSON text is never decoded: the document is
 * assembled from its diagnostic texts, and YAML is written from the same
 * text (a JSON string, number, true, false or null is a YAML flow scalar
 * too), so every byte (a NUL as \u0000) survives as the library wrote it. */
#include "output.h"

#include <stdlib.h>
#include <string.h>

/* A value of a JSON text, by position: objects and arrays list their
 * members; an object member has its key's text (quotes included). */
typedef struct jnode {
    char type;               /* '{', '[' or 's' for scalars */
    size_t start, end;       /* the value's text */
    size_t key_start, key_end;
    size_t first, next;      /* child and sibling indexes; 0 = none */
} jnode;

typedef struct jtree {
    const char *text;
    size_t len, pos;
    jnode *nodes;            /* nodes[0] is unused: index 0 means "none" */
    size_t n, cap;
} jtree;

static void skip_ws(jtree *t)
{
    while (t->pos < t->len && strchr(" \t\r\n", t->text[t->pos]))
        t->pos++;
}

static size_t new_node(jtree *t)
{
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        jnode *nodes = realloc(t->nodes, cap * sizeof *nodes);
        if (!nodes)
            return 0;
        t->nodes = nodes;
        t->cap = cap;
    }
    memset(&t->nodes[t->n], 0, sizeof *t->nodes);
    return t->n++;
}

/* Past a string starting at t->pos; false when unterminated. */
static bool skip_string(jtree *t)
{
    for (t->pos++; t->pos < t->len; t->pos++) {
        if (t->text[t->pos] == '\\')
            t->pos++;
        else if (t->text[t->pos] == '"')
            return ++t->pos, true;
    }
    return false;
}

/* Parses one value; its node index, or 0 on malformed text. */
static size_t parse_value(jtree *t, int depth)
{
    skip_ws(t);
    size_t id = new_node(t);
    if (!id || t->pos >= t->len || depth > 64)
        return 0;
    t->nodes[id].start = t->pos;
    char c = t->text[t->pos];
    if (c == '{' || c == '[') {
        t->nodes[id].type = c;
        t->pos++;
        size_t last = 0;
        for (;;) {
            skip_ws(t);
            if (t->pos < t->len && t->text[t->pos] == (c == '{' ? '}' : ']'))
                break;
            size_t ks = t->pos, ke = t->pos;
            if (c == '{') {
                if (t->pos >= t->len || t->text[t->pos] != '"' || !skip_string(t))
                    return 0;
                ke = t->pos;
                skip_ws(t);
                if (t->pos >= t->len || t->text[t->pos++] != ':')
                    return 0;
            }
            size_t child = parse_value(t, depth + 1);
            if (!child)
                return 0;
            t->nodes[child].key_start = ks;
            t->nodes[child].key_end = ke;
            if (last)
                t->nodes[last].next = child;
            else
                t->nodes[id].first = child;
            last = child;
            skip_ws(t);
            if (t->pos < t->len && t->text[t->pos] == ',')
                t->pos++;
        }
        t->pos++;
    } else {
        t->nodes[id].type = 's';
        if (c == '"') {
            if (!skip_string(t))
                return 0;
        } else {
            while (t->pos < t->len && !strchr(",]} \t\r\n", t->text[t->pos]))
                t->pos++;
        }
    }
    t->nodes[id].end = t->pos;
    return id;
}

/* A tree of text; false when out of memory. Node 0 stands for "none". */
static bool jtree_init(jtree *t, const char *text, size_t len)
{
    memset(t, 0, sizeof *t);
    t->text = text;
    t->len = len;
    t->nodes = calloc(64, sizeof *t->nodes);
    t->cap = 64;
    t->n = 1;
    return t->nodes != NULL;
}

static bool key_is(const jtree *t, const jnode *n, const char *key)
{
    size_t len = strlen(key);
    return n->key_end - n->key_start == len + 2 &&
           !memcmp(t->text + n->key_start + 1, key, len);
}

/* The ValidationResult document as JSON text (malloc'ed), laid out as the
 * library lays it out; NULL when out of memory. */
static char *document(const report *rep, size_t *len)
{
    char *lib = NULL;
    size_t lib_len = 0;
    if (gwapi_result_json(rep->result, &lib, &lib_len) != GWAPI_OK)
        return NULL;
    jtree t;
    size_t root = jtree_init(&t, lib, lib_len) ? parse_value(&t, 0) : 0;
    size_t diags = 0;
    for (size_t c = root ? t.nodes[root].first : 0; c; c = t.nodes[c].next)
        if (key_is(&t, &t.nodes[c], "diagnostics"))
            diags = c;
    char *doc = NULL;
    size_t doc_len = 0;
    FILE *m = diags && t.nodes[diags].type == '[' ? open_memstream(&doc, &doc_len) : NULL;
    if (m) {
        fprintf(m, "{\"apiVersion\":\"gwapi.dev/v1alpha1\",\"kind\":\"ValidationResult\",\n"
                   "\"summary\":{\"objects\":%zu,\"errors\":%zu,\"warnings\":%zu,\"valid\":%zu,"
                   "\"invalid\":%zu,\"skipped\":%zu,\"files\":%zu,\"unreadableFiles\":%zu,"
                   "\"omittedDiagnostics\":%zu},\n\"diagnostics\":[\n",
                rep->valid + rep->invalid, rep->errors, rep->warnings, rep->valid, rep->invalid,
                rep->skipped, rep->files, rep->unreadable, rep->omitted);
        /* Entries are in result order: one forward walk picks them out. */
        size_t item = t.nodes[diags].first, at = 0;
        for (size_t i = 0; i < rep->nentries; i++) {
            for (; item && at < rep->entries[i].index; at++)
                item = t.nodes[item].next;
            if (!item)
                break;
            fwrite(lib + t.nodes[item].start, 1, t.nodes[item].end - t.nodes[item].start, m);
            fputs(i + 1 < rep->nentries ? ",\n" : "\n", m);
        }
        fputs("]}\n", m);
        if (fclose(m)) {
            free(doc);
            doc = NULL;
        }
    }
    free(t.nodes);
    gwapi_free(lib);
    *len = doc_len;
    return doc;
}

int output_json(FILE *out, const report *rep)
{
    size_t len;
    char *doc = document(rep, &len);
    if (!doc)
        return -1;
    fwrite(doc, 1, len, out);
    free(doc);
    return 0;
}

static void put_span(FILE *out, const jtree *t, size_t start, size_t end)
{
    fwrite(t->text + start, 1, end - start, out);
}

static void yaml_node(FILE *out, const jtree *t, size_t id, int indent);

/* A member after "key:" or "-": nested collections go on the following
 * lines, scalars and empty collections on the same line. */
static void yaml_member_value(FILE *out, const jtree *t, size_t id, int indent)
{
    const jnode *n = &t->nodes[id];
    if (n->type == 's' || !n->first) {
        fputc(' ', out);
        if (n->type == 's')
            put_span(out, t, n->start, n->end);
        else
            fputs(n->type == '[' ? "[]" : "{}", out);
        fputc('\n', out);
        return;
    }
    fputc('\n', out);
    yaml_node(out, t, id, indent);
}

/* Keys are the document's own identifiers: written without their quotes. */
static void yaml_key(FILE *out, const jtree *t, const jnode *n)
{
    put_span(out, t, n->key_start + 1, n->key_end - 1);
    fputc(':', out);
}

static void yaml_node(FILE *out, const jtree *t, size_t id, int indent)
{
    const jnode *n = &t->nodes[id];
    for (size_t c = n->first; c; c = t->nodes[c].next) {
        const jnode *cn = &t->nodes[c];
        fprintf(out, "%*s", indent, "");
        if (n->type == '[' && cn->type == '{' && cn->first) {
            /* "- " then the item's members, the first on the same line. */
            fputs("- ", out);
            for (size_t m = cn->first; m; m = t->nodes[m].next) {
                if (m != cn->first)
                    fprintf(out, "%*s", indent + 2, "");
                yaml_key(out, t, &t->nodes[m]);
                yaml_member_value(out, t, m, indent + 4);
            }
        } else {
            if (n->type == '[')
                fputc('-', out);
            else
                yaml_key(out, t, cn);
            yaml_member_value(out, t, c, indent + 2);
        }
    }
}

int output_yaml(FILE *out, const report *rep)
{
    size_t len;
    char *doc = document(rep, &len);
    if (!doc)
        return -1;
    jtree t;
    size_t root = jtree_init(&t, doc, len) ? parse_value(&t, 0) : 0;
    int rc = root ? 0 : -1;
    if (root)
        yaml_node(out, &t, root, 0);
    free(t.nodes);
    free(doc);
    return rc;
}

