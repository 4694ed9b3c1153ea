/* EnvoyExtensionPolicy settings checked as the translator checks them:
 * ext-proc backends must resolve (one engine with the other policies'
 * external services), Lua code from a ConfigMap must exist under the key
 * "lua" and define envoy_on_request or envoy_on_response, Wasm image pull
 * Secrets must exist and hold .dockerconfigjson. Errors are joined line
 * by line as errors.Join writes them, per section ("Wasm: ", "Lua: ",
 * "ExtProc: "), and the message ends with one ".". When every failing
 * ext-proc and Wasm extension has failOpen (and Lua, which has no
 * failOpen, translates), the policy is still Invalid but its targets run
 * with the extensions that translated. */
#include "policy_impl.h"

#include <string.h>

/* Which extensions of a list failed, and whether one of them fails closed. */
typedef struct failures {
    bool *failed;     /* per item; NULL when none failed */
    bool fail_close;
} failures;

static bool note_failure(rs *r, failures *f, size_t count, size_t i, gwapi_opt_bool fail_open)
{
    if (!f->failed && !(f->failed = arena_calloc(r->a, count, sizeof *f->failed)))
        return false;
    f->failed[i] = true;
    f->fail_close = f->fail_close || !fail_open.set || !fail_open.value;
    return true;
}

static const char *ext_proc(rs *r, const gw_obj *policy, const gwapi_ext_proc_list *l, failures *f)
{
    const char *err = NULL;
    for (size_t i = 0; i < l->count; i++) {
        const char *e = pol_check_ext_service(r, policy, l->items[i].backend_ref, &l->items[i].backend_refs);
        if (e && !note_failure(r, f, l->count, i, l->items[i].fail_open))
            return NULL;
        err = pol_join_lines(r, err, e);
    }
    return err;
}

/* The code of a ValueRef Lua, or unset with *err set. */
static gwapi_str lua_config_map_code(rs *r, const gw_obj *policy, const gwapi_lua *x, const char **err)
{
    const char *cm_name = gw_c(x->value_ref->name);
    const gw_obj *o = gw_model_find_kind(r->m, GWAPI_KIND_CONFIG_MAP, policy->ns, cm_name);
    const gwapi_config_map *cm = o ? o->obj->typed : NULL;
    gwapi_str code = { 0 };
    if (!cm) {
        *err = rs_printf(r, "can't find the referenced configmap %s in namespace %s", cm_name, policy->ns);
        return code;
    }
    code = gwapi_string_map_get(&cm->data, "lua");
    if (!gwapi_str_is_set(code))
        *err = rs_printf(r, "can't find the key lua in the referenced configmap %s", cm_name);
    return code;
}

/* Does s hold word (NUL bytes in s are data)? */
static bool contains(gwapi_str s, const char *word)
{
    size_t n = strlen(word);
    for (size_t i = 0; s.ptr && i + n <= s.len; i++)
        if (!memcmp(s.ptr + i, word, n))
            return true;
    return false;
}

/* The part of the translator's Lua validation that needs no Lua runtime:
 * the code names one of the two entry points Envoy calls. */
static const char *lua_validate(gwapi_str code)
{
    if (!contains(code, "envoy_on_request") && !contains(code, "envoy_on_response"))
        return "expected one of envoy_on_request() or envoy_on_response() to be defined";
    return NULL;
}

static const char *lua(rs *r, const gw_obj *policy, const gwapi_lua_list *l)
{
    const char *err = NULL;
    for (size_t i = 0; i < l->count; i++) {
        const gwapi_lua *x = &l->items[i];
        const char *e = NULL;
        gwapi_str code;
        if (str_eq(gw_c(x->type), "ValueRef")) {
            if (!x->value_ref || !gw_c(x->value_ref->name))
                continue;
            code = lua_config_map_code(r, policy, x, &e);
        } else {
            code = x->inline_;
        }
        if (gwapi_str_is_set(code) && (e = lua_validate(code)))
            e = rs_printf(r, "validation failed for lua body in policy with name envoyextensionpolicy/%s/%s/lua/%zu: %s",
                          policy->ns, policy->name, i, e);
        err = pol_join_lines(r, err, e);
    }
    return err;
}

/* Image code pulled with a Secret: the Secret must exist (across
 * namespaces with a ReferenceGrant) and hold the registry credentials
 * under .dockerconfigjson. */
static const char *wasm(rs *r, const gw_obj *policy, const gwapi_wasm_list *l, failures *f)
{
    const char *err = NULL;
    for (size_t i = 0; i < l->count; i++) {
        const gwapi_wasm_code_source *c = l->items[i].code;
        const gwapi_secret_object_reference *ref = c && c->image ? c->image->pull_secret_ref : NULL;
        const gwapi_secret *secret = NULL;
        const char *e = pol_check_secret_ref(r, policy, ref, &secret);
        if (!e && secret && !gwapi_str_is_set(gwapi_string_map_get(&secret->data, ".dockerconfigjson")))
            e = rs_printf(r, "missing .dockerconfigjson key in secret %s/%s", gw_c(ref->ns) ? gw_c(ref->ns) : policy->ns,
                          gw_c(ref->name));
        if (e && !note_failure(r, f, l->count, i, l->items[i].fail_open))
            return NULL;
        err = pol_join_lines(r, err, e);
    }
    return err;
}

/* The items of a list that did not fail (a copy when some did). */
#define KEEP_TRANSLATED(r, list, f, type)                                                  \
    do {                                                                                  \
        if (!(f).failed)                                                                  \
            break;                                                                        \
        type *kept_ = arena_calloc((r)->a, (list).count ? (list).count : 1, sizeof *kept_); \
        if (!kept_)                                                                       \
            return NULL;                                                                  \
        size_t n_ = 0;                                                                    \
        for (size_t i_ = 0; i_ < (list).count; i_++)                                      \
            if (!(f).failed[i_])                                                          \
                kept_[n_++] = (list).items[i_];                                           \
        (list).items = kept_;                                                             \
        (list).count = n_;                                                                \
    } while (0)

/* The spec the targets of a fail-open policy run with. */
static const gwapi_envoy_extension_policy_spec *without_failed(rs *r, const gwapi_envoy_extension_policy_spec *s,
                                                               const failures *wasm_f, const failures *ext_proc_f)
{
    gwapi_envoy_extension_policy_spec *out = arena_calloc(r->a, 1, sizeof *out);
    if (!out)
        return NULL;
    *out = *s;
    KEEP_TRANSLATED(r, out->wasm, *wasm_f, gwapi_wasm);
    KEEP_TRANSLATED(r, out->ext_proc, *ext_proc_f, gwapi_ext_proc);
    return out;
}

static const char *section(rs *r, const char *all, const char *name, const char *err)
{
    return err ? pol_join_lines(r, all, rs_printf(r, "%s: %s", name, err)) : all;
}

const char *pol_check_eep(rs *r, const gw_policy *self, const gw_held_target *t,
                          const gwapi_envoy_extension_policy_spec **fail_open_spec)
{
    const gw_obj *policy = self->obj;
    (void)t;
    *fail_open_spec = NULL;
    const gwapi_envoy_extension_policy *x = policy->obj->typed;
    const gwapi_envoy_extension_policy_spec *s = x ? x->spec : NULL;
    if (!s)
        return NULL;
    failures wasm_f = { 0 }, ext_proc_f = { 0 };
    const char *lua_err = lua(r, policy, &s->lua);
    const char *err = NULL;
    err = section(r, err, "Wasm", wasm(r, policy, &s->wasm, &wasm_f));
    err = section(r, err, "Lua", lua_err);
    err = section(r, err, "ExtProc", ext_proc(r, policy, &s->ext_proc, &ext_proc_f));
    if (!err)
        return NULL;
    if (!lua_err && !wasm_f.fail_close && !ext_proc_f.fail_close)
        *fail_open_spec = without_failed(r, s, &wasm_f, &ext_proc_f);
    return rs_printf(r, "%s.", err);
}
