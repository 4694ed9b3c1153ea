#!/usr/bin/env python3
"""Differential tester: gwapi against the API-server oracle on mutated objects.

Development tool (not run by CI). It takes seed objects (the valid validation
corpus, the Gateway API / Envoy Gateway objects of the translation corpus and
tests/cli/eg-every-field.yaml), applies random structural mutations guided by
the CRD schemas (delete a field, change its type, empty/huge/negative/float/
long/unicode values, duplicate list items, swap enum values, add known or
unknown fields, change apiVersion, ...), writes one mutated object per file,
runs the oracle (the --channel's Gateway API CRDs, experimental by default,
plus the Envoy Gateway CRDs) and `gwapi validate --channel CHANNEL -o json`
on the same files and
compares, per object, the set of "PATH: MESSAGE" error lines and the
unknown-field messages (as tests/cli/oracle-parity.py does).

Mismatches are grouped by a normalised signature (indices, quoted values,
numbers and in-message paths abstracted), so one bug is reported once with a
count, the mutation kinds that triggered it and an example.

    tests/oracle/difftest.py --seed 1 --count 3000 [--gwapi build/tools/gwapi]
        [--channel standard|experimental] [--oracle tests/oracle/oracle]
        [--keep DIR] [--examples 1] [--json OUT]

With --channel standard, Gateway API objects are mutated with and checked
against the standard-channel CRDs (seeds of kinds or versions the standard
channel lacks are skipped, and "add a known field" draws from the standard
schema); Envoy Gateway objects are checked as before. Seeds also come from
the invalid validation corpus and the recorded oracle samples (most of
their objects are one mutation away from valid ones).

Deterministic for a given --seed (and the same seed files).
"""
import argparse
import collections
import copy
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = os.environ.get("SHARED", os.path.abspath(os.path.join(REPO, "..", "shared")))


# --------------------------------------------------------------------------
# YAML loading: YAML 1.1 as go-yaml v2 (sigs.k8s.io/yaml) resolves it, except
# that timestamps stay strings (Kubernetes objects never get time values).
class Loader(yaml.SafeLoader):
    pass


for ch, resolvers in list(Loader.yaml_implicit_resolvers.items()):
    Loader.yaml_implicit_resolvers[ch] = [(t, r) for t, r in resolvers
                                          if t != "tag:yaml.org,2002:timestamp"]


def load_docs(path):
    with open(path, encoding="utf-8") as f:
        try:
            return [d for d in yaml.load_all(f, Loader=Loader) if d is not None]
        except yaml.YAMLError:
            return []


# --------------------------------------------------------------------------
# CRDs
class CRDs:
    def __init__(self, dirs):
        self.by_gk = {}          # (group, kind) -> {version: schema}
        self.enums = collections.defaultdict(set)   # (group, kind) -> enum strings
        for d in dirs:
            for f in sorted(glob.glob(os.path.join(d, "*.yaml"))):
                for doc in load_docs(f):
                    if not isinstance(doc, dict) or doc.get("kind") != "CustomResourceDefinition":
                        continue
                    spec = doc["spec"]
                    gk = (spec["group"], spec["names"]["kind"])
                    vers = {}
                    for v in spec["versions"]:
                        if v.get("served", True):
                            vers[v["name"]] = v["schema"]["openAPIV3Schema"]
                            self._collect_enums(v["schema"]["openAPIV3Schema"], self.enums[gk])
                    self.by_gk[gk] = vers

    def _collect_enums(self, s, out):
        if isinstance(s, dict):
            for e in s.get("enum") or []:
                if isinstance(e, str):
                    out.add(e)
            for v in s.values():
                self._collect_enums(v, out)
        elif isinstance(s, list):
            for v in s:
                self._collect_enums(v, out)

    def schema_for(self, obj):
        av = obj.get("apiVersion")
        if not isinstance(av, str) or "/" not in av:
            return None, None
        g, v = av.split("/", 1)
        vers = self.by_gk.get((g, obj.get("kind")))
        if not vers:
            return None, None
        return vers.get(v), vers


def sub_schema(s, key):
    """Schema of child `key` (str: property, int: item) of schema s, or None."""
    if not isinstance(s, dict):
        return None
    if isinstance(key, int):
        return s.get("items")
    props = s.get("properties")
    if props and key in props:
        return props[key]
    ap = s.get("additionalProperties")
    if isinstance(ap, dict):
        return ap
    return None


# --------------------------------------------------------------------------
# Seeds
def seeds(crds):
    out = []
    known = set(crds.by_gk)

    def add(obj, origin):
        if isinstance(obj, dict) and isinstance(obj.get("apiVersion"), str) and "/" in obj["apiVersion"]:
            gk = (obj["apiVersion"].split("/", 1)[0], obj.get("kind"))
            if gk in known and obj["apiVersion"].split("/", 1)[1] in crds.by_gk[gk]:
                out.append((origin, obj))

    for f in sorted(glob.glob(os.path.join(SHARED, "corpus/validation/valid/**/*.y*ml"), recursive=True)):
        for d in load_docs(f):
            if isinstance(d, dict) and d.get("kind") == "List":
                for it in d.get("items") or []:
                    add(it, os.path.relpath(f, SHARED))
            else:
                add(d, os.path.relpath(f, SHARED))
    for f in sorted(glob.glob(os.path.join(SHARED, "corpus/translation/*.in.yaml"))):
        for d in load_docs(f):
            if not isinstance(d, dict):
                continue
            for v in d.values():
                for it in (v if isinstance(v, list) else [v]):
                    add(it, os.path.relpath(f, SHARED))
    for d in load_docs(os.path.join(REPO, "tests/cli/eg-every-field.yaml")):
        add(d, "tests/cli/eg-every-field.yaml")
    # invalid objects and the oracle samples: already near an edge
    extra = sorted(glob.glob(os.path.join(SHARED, "corpus/validation/invalid/**/*.y*ml"),
                             recursive=True))
    extra += sorted(glob.glob(os.path.join(HERE, "samples", "*.y*ml")))
    for f in extra:
        for d in load_docs(f):
            items = d.get("items") if isinstance(d, dict) and d.get("kind") == "List" else [d]
            for it in items or []:
                add(it, os.path.relpath(f, SHARED) if f.startswith(SHARED) else
                    os.path.relpath(f, REPO))
    # dedupe identical objects (keeps the first origin)
    seen, uniq = set(), []
    for origin, obj in out:
        try:
            k = json.dumps(obj, sort_keys=True)
        except (TypeError, ValueError):
            continue
        if k not in seen:
            seen.add(k)
            uniq.append((origin, obj))
    return uniq


# --------------------------------------------------------------------------
# Mutations
def walk(node, schema, path, out):
    """Collects (path, node, schema) for every node below (and including) node."""
    out.append((path, node, schema))
    if isinstance(node, dict):
        for k in node:
            if path == () and k in ("status",):
                continue
            walk(node[k], sub_schema(schema, k) if path != ("metadata",) else None,
                 path + (k,), out)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            walk(v, sub_schema(schema, i), path + (i,), out)


def get_parent(obj, path):
    cur = obj
    for p in path[:-1]:
        cur = cur[p]
    return cur


def fmt_path(path):
    s = ""
    for p in path:
        s += "[%d]" % p if isinstance(p, int) else ("." if s else "") + str(p)
    return s or "<root>"


LONG = "x" * 300
WEIRD_STRINGS = ["", " ", "a b", "UPPER", "-lead", "trail-", "a..b", "*", "*.example.com",
                 "ünïcødé", "日本", "a/b", "/", "//", "/a/../b", "%2F", "a#b", "a_b",
                 "a:b", "1.2.3.4", "::1", "1.2.3.4/24", "10s", "1h30m", "-1s", "0", "abc\n",
                 "x" * 64, "x" * 254, LONG, "a" * 63 + "." + "b" * 63, "http://x",
                 "https://example.com/path", "1Ki", "100Mi", "-5", "1.5", "true", "null",
                 "Gateway", "Service", "gateway.networking.k8s.io", "\x7f", "\u200b"]
NUMBERS = [0, -1, 1, 65535, 65536, 2147483647, 2147483648, -2147483649, 2**53 + 1,
           9223372036854775807, 9223372036854775808, 2**70, 1.5, -0.5, 1e20, 1.0, 100, 1000000]


def gen_value(rng, schema, depth=0):
    """A plausible value for schema (used when adding a known field)."""
    if not isinstance(schema, dict):
        return "x"
    if "default" in schema and rng.random() < 0.3:
        return copy.deepcopy(schema["default"])
    if schema.get("enum"):
        return rng.choice(schema["enum"])
    t = schema.get("type")
    if schema.get("x-kubernetes-int-or-string"):
        return rng.choice([1, "1", "10%"])
    if t == "string":
        fmt = schema.get("format")
        if fmt == "duration":
            return "1s"
        mn = schema.get("minLength", 1)
        return rng.choice(["a" * max(mn, 1), "example", "/path", "1s", "a.b"])
    if t == "integer":
        lo = schema.get("minimum", 0)
        return int(lo) + rng.choice([0, 1])
    if t == "number":
        return 1
    if t == "boolean":
        return rng.choice([True, False])
    if t == "array":
        if depth > 4 or rng.random() < 0.3:
            return []
        return [gen_value(rng, schema.get("items"), depth + 1)]
    if t == "object" or "properties" in schema:
        o = {}
        props = schema.get("properties") or {}
        for r in schema.get("required") or []:
            if r in props and depth < 6:
                o[r] = gen_value(rng, props[r], depth + 1)
        if props and rng.random() < 0.4 and depth < 5:
            k = rng.choice(sorted(props))
            o[k] = gen_value(rng, props[k], depth + 1)
        if not props and isinstance(schema.get("additionalProperties"), dict):
            o["k"] = gen_value(rng, schema["additionalProperties"], depth + 1)
        return o
    return "x"


def other_type_value(rng, v):
    choices = [None, "", "str", 0, 7, True, [], {}, ["a"], {"a": 1}, 1.5]
    if isinstance(v, bool):
        choices = ["true", 1, None, [], {}]
    elif isinstance(v, (int, float)):
        choices = [str(v), True, None, [], {}, [v], {"v": v}]
    elif isinstance(v, str):
        choices = [1, True, None, [], {}, [v], {"v": v}, 1.5]
    elif isinstance(v, list):
        choices = ["", 1, True, None, {}, {"a": "b"}]
    elif isinstance(v, dict):
        choices = ["", "x", 1, True, None, [], [v]]
    return rng.choice(choices)


def mutate_once(rng, obj, crds):
    """Applies one random mutation to obj in place; returns its description."""
    schema, versions = crds.schema_for(obj)
    nodes = []
    walk(obj, schema, (), nodes)
    m = rng.random()
    if m < 0.04:
        vs = sorted(versions) if versions else ["v1"]
        g = obj["apiVersion"].split("/", 1)[0]
        nv = rng.choice(vs + ["v9"])
        obj["apiVersion"] = g + "/" + nv
        return "apiVersion=" + nv
    if m < 0.08:
        meta = obj.setdefault("metadata", {})
        if not isinstance(meta, dict):
            return "noop"
        what = rng.choice(["name", "name", "namespace", "labels", "annotations",
                           "generateName", "finalizers", "unknown"])
        if what == "name":
            meta["name"] = rng.choice(["", "UPPER", "a_b", "a.b", "-a", "x" * 254, "x" * 64,
                                       "ünï", "a..b", 5, None, "a/b", "."])
        elif what == "namespace":
            meta["namespace"] = rng.choice(["", "Bad_NS", "x" * 64, 7, None, "a.b"])
        elif what == "labels":
            meta["labels"] = rng.choice([{"a/b/c": "x"}, {"k": "x" * 64}, {"k": "bad value"},
                                         {"-k": "v"}, {"k": 1}, {"k": None}, {"x" * 64: "v"},
                                         "str", []])
        elif what == "annotations":
            meta["annotations"] = rng.choice([{"a/b/c": "x"}, {"k": 1}, {"": "v"}, {"k": None},
                                              {"UPPER/x": "y"}, "str"])
        elif what == "generateName":
            meta.pop("name", None)
            meta["generateName"] = rng.choice(["gen-", "Bad_", "x" * 260, ""])
        elif what == "finalizers":
            meta["finalizers"] = rng.choice([["a/b"], ["bad finalizer"], "x", [1]])
        else:
            meta[rng.choice(["foo", "uid", "resourceVersion", "creationTimestamp", "ownerReferences"])] = \
                rng.choice(["x", 1, {}, [], "2020-01-01T00:00:00Z"])
        return "metadata." + what
    # mutations under spec
    cand = [(p, v, s) for p, v, s in nodes if p and p[0] == "spec"]
    if not cand:
        return "noop"
    path, val, sch = rng.choice(cand)
    parent = get_parent(obj, path)
    key = path[-1]
    where = fmt_path(path)
    ops = ["delete", "type", "null", "scalar", "scalar", "add-known", "add-unknown"]
    if isinstance(val, list):
        ops += ["dup-item", "dup-item", "empty-list", "many-items"]
    if isinstance(val, str):
        ops += ["enum", "enum", "string", "string", "string"]
    if isinstance(val, (int, float)) and not isinstance(val, bool):
        ops += ["number", "number", "number"]
    if isinstance(val, dict):
        ops += ["add-known", "add-known", "empty-obj"]
    op = rng.choice(ops)
    if op == "delete" and len(path) > 1:
        if isinstance(parent, list):
            del parent[key]
        else:
            del parent[key]
        return "delete " + where
    if op == "type":
        parent[key] = other_type_value(rng, val)
        return "type %s=%s" % (where, json.dumps(parent[key])[:40])
    if op == "null":
        parent[key] = None
        return "null " + where
    if op == "dup-item" and isinstance(val, list) and val:
        i = rng.randrange(len(val))
        val.insert(i + 1, copy.deepcopy(val[i]))
        return "dup-item " + where
    if op == "empty-list":
        parent[key] = []
        return "empty-list " + where
    if op == "many-items" and isinstance(val, list) and val:
        n = rng.choice([17, 33, 65, 129])
        parent[key] = [copy.deepcopy(val[i % len(val)]) for i in range(n)]
        return "many-items %s x%d" % (where, n)
    if op == "empty-obj":
        parent[key] = {}
        return "empty-obj " + where
    if op == "enum" and isinstance(val, str):
        gk = tuple(obj["apiVersion"].split("/", 1)[:1]) + (obj.get("kind"),)
        pool = sorted(crds.enums.get(gk, ()))
        if isinstance(sch, dict) and sch.get("enum") and rng.random() < 0.5:
            pool = [e for e in sch["enum"] if isinstance(e, str)]
        if pool and rng.random() < 0.85:
            parent[key] = rng.choice(pool)
        else:
            parent[key] = rng.choice([val.lower(), val.upper(), val + "x", "Bogus"])
        return "enum %s=%s" % (where, parent[key])
    if op == "string" or (op == "scalar" and isinstance(val, str)):
        parent[key] = rng.choice(WEIRD_STRINGS)
        return "string %s=%s" % (where, json.dumps(parent[key])[:40])
    if op == "number" or op == "scalar":
        parent[key] = rng.choice(NUMBERS + ["", "x" * 300])
        return "number %s=%s" % (where, json.dumps(parent[key])[:40])
    if op == "add-known" and isinstance(val, dict) and isinstance(sch, dict):
        props = sch.get("properties") or {}
        absent = [k for k in sorted(props) if k not in val]
        if absent:
            k = rng.choice(absent)
            val[k] = gen_value(rng, props[k])
            return "add-known %s.%s" % (where, k)
        if isinstance(sch.get("additionalProperties"), dict):
            k = rng.choice(["newkey", "a/b", "UPPER", "x" * 70, ""])
            val[k] = gen_value(rng, sch["additionalProperties"])
            return "add-map-key %s.%s" % (where, k)
    if op in ("add-unknown", "add-known") and isinstance(val, dict):
        val[rng.choice(["bogus", "Foo", "x-y"])] = rng.choice(["v", 1, {}, [], {"a": 1}])
        return "add-unknown " + where
    if len(path) > 1:
        del parent[key]
        return "delete " + where
    return "noop"


# --------------------------------------------------------------------------
# Running and comparing
def run_oracle(oracle, crds_arg, dirpath):
    run = subprocess.run([oracle, "-no-defaulted", "-crds", crds_arg, dirpath],
                         capture_output=True, text=True)
    if run.returncode != 0 and not run.stdout:
        raise SystemExit("oracle failed: " + run.stderr[-2000:])
    res = {}
    for line in run.stdout.splitlines():
        o = json.loads(line)
        res.setdefault(os.path.basename(o["file"]), []).append(o)
    return res


def run_gwapi(gwapi, files, channel="experimental"):
    res = {os.path.basename(f): [] for f in files}
    crashes = {}
    for i in range(0, len(files), 400):
        chunk = files[i:i + 400]
        run = subprocess.run([gwapi, "validate", "--channel", channel, "-o", "json"] + chunk,
                             capture_output=True, text=True)
        if run.returncode not in (0, 1):
            # find the culprit(s) one by one
            for f in chunk:
                r = subprocess.run([gwapi, "validate", "--channel", channel, "-o", "json", f],
                                   capture_output=True, text=True)
                if r.returncode not in (0, 1):
                    crashes[os.path.basename(f)] = "exit %d: %s" % (r.returncode, r.stderr[-300:])
                else:
                    for d in json.loads(r.stdout)["diagnostics"]:
                        res[os.path.basename(d["file"])].append(d)
            continue
        for d in json.loads(run.stdout)["diagnostics"]:
            res.setdefault(os.path.basename(d.get("file") or "?"), []).append(d)
    return res, crashes


def gw_sets(diags):
    errs, unknown, other = set(), set(), set()
    for d in diags:
        if d["severity"] != "error":
            continue
        if d["code"] in ("unknown-field", "duplicate-field"):
            unknown.add(d["message"])
        elif d["code"] in ("unknown-kind",):
            other.add(d["code"])
        else:
            errs.add("%s: %s" % (d["path"], d["message"]) if d["path"] else d["message"])
    return errs, unknown, other


def norm(line):
    s = re.sub(r'"(?:[^"\\]|\\.)*"', '"…"', line)
    s = re.sub(r"\[\d+\]", "[]", s)
    s = re.sub(r"\b[a-zA-Z][\w\[\].]* in body\b", "P in body", s)
    s = re.sub(r"format (int32|int64) in \S+", r"format \1 in P", s)
    s = re.sub(r"-?\d+(\.\d+)?(e[+-]?\d+)?", "N", s)
    s = re.sub(r"x{5,}", "xx…", s)
    return s


def units(diffs):
    """Splits an object's difference lines into units (the lines at one path,
    so that a missing/extra pair of messages stays together) and gives each a
    signature: the side and the message with values, numbers, indices and
    in-message paths abstracted (the path itself is left out, so one bug
    hitting many fields is one signature)."""
    by_path = collections.OrderedDict()
    for d in diffs:
        side, _, rest = d.partition(": ")
        m = re.match(r"((?:[\w.\-/]|\[\d+\])+|<nil>|<[a-zA-Z]+>.*)(?:: |$)(.*)", rest)
        path, msg = (m.group(1), m.group(2)) if m and side in ("missing", "extra") else ("", rest)
        if path == "<nil>":
            # "<nil>: ..." lines name their field in the message
            q = re.search(r'in (\S+)$|"([\w.\[\]]+)" must', msg)
            path = "<nil>" + ((q.group(1) or q.group(2)) if q else msg[:60])
        by_path.setdefault(path if side in ("missing", "extra") else d, []).append((side, msg, d))
    out = []
    for path, items in by_path.items():
        sig = tuple(sorted(set("%s: %s" % (side, norm(msg)) for side, msg, _ in items)))
        out.append((sig, [d for _, _, d in items]))
    return out


def c_text(message):
    return message.replace("\x00", "\\x00")


def compare(oracle_objs, gw_diags):
    """Returns a list of difference lines ('missing: ...', 'extra: ...')."""
    diffs = []
    o = oracle_objs[0] if oracle_objs else None
    errs, unknown, other = gw_sets(gw_diags)
    if o is None:
        return ["oracle: no object"] if (errs or unknown) else []
    for flag in ("unknownKind", "unservedVersion", "decodeError"):
        if o.get(flag):
            if not (errs or unknown or other):
                diffs.append("missing: <%s> (gwapi reports nothing)" % flag)
            return diffs
    # gwapi's messages are C strings: a NUL the server prints raw (in a
    # field path) reads \x00 there (docs/api.md), as in oracle-parity.py
    want_errs = set(c_text(e) for e in o.get("errors") or [])
    want_unknown = set(c_text(e) for e in o.get("unknownFields") or [])
    for e in sorted(want_errs - errs):
        diffs.append("missing: " + e)
    for e in sorted(errs - want_errs):
        diffs.append("extra: " + e)
    for e in sorted(want_unknown - unknown):
        diffs.append("missing-unknown: " + e)
    for e in sorted(unknown - want_unknown):
        diffs.append("extra-unknown: " + e)
    if other:
        diffs.append("extra: <%s>" % ",".join(sorted(other)))
    return diffs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--max-mutations", type=int, default=2)
    ap.add_argument("--gwapi", default=os.path.join(REPO, "build", "tools", "gwapi"))
    ap.add_argument("--oracle", default=os.path.join(HERE, "oracle"))
    ap.add_argument("--keep", help="write the mutated files here (kept)")
    ap.add_argument("--examples", type=int, default=1, help="examples shown per signature")
    ap.add_argument("--json", help="also write the grouped report as JSON here")
    ap.add_argument("--filter", help="only mutate seeds whose kind matches this regex")
    ap.add_argument("--channel", choices=("experimental", "standard"), default="experimental",
                    help="Gateway API channel of the CRDs (oracle) and of gwapi --channel")
    args = ap.parse_args()

    crd_dirs = [os.path.join(SHARED, "spec/gateway-api-v1.6.1", args.channel),
                os.path.join(SHARED, "spec/envoy-gateway-v1.9")]
    crds = CRDs(crd_dirs)
    pool = seeds(crds)
    if args.filter:
        pool = [s for s in pool if re.search(args.filter, s[1].get("kind", ""))]
    rng = random.Random(args.seed)
    print("%d seed objects (%s channel)" % (len(pool), args.channel), file=sys.stderr)

    groups = collections.OrderedDict()
    total = mismatched = crashed = meta_mismatched = 0
    workdir = args.keep or tempfile.mkdtemp(prefix="gwapi-difftest-")
    os.makedirs(workdir, exist_ok=True)
    done = 0
    while done < args.count:
        n = min(args.batch, args.count - done)
        bdir = os.path.join(workdir, "b%05d" % done)
        os.makedirs(bdir, exist_ok=True)
        meta = {}
        files = []
        for i in range(n):
            origin, seed = pool[rng.randrange(len(pool))]
            obj = copy.deepcopy(seed)
            descs = [mutate_once(rng, obj, crds) for _ in range(rng.randint(1, args.max_mutations))]
            name = "m%06d.yaml" % (done + i)
            path = os.path.join(bdir, name)
            with open(path, "w", encoding="utf-8") as f:
                if rng.random() < 0.2:
                    f.write(json.dumps(obj, ensure_ascii=False) + "\n")
                else:
                    yaml.safe_dump(obj, f, allow_unicode=True, sort_keys=False, width=1 << 20)
            meta[name] = (origin, seed.get("kind"), descs, path)
            files.append(path)
        oracle = run_oracle(args.oracle, ",".join(crd_dirs), bdir)
        gw, crashes = run_gwapi(args.gwapi, files, args.channel)
        for name, (origin, kind, descs, path) in meta.items():
            total += 1
            if name in crashes:
                diffs = ["crash: " + crashes[name]]
                crashed += 1
            else:
                diffs = compare(oracle.get(name, []), gw.get(name, []))
            if not diffs:
                continue
            mismatched += 1
            if any(d.startswith("metadata") for d in descs):
                meta_mismatched += 1
            for sig, lines in units(diffs):
                g = groups.setdefault(sig, {"count": 0, "kinds": collections.Counter(),
                                            "ops": collections.Counter(), "examples": []})
                g["count"] += 1
                g["kinds"][kind] += 1
                for d in descs:
                    g["ops"][d.split(" ")[0].split("=")[0]] += 1
                if len(g["examples"]) < args.examples:
                    g["examples"].append({"file": path, "seed": origin, "kind": kind,
                                          "mutations": descs, "diff": lines, "all": diffs})
        done += n
        print("%d/%d done, %d mismatching" % (done, args.count, mismatched), file=sys.stderr)

    ordered = sorted(groups.items(), key=lambda kv: -kv[1]["count"])
    for sig, g in ordered:
        print("=== %d× %s  [kinds: %s] [ops: %s]" % (
            g["count"], " | ".join(sig)[:400],
            ", ".join("%s %d" % kv for kv in g["kinds"].most_common(4)),
            ", ".join("%s %d" % kv for kv in g["ops"].most_common(4))))
        for ex in g["examples"]:
            print("    e.g. %s (seed %s %s) mutations %s" % (ex["file"], ex["seed"], ex["kind"], ex["mutations"]))
            for d in ex["diff"]:
                print("        " + d[:300])
            rest = [d for d in ex["all"] if d not in ex["diff"]]
            if rest:
                print("        (other differences of this object: %d)" % len(rest))
    print("\n%d objects, %d mismatching (%.2f%%; %d of them with a metadata mutation), "
          "%d gwapi crashes, %d signatures; files in %s" % (
              total, mismatched, 100.0 * mismatched / max(total, 1), meta_mismatched, crashed,
              len(groups), workdir))
    if args.json:
        with open(args.json, "w") as f:
            json.dump([{"signature": list(sig), "count": g["count"], "kinds": dict(g["kinds"]),
                        "ops": dict(g["ops"]), "examples": g["examples"]} for sig, g in ordered],
                      f, indent=1)
    return 1 if mismatched else 0


if __name__ == "__main__":
    sys.exit(main())
