/* One option parser for every gwapi command: a table of options, each
 * command accepting a subset. Options anywhere on the line, long options
 * as `--opt value` or `--opt=value`, short ones as `-o value` or `-ovalue`,
 * and `--` before operands that start with a dash. */
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
    OPT_HELP, OPT_CHANNEL, OPT_CONTROLLER_NAME, OPT_OUTPUT, OPT_UNKNOWN_FIELDS, OPT_NAMESPACE,
    OPT_SKIP_KINDS, OPT_IGNORE_UNKNOWN_KINDS, OPT_QUIET, OPT_MAX_DIAGNOSTICS, OPT_MAX_INPUT_BYTES,
    OPT_COLOR, OPT_NO_COLOR, OPT_NOW
} opt_id;

typedef struct opt_spec {
    opt_id id;
    const char *long_name;
    char short_name;
    const char *value;  /* the value's name in the help text; NULL: takes none */
    const char *help;   /* NULL: listed on the line of the option before it */
} opt_spec;

/* In help order. -o's help is the command's list of formats. */
static const opt_spec specs[] = {
    { OPT_HELP, "help", 'h', NULL, "show this text" },
    { OPT_CHANNEL, "channel", 0, "standard|experimental", "Gateway API release channel (experimental)" },
    { OPT_CONTROLLER_NAME, "controller-name", 0, "NAME",
      "manage only the GatewayClasses whose\ncontrollerName is NAME (default: all)" },
    { OPT_NOW, "now", 0, "RFC3339",
      "check certificate and CRL dates against this\ninstant, e.g. 2026-01-02T03:04:05Z (default: now)" },
    { OPT_OUTPUT, "output", 'o', "FORMAT", NULL },
    { OPT_UNKNOWN_FIELDS, "unknown-fields", 0, "error|warn", "severity of unknown fields (error)" },
    { OPT_NAMESPACE, "namespace", 'n', "NAMESPACE", "namespace of objects that name none (default)" },
    { OPT_SKIP_KINDS, "skip-kinds", 0, "KIND[,KIND...]", "do not validate or count objects of these kinds" },
    { OPT_IGNORE_UNKNOWN_KINDS, "ignore-unknown-kinds", 0, NULL,
      "skip kinds without a schema instead of warning" },
    { OPT_QUIET, "quiet", 'q', NULL, "errors only: no warnings, no summary line" },
    { OPT_MAX_DIAGNOSTICS, "max-diagnostics", 0, "N", "show at most N diagnostics" },
    { OPT_MAX_INPUT_BYTES, "max-input-bytes", 0, "N", "read at most N bytes over all files" },
    { OPT_COLOR, "color", 0, "auto|always|never",
      "colour text output (auto: on a terminal,\nunless NO_COLOR is set); --no-color" },
    { OPT_NO_COLOR, "no-color", 0, NULL, NULL },
};

static const char *const format_names[] = {
    [CLI_FORMAT_TEXT] = "text", [CLI_FORMAT_JSON] = "json", [CLI_FORMAT_YAML] = "yaml",
    [CLI_FORMAT_APISERVER] = "apiserver", [CLI_FORMAT_SARIF] = "sarif",
    [CLI_FORMAT_JUNIT] = "junit",
};
#define NFORMATS (sizeof format_names / sizeof *format_names)

#define BIT(x) (1u << (x))

typedef struct command_spec {
    const char *name;
    const char *operands;  /* after [OPTION]... in the usage line */
    const char *about;     /* what it does, then its exit status */
    unsigned options;      /* BIT(opt_id) of the options it takes */
    unsigned formats;      /* BIT(cli_format) of its -o values */
    cli_format default_format;
    bool object_operand;   /* KIND/NAMESPACE/NAME before the files */
    bool discard_source;   /* the outputs need no source documents */
} command_spec;

#define TRANSLATING (BIT(OPT_HELP) | BIT(OPT_CONTROLLER_NAME) | BIT(OPT_NOW) | BIT(OPT_OUTPUT))

static const command_spec commands[] = {
    [CLI_VALIDATE] = {
        "validate", "FILE...|-",
        "Validates Gateway API and Envoy Gateway objects as an API server with the\n"
        "CRDs installed would.\n"
        "Exit status: 0 valid (warnings allowed), 1 invalid, 2 usage error or a file\n"
        "that could not be read (the other files are still validated).\n",
        ~(unsigned)(BIT(OPT_CONTROLLER_NAME) | BIT(OPT_NOW)),
        BIT(CLI_FORMAT_TEXT) | BIT(CLI_FORMAT_JSON) | BIT(CLI_FORMAT_YAML) | BIT(CLI_FORMAT_APISERVER) |
            BIT(CLI_FORMAT_SARIF) | BIT(CLI_FORMAT_JUNIT),
        CLI_FORMAT_TEXT, false, true },
    [CLI_STATUS] = {
        "status", "FILE...|-",
        "Resolves Gateway API and Envoy Gateway objects and prints, as a Kubernetes\n"
        "List, the status a controller would write for every object it manages.\n"
        "Diagnostics go to standard error.\n"
        "Exit status: 0 done, 2 usage or I/O error.\n",
        TRANSLATING | BIT(OPT_NAMESPACE), BIT(CLI_FORMAT_JSON) | BIT(CLI_FORMAT_YAML),
        CLI_FORMAT_YAML, false, false },
    [CLI_TRANSLATE] = {
        "translate", "FILE...|-",
        "Prints the IR: managed Gateways, their programmed listeners, virtual hosts\n"
        "and routes in match order (docs/ir.md). Diagnostics go to standard error.\n"
        "Exit status: 0 translated (even with invalid objects), 2 usage or I/O error.\n",
        TRANSLATING, BIT(CLI_FORMAT_JSON) | BIT(CLI_FORMAT_YAML), CLI_FORMAT_JSON, false, false },
    [CLI_ROUTES] = {
        "routes", "FILE...|-",
        "Prints the route table: per programmed listener, the entries a data plane\n"
        "matches, in match order (docs/routes.md). Diagnostics go to standard error.\n"
        "Exit status: 0 translated (even with invalid objects), 2 usage or I/O error.\n",
        TRANSLATING, BIT(CLI_FORMAT_TEXT) | BIT(CLI_FORMAT_JSON) | BIT(CLI_FORMAT_YAML),
        CLI_FORMAT_TEXT, false, false },
    [CLI_EXPLAIN] = {
        "explain", "KIND/NAMESPACE/NAME|KIND/NAME FILE...|-",
        "Resolves the objects and explains one: for a route, the listeners it\n"
        "attached to (and why not the others) and, per rule, the policies that\n"
        "apply in precedence order; for an Envoy Gateway policy, the targets it\n"
        "holds, lost (and to whom) and merged with; for a Gateway, its listeners\n"
        "and what attached to each.\n"
        "Exit status: 0 explained, 1 no such object, 2 usage or I/O error.\n",
        TRANSLATING | BIT(OPT_NAMESPACE), BIT(CLI_FORMAT_TEXT) | BIT(CLI_FORMAT_JSON),
        CLI_FORMAT_TEXT, true, false },
};

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static int usage_error(const command_spec *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "gwapi %s: ", c->name);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n(gwapi %s --help for usage)\n", c->name);
    return EXIT_USAGE;
}

/* "text, json or yaml": the formats of c, into buf. */
static const char *format_list(const command_spec *c, char *buf, size_t size)
{
    size_t len = 0, n = 0, total = 0;
    for (size_t i = 0; i < NFORMATS; i++)
        total += (c->formats & BIT(i)) != 0;
    buf[0] = 0;
    for (size_t i = 0; i < NFORMATS && len < size; i++) {
        if (!(c->formats & BIT(i)))
            continue;
        const char *sep = !n ? "" : n + 1 == total ? " or " : ", ";
        int w = snprintf(buf + len, size - len, "%s%s", sep, format_names[i]);
        len += w > 0 ? (size_t)w : 0;
        n++;
    }
    return buf;
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
static int add_skip_kinds(const command_spec *c, cli_options *o, char *value)
{
    for (char *k = strtok(value, ","); k; k = strtok(NULL, ","))
        if (!push(&o->skip_kinds, &o->nskip_kinds, &k, sizeof k))
            return usage_error(c, "%s", "out of memory");
    return 0;
}

/* The namespace must be one the API server accepts. It is checked once,
 * here, by validating an object in that namespace, so the words are the
 * server's. (An empty metadata.namespace would mean "not set".) */
static int check_namespace(const command_spec *c, const char *ns)
{
    if (!*ns) {
        fprintf(stderr, "gwapi %s: -n \"\": the namespace may not be empty\n", c->name);
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
        rc = usage_error(c, "%s", "cannot check the namespace (out of memory)");
    } else {
        for (size_t i = 0; i < gwapi_result_diag_count(r); i++) {
            const gwapi_diag *d = gwapi_result_diag(r, i);
            if (d->severity != GWAPI_SEVERITY_ERROR)
                continue;
            fprintf(stderr, "gwapi %s: -n \"%s\": %s\n", c->name, ns, d->message);
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

/* n decimal digits at p. */
static bool digits(const char *p, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        v = v * 10 + (p[i] - '0');
    }
    *out = v;
    return true;
}

/* RFC 3339 date-time, YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM),
 * as Unix seconds (the fraction is dropped). */
static bool parse_rfc3339(const char *s, int64_t *out)
{
    int y, mo, d, h, mi, sec, oh = 0, om = 0;
    if (strlen(s) < 20 || !digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &mo) || s[7] != '-' ||
        !digits(s + 8, 2, &d) || s[10] != 'T' || !digits(s + 11, 2, &h) || s[13] != ':' ||
        !digits(s + 14, 2, &mi) || s[16] != ':' || !digits(s + 17, 2, &sec))
        return false;
    const char *p = s + 19;
    if (*p == '.') {
        const char *f = ++p;
        while (*p >= '0' && *p <= '9')
            p++;
        if (p == f)
            return false;
    }
    int sign = 0;
    if (*p == 'Z' && !p[1])
        sign = 0;
    else if ((*p == '+' || *p == '-') && strlen(p) == 6 && digits(p + 1, 2, &oh) && p[3] == ':' &&
             digits(p + 4, 2, &om) && oh < 24 && om < 60)
        sign = *p == '+' ? 1 : -1;
    else
        return false;
    static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1] || (mo == 2 && d == 29 && !leap) || h > 23 ||
        mi > 59 || sec > 59)
        return false;
    /* days_from_civil (Howard Hinnant) */
    int64_t yy = y - (mo <= 2);
    int64_t era = yy / 400;   /* yy >= -1: years 0000..9999 */
    int64_t yoe = yy - era * 400;
    int64_t doy = (153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5 + d - 1;
    int64_t days = era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
    *out = days * 86400 + h * 3600 + mi * 60 + sec - sign * (oh * 3600 + om * 60);
    return true;
}

static int apply(const command_spec *c, cli_options *o, const opt_spec *s, char *value)
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
            return usage_error(c, "unknown channel \"%s\" (standard or experimental)", value);
        return 0;
    case OPT_CONTROLLER_NAME:
        o->translate.controller_name = value;
        return 0;
    case OPT_NOW:
        if (!parse_rfc3339(value, &o->translate.now) || o->translate.now <= 0)
            return usage_error(c, "--now takes an RFC 3339 time after 1970, e.g. 2026-01-02T03:04:05Z, not \"%s\"", value);
        return 0;
    case OPT_OUTPUT:
        for (size_t i = 0; i < NFORMATS; i++)
            if ((c->formats & BIT(i)) && !strcmp(value, format_names[i])) {
                o->format = (cli_format)i;
                return 0;
            }
        char list[80];
        return usage_error(c, "unknown output format \"%s\" (%s)", value, format_list(c, list, sizeof list));
    case OPT_UNKNOWN_FIELDS:
        if (!strcmp(value, "warn"))
            o->ctx.unknown_field_severity = GWAPI_SEVERITY_WARNING;
        else if (!strcmp(value, "error"))
            o->ctx.unknown_field_severity = GWAPI_SEVERITY_ERROR;
        else
            return usage_error(c, "--unknown-fields takes error or warn, not \"%s\"", value);
        return 0;
    case OPT_NAMESPACE:
        o->ctx.default_namespace = value;
        return 0;
    case OPT_SKIP_KINDS:
        return add_skip_kinds(c, o, value);
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
            return usage_error(c, "--color takes auto, always or never, not \"%s\"", value);
        return 0;
    case OPT_NO_COLOR:
        o->color = CLI_COLOR_NEVER;
        return 0;
    case OPT_MAX_DIAGNOSTICS:
        if (!parse_count(value, &o->max_diagnostics))
            return usage_error(c, "--max-diagnostics takes a number, not \"%s\"", value);
        o->max_diagnostics_set = true;
        return 0;
    case OPT_MAX_INPUT_BYTES:
        if (!parse_count(value, &o->ctx.limits.max_input_bytes) || !o->ctx.limits.max_input_bytes)
            return usage_error(c, "--max-input-bytes takes a positive byte count, not \"%s\"", value);
        return 0;
    }
    return EXIT_USAGE;
}

/* The option of c named name[0..len) or short, or NULL. */
static const opt_spec *find(const command_spec *c, const char *name, size_t len, char short_name)
{
    for (size_t i = 0; i < sizeof specs / sizeof *specs; i++) {
        const opt_spec *s = &specs[i];
        if (!(c->options & BIT(s->id)))
            continue;
        if (name ? strlen(s->long_name) == len && !strncmp(s->long_name, name, len)
                 : s->short_name == short_name)
            return s;
    }
    return NULL;
}

int cli_parse(cli_options *o, cli_command cmd, int argc, char **argv)
{
    static const gwapi_ctx_options ctx_defaults = GWAPI_CTX_OPTIONS_INIT;
    static const gwapi_translate_options translate_defaults = GWAPI_TRANSLATE_OPTIONS_INIT;
    const command_spec *c = &commands[cmd];
    memset(o, 0, sizeof *o);
    o->ctx = ctx_defaults;
    o->ctx.discard_source = c->discard_source;
    o->translate = translate_defaults;
    o->format = c->default_format;
    bool options_done = false;
    for (int i = 1; i < argc; i++) {
        char *a = argv[i];
        if (options_done || a[0] != '-' || !a[1]) {
            if (!push(&o->files, &o->nfiles, &a, sizeof a))
                return usage_error(c, "%s", "out of memory");
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
            s = find(c, a + 2, eq ? (size_t)(eq - a - 2) : strlen(a + 2), 0);
            if (!s)
                return usage_error(c, "unknown option %s", a);
            if (eq && !s->value)
                return usage_error(c, "option %s takes no value", a);
            if (eq)
                value = eq + 1;
        } else {
            s = find(c, NULL, 0, a[1]);
            if (!s)
                return usage_error(c, "unknown option %s", a);
            if (a[2] && !s->value)
                return usage_error(c, "option %s takes no value", a);
            if (a[2])
                value = a + 2 + (a[2] == '=');
        }
        if (s->value && !value) {
            if (i + 1 >= argc)
                return usage_error(c, "option %s needs a value", a);
            value = argv[++i];
        }
        int rc = apply(c, o, s, value);
        if (rc)
            return rc;
    }
    if (o->help)
        return 0;
    if (c->object_operand) {
        if (!o->nfiles)
            return usage_error(c, "%s", "no KIND/NAMESPACE/NAME given");
        o->object = o->files[0];
        memmove(o->files, o->files + 1, --o->nfiles * sizeof *o->files);
    }
    if (!o->nfiles)
        return usage_error(c, "%s", "no FILE given (use - for standard input)");
    if (o->ctx.default_namespace)
        return check_namespace(c, o->ctx.default_namespace);
    return 0;
}

void cli_options_free(cli_options *o)
{
    free(o->skip_kinds);
    free(o->files);
    o->skip_kinds = NULL;
    o->files = NULL;
}

/* Continuation lines of a help text start under its first line. */
static void put_help(FILE *out, const char *help)
{
    for (const char *p = help; *p; p++) {
        fputc(*p, out);
        if (*p == '\n')
            fprintf(out, "%35s", "");
    }
    fputc('\n', out);
}

void cli_usage(FILE *out, cli_command cmd)
{
    const command_spec *c = &commands[cmd];
    fprintf(out, "usage: gwapi %s [OPTION]... %s\n", c->name, c->operands);
    fputs(c->about, out);
    fputs("Options may come anywhere, as --opt value or --opt=value:\n", out);
    for (size_t i = 0; i < sizeof specs / sizeof *specs; i++) {
        const opt_spec *s = &specs[i];
        if (!(c->options & BIT(s->id)) || (!s->help && s->id != OPT_OUTPUT))
            continue;
        char left[64];
        snprintf(left, sizeof left, "%c%c%s--%s%s%s", s->short_name ? '-' : ' ',
                 s->short_name ? s->short_name : ' ', s->short_name ? ", " : "  ", s->long_name,
                 s->value ? " " : "", s->value ? s->value : "");
        fprintf(out, "  %-31s  ", s->short_name ? left : left + 4);
        if (s->id == OPT_OUTPUT) {
            char list[80];
            fprintf(out, "%s (%s)\n", format_list(c, list, sizeof list), format_names[c->default_format]);
        } else {
            put_help(out, s->help);
        }
    }
}

int cli_main(cli_command cmd, int argc, char **argv, int (*run)(const cli_options *o, cli_command cmd))
{
    cli_options o;
    int rc = cli_parse(&o, cmd, argc, argv);
    if (!rc && o.help)
        cli_usage(stdout, cmd);
    else if (!rc)
        rc = run(&o, cmd);
    cli_options_free(&o);
    return rc;
}

bool cli_skips_kind(const cli_options *o, gwapi_str kind)
{
    for (size_t i = 0; i < o->nskip_kinds; i++)
        if (gwapi_str_eq(kind, o->skip_kinds[i]))
            return true;
    return false;
}
