#!/bin/sh
# Regenerates expected-invalid.jsonl and samples.jsonl with the oracle.
# Usage: tests/oracle/regen.sh [SHARED_DIR]   (default: the shared/ beside the repo)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
shared=${1:-$(cd "$here/../../../shared" && pwd)}
spec=$shared/spec/gateway-api-v1.6.1
eg=$shared/spec/envoy-gateway-v1.9
si=$shared/spec/kubernetes-1.32/multicluster.x-k8s.io_serviceimports.yaml
cd "$here"
[ -x ./oracle ] || go build -o oracle .

# invalid corpus: experimental/ against the experimental CRDs, standard/ against
# the standard ones; paths are relative to corpus/validation. The objects
# themselves ("defaulted") are left out: the corpus is not copied into the repo.
( cd "$shared/corpus/validation" &&
  "$here/oracle" -no-defaulted -crds "$spec/experimental,$eg" invalid/experimental &&
  "$here/oracle" -no-defaulted -crds "$spec/standard,$eg" invalid/standard ) > expected-invalid.jsonl

# samples: experimental CRDs + Envoy Gateway (for the CEL-on-a-string sample)
# + ServiceImport;
# the date-time sample once more with -keep-status to show the status message.
# samples-body/: JSON sent as written (-body-as-written), so the server's
# strict decoder sees duplicate keys that kubectl's re-encoding would drop.
{ ./oracle -crds "$spec/experimental,$eg,$si" samples
  ./oracle -keep-status -crds "$spec/experimental,$eg" samples/17-date-time-status.yaml
  ./oracle -body-as-written -no-defaulted -crds "$spec/experimental,$eg" samples-body
} > samples.jsonl
echo "wrote $here/expected-invalid.jsonl ($(wc -l < expected-invalid.jsonl) lines), $here/samples.jsonl ($(wc -l < samples.jsonl) lines)"
