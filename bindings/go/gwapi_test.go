package gwapi_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"gwapi.dev/gwapi"
)

var quickstart = filepath.Join("..", "..", "examples", "quickstart.yaml")

const bad = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw
  namespace: infra
spec:
  gatewayClassName: eg
  bogus: 1
  listeners:
  - name: http
    protocol: HTTP
    port: 70000
`

func newContext(t *testing.T, opts *gwapi.Options) *gwapi.Context {
	t.Helper()
	ctx, err := gwapi.NewContext(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ctx.Close() })
	return ctx
}

func TestQuickstartIsValid(t *testing.T) {
	res, err := newContext(t, nil).ValidateFile(quickstart)
	if err != nil {
		t.Fatal(err)
	}
	want := gwapi.Result{APIVersion: gwapi.APIVersion, Kind: "ValidationResult",
		Summary: gwapi.Summary{Objects: 14}, Diagnostics: []gwapi.Diagnostic{}}
	if !res.OK() || !reflect.DeepEqual(*res, want) {
		t.Fatalf("got %+v, want %+v", *res, want)
	}
}

func TestDiagnosticsAreExact(t *testing.T) {
	res, err := newContext(t, nil).ValidateNamed("bad.yaml", []byte(bad), gwapi.FormatAuto)
	if err != nil {
		t.Fatal(err)
	}
	want := []gwapi.Diagnostic{
		{gwapi.SeverityError, "unknown-field", "Gateway", "infra", "gw", "spec.bogus", "bad.yaml", 8, 3,
			`unknown field "spec.bogus"`},
		{gwapi.SeverityError, "invalid", "Gateway", "infra", "gw", "spec.listeners[0].port", "bad.yaml", 12, 11,
			"Invalid value: 70000: spec.listeners[0].port in body should be less than or equal to 65535"},
	}
	if res.OK() || res.Summary != (gwapi.Summary{Objects: 1, Errors: 2}) || !reflect.DeepEqual(res.Diagnostics, want) {
		t.Fatalf("got %+v", *res)
	}
	if got := res.Errors()[0].String(); got != `bad.yaml:8:3: error: Gateway infra/gw: spec.bogus: unknown field "spec.bogus"` {
		t.Fatalf("String() = %q", got)
	}
}

func TestOptions(t *testing.T) {
	res, err := newContext(t, &gwapi.Options{UnknownFields: "warn"}).Validate([]byte(bad))
	if err != nil {
		t.Fatal(err)
	}
	if got := []gwapi.Severity{res.Diagnostics[0].Severity, res.Diagnostics[1].Severity}; !reflect.DeepEqual(got,
		[]gwapi.Severity{gwapi.SeverityWarning, gwapi.SeverityError}) || res.Diagnostics[0].File != "<input>" {
		t.Fatalf("got %+v", res.Diagnostics)
	}
	res, err = newContext(t, &gwapi.Options{Limits: &gwapi.Limits{MaxDepth: 2}}).Validate([]byte(bad))
	if err != nil || len(res.Diagnostics) != 1 || res.Diagnostics[0].Code != "limit" {
		t.Fatalf("got %+v, %v", res, err)
	}
}

func TestLibraryErrors(t *testing.T) {
	_, err := gwapi.NewContext(&gwapi.Options{Channel: "beta"})
	var e *gwapi.Error
	if !errors.As(err, &e) || e.Status != gwapi.StatusInvalid || e.Status.String() != "EINVAL" {
		t.Fatalf("got %v", err)
	}
	if _, err := newContext(t, nil).ValidateNamed("x", nil, "toml"); !errors.As(err, &e) || e.Status != gwapi.StatusInvalid {
		t.Fatalf("got %v", err)
	}
	if _, err := newContext(t, nil).ValidateFile("does-not-exist.yaml"); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("got %v", err)
	}
}

func TestBadInputIsDiagnostics(t *testing.T) {
	ctx := newContext(t, nil)
	for _, in := range []string{"a: [", "\x00\xff", `{"apiVersion": `, "", "- - -"} {
		if _, err := ctx.Validate([]byte(in)); err != nil {
			t.Fatalf("%q: %v", in, err)
		}
	}
}

func TestClose(t *testing.T) {
	ctx, err := gwapi.NewContext(nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx.Close()
	ctx.Close()
	if _, err := ctx.Validate(nil); !errors.Is(err, gwapi.ErrClosed) {
		t.Fatalf("got %v", err)
	}
}

// One context, many goroutines; run with -race.
func TestConcurrentUse(t *testing.T) {
	ctx := newContext(t, nil)
	good, err := os.ReadFile(quickstart)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				data, ok := []byte(bad), false
				if (g+i)%2 == 0 {
					data, ok = good, true
				}
				res, err := ctx.Validate(data)
				if err != nil || res.OK() != ok {
					errs <- "unexpected result"
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}

func TestVersion(t *testing.T) {
	if gwapi.Version() != "0.1.0" {
		t.Fatalf("Version() = %q", gwapi.Version())
	}
}

func TestTranslate(t *testing.T) {
	data, err := os.ReadFile(quickstart)
	if err != nil {
		t.Fatal(err)
	}
	eg := "gateway.envoyproxy.io/gatewayclass-controller"
	tr, err := newContext(t, &gwapi.Options{ControllerName: eg}).Translate(data)
	if err != nil {
		t.Fatal(err)
	}
	if !tr.OK() || tr.Kind != "TranslationResult" || tr.Status.Kind != "List" || len(tr.Status.Items) != 4 {
		t.Fatalf("got %+v", tr)
	}
	route := tr.Find("HTTPRoute", "apps", "legacy-redirect")
	want := []gwapi.RouteParentStatus{{
		ParentRef: gwapi.ParentRef{Group: "gateway.networking.k8s.io", Kind: "Gateway", Namespace: "default",
			Name: "eg", SectionName: "http"},
		ControllerName: eg,
		Conditions: []gwapi.Condition{
			{Type: "Accepted", Status: "True", ObservedGeneration: 1, Reason: "Accepted", Message: "Route is accepted"},
			{Type: "ResolvedRefs", Status: "True", ObservedGeneration: 1, Reason: "ResolvedRefs",
				Message: "Resolved all the Object references for the Route"},
		},
	}}
	if route == nil || !reflect.DeepEqual(route.Status.Parents, want) {
		t.Fatalf("got %+v", route)
	}
	gw := tr.Find("Gateway", "default", "eg")
	if gw == nil || len(gw.Status.Listeners) != 2 || gw.Status.Listeners[0].AttachedRoutes != 2 {
		t.Fatalf("got %+v", gw)
	}
	items, err := newContext(t, &gwapi.Options{ControllerName: "example.com/other"}).Status(data)
	if err != nil || len(items) != 0 {
		t.Fatalf("got %v, %v", items, err)
	}
}
