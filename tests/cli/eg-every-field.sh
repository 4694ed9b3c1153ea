#!/usr/bin/env bash
# eg-every-field.yaml sets every top-level spec field of each Envoy Gateway
# kind (CRDs of envoy-gateway v1.9); the API server accepts all of it, so
# `gwapi validate` must print only the summary line and exit 0.
. "$(dirname "$0")/lib.sh"

yaml="$CASES/eg-every-field.yaml"

expect_exit 0 "$GWAPI" validate "$yaml"
expect_out '^[0-9]+ objects: 0 errors, 0 warnings$'
lines=$(wc -l < "$tmpdir/out")
if [ "$lines" -eq 1 ]; then ok; else bad "stdout has $lines lines (want only the summary)"; sed 's/^/  | /' "$tmpdir/out" | head -20; fi

# Top-level properties of each CRD's spec, taken from
# /work/shared/spec/envoy-gateway-v1.9/gateway.envoyproxy.io_*.yaml.
declare -A props=(
  [ClientTrafficPolicy]="clientIPDetection connection enableProxyProtocol grpc headers healthCheck http1 http2 http3 path proxyProtocol scheme targetRef targetRefs targetSelectors tcpKeepalive timeout tls"
  [BackendTrafficPolicy]="admissionControl bandwidthLimit circuitBreaker compression compressor connection dns faultInjection healthCheck http2 httpUpgrade loadBalancer mergeType proxyProtocol rateLimit requestBuffer responseOverride retry routingType targetRef targetRefs targetSelectors tcpKeepalive telemetry timeout useClientProtocol"
  [SecurityPolicy]="apiKeyAuth authorization basicAuth cors csrf extAuth jwt mergeType oidc targetRef targetRefs targetSelectors"
  [EnvoyExtensionPolicy]="dynamicModule extProc lua mergeType targetRef targetRefs targetSelectors wasm"
  [EnvoyPatchPolicy]="jsonPatches priority targetRef type"
  [HTTPRouteFilter]="credentialInjection directResponse matches urlRewrite"
  [Backend]="appProtocols endpoints fallback tls type"
)

# "Kind field" for every key directly under `spec:` (two-space indent) of
# every document in the YAML.
present=$(awk '
  /^---/ { kind = ""; inspec = 0; next }
  /^kind:/ { kind = $2; next }
  /^spec:/ { inspec = 1; next }
  /^[^ #]/ { inspec = 0; next }
  inspec && /^  [A-Za-z0-9]+:/ { key = $1; sub(/:$/, "", key); print kind, key }
' "$yaml" | sort -u)

for kind in "${!props[@]}"; do
  for p in ${props[$kind]}; do
    if grep -qx "$kind $p" <<<"$present"; then ok; else bad "$kind: spec.$p is not set in eg-every-field.yaml"; fi
  done
done

finish
