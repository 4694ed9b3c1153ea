/* Builds the CLI's view of a result: each diagnostic with its object (the
 * library's link, gwapi_result_diag_object), the user's filters applied
 * and the summary counted. */
#include "report.h"

#include <stdlib.h>
#include <string.h>

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
        /* Without metadata or source (discarded), the object's first
         * diagnostic tells its file. */
        size_t first;
        ro->file = ro->obj->meta && ro->obj->meta->pos.file ? ro->obj->meta->pos.file
                   : ro->obj->source ? ro->obj->source->pos.file
                   : gwapi_result_object_diags(r, i, &first) ? gwapi_result_diag(r, first)->pos.file : "";
        ro->skipped = cli_skips_kind(o, ro->obj->kind_name) ||
                      (o->ignore_unknown_kinds && ro->obj->kind == GWAPI_KIND_UNKNOWN);
    }
    for (size_t i = 0; i < ndiags; i++) {
        const gwapi_diag *d = gwapi_result_diag(r, i);
        size_t owner = gwapi_result_diag_object(r, i);
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
