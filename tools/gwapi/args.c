/* Option parsing for `gwapi validate`: options anywhere on the line, long
 * options as `--opt value` or `--opt=value`, short ones as `-o value` or
 * `-ovalue`, and `--` before file names that start with a dash. */
#include "args.h"
#include "cli.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum opt_id {
    OPT_HELP, OPT_CHANNEL, OPT_OUTPUT, OPT_UNKNOWN_FIELDS, OPT_NAMESPACE, OPT_SKIP_KINDS,
    OPT_IGNORE_UNKNOWN_KINDS, OPT_QUIET, OPT_COLOR, OPT_NO_COLOR, OPT_MAX_DIAGNOSTICS, OPT_MAX_INPUT_BYTES
} opt_id;

typedef struct opt_spec {
    opt_id id;
    const char *long_name;
    char short_name;
    bool takes_value;
} opt_spec;

static const opt_spec specs[] = {
    { OPT_HELP, "help", 'h', false },
    { OPT_CHANNEL, "channel", 0, true },
    { OPT_OUTPUT, "output", 'o', true },
    { OPT_UNKNOWN_FIELDS, "unknown-fields", 0, true },
    { OPT_NAMESPACE, "namespace", 'n', true },
    { OPT_SKIP_KINDS, "skip-kinds", 0, true },
    { OPT_IGNORE_UNKNOWN_KINDS, "ignore-unknown-kinds", 0, false },
    { OPT_QUIET, "quiet", 'q', false },
    { OPT_COLOR, "color", 0, true },
    { OPT_NO_COLOR, "no-color", 0, false },
    { OPT_MAX_DIAGNOSTICS, "max-diagnostics", 0, true },
    { OPT_MAX_INPUT_BYTES, "max-input-bytes", 0, true },
};

static const char *const format_names[] = {
    [CLI_FORMAT_TEXT] = "text", [CLI_FORMAT_JSON] = "json", [CLI_FORMAT_YAML] = "yaml",
    [CLI_FORMAT_APISERVER] = "apiserver", [CLI_FORMAT_SARIF] = "sarif",
    [CLI_FORMAT_JUNIT] = "junit",
};

#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
static int usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("gwapi validate: ", stderr);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs("\n(gwapi validate --help for usage)\n", stderr);
    return EXIT_USAGE;
}

static bool push(void *arrayp, size_t *n, const void *item, size_t size)
{
    char **array = arrayp;
    char *grown = realloc(*array, (*n + 1) * size);
    if (!grown)
        return false;
    memcpy(grown + *n * size, item, size);
    *array = grown;
    (*n)++;
    return true;
}

/* "K1,K2": each non-empty name is added; the value string is split in place. */
static int add_skip_kinds(cli_options *o, char *value)
{
    for (char *k = strtok(value, ","); k; k = strtok(NULL, ","))
        if (!push(&o->skip_kinds, &o->nskip_kinds, &k, sizeof k))
            return usage_error("%s", "out of memory");
    return 0;
}

/* The namespace must be one the API server accepts. It is checked once,
 * here, by validating an object in that namespace, so the words are the
 * server's. (An empty metadata.namespace would mean "not set".) */
static int check_namespace(const char *ns)
{
    if (!*ns) {
        fputs("gwapi validate: -n \"\": the namespace may not be empty\n", stderr);
        return EXIT_USAGE;
    }
    cJSON *doc = cJSON_CreateObject();
    cJSON *md = cJSON_CreateObject();
    cJSON_AddStringToObject(doc, "apiVersion", "v1");
    cJSON_AddStringToObject(doc, "kind", "ConfigMap");
    cJSON_AddStringToObject(md, "name", "namespace-check");
    cJSON_AddStringToObject(md, "namespace", ns);
    cJSON_AddItemToObject(doc, "metadata", md);
    char *json = cJSON_PrintUnformatted(doc);
    cJSON_Delete(doc);
    gwapi_ctx *ctx = NULL;
    gwapi_input *in = NULL;
    gwapi_result *r = NULL;
    int rc = 0;
    if (!json || gwapi_ctx_new(&ctx, NULL) != GWAPI_OK || gwapi_input_new(&in, ctx) != GWAPI_OK ||
        gwapi_input_add(in, "-n", json, strlen(json), GWAPI_FORMAT_JSON) != GWAPI_OK ||
        gwapi_validate(&r, ctx, in) != GWAPI_OK) {
        rc = usage_error("%s", "cannot check the namespace (out of memory)");
    } else {
        for (size_t i = 0; i < gwapi_result_diag_count(r); i++) {
            const gwapi_diag *d = gwapi_result_diag(r, i);
            if (d->severity != GWAPI_SEVERITY_ERROR)
                continue;
            fprintf(stderr, "gwapi validate: -n \"%s\": %s\n", ns, d->message);
            rc = EXIT_USAGE;
        }
    }
    gwapi_result_free(r);
    gwapi_input_free(in);
    gwapi_ctx_free(ctx);
    cJSON_free(json);
    return rc;
}

/* A decimal count that fits size_t; no sign, no suffix. */
static bool parse_count(const char *value, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long n = strtoull(value, &end, 10);
    if (value[0] < '0' || value[0] > '9' || *end || errno || n > SIZE_MAX)
        return false;
    *out = (size_t)n;
    return true;
}

static int apply(cli_options *o, const opt_spec *s, char *value)
{
    switch (s->id) {
    case OPT_HELP:
        o->help = true;
        return 0;
    case OPT_CHANNEL:
        if (!strcmp(value, "standard"))
            o->ctx.channel = GWAPI_CHANNEL_STANDARD;
        else if (!strcmp(value, "experimental"))
            o->ctx.channel = GWAPI_CHANNEL_EXPERIMENTAL;
        else
            return usage_error("unknown channel \"%s\" (standard or experimental)", value);
        return 0;
    case OPT_OUTPUT:
        for (size_t i = 0; i < sizeof format_names / sizeof *format_names; i++)
            if (!strcmp(value, format_names[i])) {
                o->format = (cli_format)i;
                return 0;
            }
        return usage_error("unknown output format \"%s\" "
                           "(text, json, yaml, apiserver, sarif or junit)", value);
    case OPT_UNKNOWN_FIELDS:
        if (!strcmp(value, "warn"))
            o->ctx.unknown_field_severity = GWAPI_SEVERITY_WARNING;
        else if (!strcmp(value, "error"))
            o->ctx.unknown_field_severity = GWAPI_SEVERITY_ERROR;
        else
            return usage_error("--unknown-fields takes error or warn, not \"%s\"", value);
        return 0;
    case OPT_NAMESPACE:
        o->ctx.default_namespace = value;
        return 0;
    case OPT_SKIP_KINDS:
        return add_skip_kinds(o, value);
    case OPT_IGNORE_UNKNOWN_KINDS:
        o->ignore_unknown_kinds = true;
        return 0;
    case OPT_QUIET:
        o->quiet = true;
        return 0;
    case OPT_COLOR:
        if (!strcmp(value, "auto"))
            o->color = CLI_COLOR_AUTO;
        else if (!strcmp(value, "always"))
            o->color = CLI_COLOR_ALWAYS;
        else if (!strcmp(value, "never"))
            o->color = CLI_COLOR_NEVER;
        else
            return usage_error("--color takes auto, always or never, not \"%s\"", value);
        return 0;
    case OPT_NO_COLOR:
        o->color = CLI_COLOR_NEVER;
        return 0;
    case OPT_MAX_DIAGNOSTICS:
        if (!parse_count(value, &o->max_diagnostics))
            return usage_error("--max-diagnostics takes a number, not \"%s\"", value);
        o->max_diagnostics_set = true;
        return 0;
    case OPT_MAX_INPUT_BYTES:
        if (!parse_count(value, &o->ctx.limits.max_input_bytes) || !o->ctx.limits.max_input_bytes)
            return usage_error("--max-input-bytes takes a positive byte count, not \"%s\"", value);
        return 0;
    }
    return EXIT_USAGE;
}

static const opt_spec *find_long(const char *name, size_t len)
{
    for (size_t i = 0; i < sizeof specs / sizeof *specs; i++)
        if (strlen(specs[i].long_name) == len && !strncmp(specs[i].long_name, name, len))
            return &specs[i];
    return NULL;
}

static const opt_spec *find_short(char c)
{
    for (size_t i = 0; i < sizeof specs / sizeof *specs; i++)
        if (specs[i].short_name == c)
            return &specs[i];
    return NULL;
}

int cli_parse_validate(cli_options *o, int argc, char **argv)
{
    static const gwapi_ctx_options ctx_defaults = GWAPI_CTX_OPTIONS_INIT;
    memset(o, 0, sizeof *o);
    o->ctx = ctx_defaults;
    o->ctx.discard_source = true; /* the outputs read diagnostics and ObjectMeta only */
    bool options_done = false;
    for (int i = 1; i < argc; i++) {
        char *a = argv[i];
        if (options_done || a[0] != '-' || !a[1]) {
            if (!push(&o->files, &o->nfiles, &a, sizeof a))
                return usage_error("%s", "out of memory");
            continue;
        }
        if (!strcmp(a, "--")) {
            options_done = true;
            continue;
        }
        const opt_spec *s;
        char *value = NULL;
        if (a[1] == '-') {
            char *eq = strchr(a + 2, '=');
            s = find_long(a + 2, eq ? (size_t)(eq - a - 2) : strlen(a + 2));
            if (!s)
                return usage_error("unknown option %s", a);
            if (eq && !s->takes_value)
                return usage_error("option %s takes no value", a);
            if (eq)
                value = eq + 1;
        } else {
            s = find_short(a[1]);
            if (!s)
                return usage_error("unknown option %s", a);
            if (a[2] && !s->takes_value)
                return usage_error("option %s takes no value", a);
            if (a[2])
                value = a + 2 + (a[2] == '=');
        }
        if (s->takes_value && !value) {
            if (i + 1 >= argc)
                return usage_error("option %s needs a value", a);
            value = argv[++i];
        }
        int rc = apply(o, s, value);
        if (rc)
            return rc;
    }
    if (o->help)
        return 0;
    if (!o->nfiles)
        return usage_error("%s", "no FILE given (use - for standard input)");
    if (o->ctx.default_namespace)
        return check_namespace(o->ctx.default_namespace);
    return 0;
}

void cli_options_free(cli_options *o)
{
    free(o->skip_kinds);
    free(o->files);
    o->skip_kinds = NULL;
    o->files = NULL;
}

bool cli_skips_kind(const cli_options *o, gwapi_str kind)
{
    for (size_t i = 0; i < o->nskip_kinds; i++)
        if (gwapi_str_eq(kind, o->skip_kinds[i]))
            return true;
    return false;
}
