"""`python -m gwapi validate FILE...`: the CLI's text output from Python."""
from __future__ import annotations

import argparse
import sys
from typing import List, Optional

from . import Context, GwapiError


def main(argv: Optional[List[str]] = None) -> int:
    p = argparse.ArgumentParser(prog="python -m gwapi")
    sub = p.add_subparsers(dest="command", required=True)
    v = sub.add_parser("validate", help="check objects as an API server with the CRDs would")
    v.add_argument("files", nargs="+", metavar="FILE")
    v.add_argument("--channel", choices=["experimental", "standard"], default="experimental")
    v.add_argument("--unknown-fields", choices=["error", "warn"], default="error")
    v.add_argument("-n", "--namespace", default=None)
    args = p.parse_args(argv)
    try:
        ctx = Context(args.channel, unknown_fields=args.unknown_fields,
                      default_namespace=args.namespace)
    except GwapiError as e:
        print("gwapi: %s" % e, file=sys.stderr)
        return 2
    errors = warnings = objects = 0
    status = 0
    with ctx:
        for path in args.files:
            try:
                res = ctx.validate(sys.stdin.buffer.read() if path == "-" else path,
                                   file=path)
            except OSError as e:
                print("gwapi: %s: %s" % (path, e.strerror), file=sys.stderr)
                status = 2
                continue
            for d in res.diagnostics:
                print(d)
            objects += res.summary.objects
            errors += res.summary.errors
            warnings += res.summary.warnings
    plural = lambda n, w: "%d %s%s" % (n, w, "" if n == 1 else "s")
    print("%s: %s, %s" % (plural(objects, "object"), plural(errors, "error"),
                          plural(warnings, "warning")))
    return status or (1 if errors else 0)


if __name__ == "__main__":
    sys.exit(main())
