/* Builds the CLI's view of a result: ties each diagnostic to its object,
 * applies the user's filters and counts the summary. */
#include "report.h"

#include <stdlib.h>
#include <string.h>

static bool same(gwapi_str a, gwapi_str b)
{
    return (!a.ptr && !b.ptr) || gwapi_str_equal(a, b);
}

/* Whether d can be a diagnostic of ro. The CLI discards the source
 * documents (discard_source), so an object is known by its kind, its
 * ObjectMeta and its file; one whose metadata did not decode takes the
 * name its first diagnostic carries. */
static bool belongs_to(const gwapi_diag *d, const report_object *ro)
{
    const gwapi_object *o = ro->obj;
    if (!same(d->kind, o->kind_name))
        return false;
    if (o->meta && !same(d->name, o->meta->name))
        return false;
    if (!o->meta && ro->named && !same(d->name, ro->diag_name))
        return false;
    return !*d->pos.file || !*ro->file || !strcmp(d->pos.file, ro->file);
}

/* The library makes each object's diagnostics while it processes that
 * object, in input order, so the owner of a diagnostic is the first
 * matching object at or after the owner of the previous one. Documents
 * that did not become objects (no apiVersion or kind) own none. */
static size_t find_owner(report *rep, const gwapi_diag *d, size_t *cursor)
{
    if (!d->kind.ptr || d->code == GWAPI_DIAG_NOT_OBJECT)
        return REPORT_NO_OBJECT;
    for (size_t i = *cursor; i < rep->nobjects; i++) {
        report_object *ro = &rep->objects[i];
        if (!belongs_to(d, ro))
            continue;
        if (!ro->named) {
            ro->diag_name = d->name;
            ro->named = true;
        }
        if (!*ro->file)
            ro->file = d->pos.file;
        *cursor = i;
        return i;
    }
    return REPORT_NO_OBJECT;
}

bool report_build(report *rep, const gwapi_result *r, const cli_options *o, size_t files,
                  size_t unreadable)
{
    memset(rep, 0, sizeof *rep);
    rep->result = r;
    rep->opts = o;
    rep->files = files;
    rep->unreadable = unreadable;
    rep->nobjects = gwapi_result_object_count(r);
    size_t ndiags = gwapi_result_diag_count(r);
    rep->objects = calloc(rep->nobjects ? rep->nobjects : 1, sizeof *rep->objects);
    rep->entries = calloc(ndiags ? ndiags : 1, sizeof *rep->entries);
    if (!rep->objects || !rep->entries) {
        report_free(rep);
        return false;
    }
    for (size_t i = 0; i < rep->nobjects; i++) {
        report_object *ro = &rep->objects[i];
        ro->obj = gwapi_result_object(r, i);
        ro->file = ro->obj->meta && ro->obj->meta->pos.file ? ro->obj->meta->pos.file
                   : ro->obj->source ? ro->obj->source->pos.file : "";
        ro->skipped = cli_skips_kind(o, ro->obj->kind_name) ||
                      (o->ignore_unknown_kinds && ro->obj->kind == GWAPI_KIND_UNKNOWN);
    }
    size_t cursor = 0;
    for (size_t i = 0; i < ndiags; i++) {
        const gwapi_diag *d = gwapi_result_diag(r, i);
        size_t owner = find_owner(rep, d, &cursor);
        report_object *ro = owner == REPORT_NO_OBJECT ? NULL : &rep->objects[owner];
        if ((ro && ro->skipped) || (!ro && cli_skips_kind(o, d->kind)))
            continue;
        bool error = d->severity == GWAPI_SEVERITY_ERROR;
        rep->errors += error;
        rep->warnings += d->severity == GWAPI_SEVERITY_WARNING;
        if (ro) {
            ro->errors += error;
            ro->warnings += d->severity == GWAPI_SEVERITY_WARNING;
        }
        if (o->quiet && !error)
            continue;
        if (o->max_diagnostics_set && rep->nentries == o->max_diagnostics) {
            rep->omitted++;
            continue;
        }
        rep->entries[rep->nentries].diag = d;
        rep->entries[rep->nentries].index = i;
        rep->entries[rep->nentries].object = owner;
        rep->nentries++;
    }
    for (size_t i = 0; i < rep->nobjects; i++) {
        report_object *ro = &rep->objects[i];
        /* The library's count also covers errors past its diagnostics cap. */
        ro->invalid = !ro->skipped && (ro->errors || ro->obj->error_count);
        rep->skipped += ro->skipped;
        rep->invalid += ro->invalid;
        rep->valid += !ro->skipped && !ro->invalid;
    }
    return true;
}

void report_free(report *rep)
{
    free(rep->objects);
    free(rep->entries);
    rep->objects = NULL;
    rep->entries = NULL;
}

const gwapi_object *report_entry_object(const report *rep, const report_entry *e)
{
    return e->object == REPORT_NO_OBJECT ? NULL : rep->objects[e->object].obj;
}
