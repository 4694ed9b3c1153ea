package gwapitest

import (
	"fmt"
	"os"
	"reflect"
	"runtime"
	"testing"
)

// recorder is a testing.TB that records what a helper reports.
type recorder struct {
	testing.TB
	errors []string
	failed bool
}

func (r *recorder) Helper() {}
func (r *recorder) Error(args ...any) {
	r.errors = append(r.errors, args[0].(string))
	r.failed = true
}
func (r *recorder) Errorf(format string, args ...any) { r.Error(fmt.Sprintf(format, args...)) }
func (r *recorder) Fatalf(format string, args ...any) {
	r.Error(fmt.Sprintf(format, args...))
	r.FailNow()
}
func (r *recorder) Fatal(args ...any) { r.Error(fmt.Sprint(args...)); r.FailNow() }
func (r *recorder) FailNow()          { r.failed = true; runtime.Goexit() }

func run(f func(tb testing.TB)) *recorder {
	r := &recorder{}
	done := make(chan struct{})
	go func() { defer close(done); f(r) }()
	<-done
	return r
}

func TestMustValidateReportsEveryError(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/bad.yaml"
	writeFile(t, path, "apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata:\n  name: eg\nspec: {}\n")
	r := run(func(tb testing.TB) { MustValidate(tb, "../../../examples/quickstart.yaml", path) })
	want := []string{
		path + ":5:7: error: GatewayClass eg: spec.controllerName: Required value",
		path + ":1:1: error: GatewayClass eg: <nil>: Invalid value: null: some validation rules were not checked because the object was invalid; correct the existing errors to complete validation",
	}
	if !r.failed || !reflect.DeepEqual(r.errors, want) {
		t.Fatalf("failed=%v errors=%q", r.failed, r.errors)
	}
	r = run(func(tb testing.TB) { MustValidate(tb, "../../../examples/quickstart.yaml") })
	if r.failed || r.errors != nil {
		t.Fatalf("failed=%v errors=%q", r.failed, r.errors)
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestTranslateHelpersReportWhatTheyFound(t *testing.T) {
	res := MustTranslate(t, nil, "../../../examples/quickstart.yaml")
	r := run(func(tb testing.TB) { AssertAttached(tb, res, "apps/legacy-redirect", "default/eg", "https") })
	want := []string{"HTTPRoute apps/legacy-redirect is not attached to default/eg listener https: http: Accepted=True (Accepted)"}
	if !r.failed || !reflect.DeepEqual(r.errors, want) {
		t.Fatalf("failed=%v errors=%q", r.failed, r.errors)
	}
	r = run(func(tb testing.TB) { AssertCondition(tb, res, "GatewayClass eg", "Accepted", "False", "") })
	want = []string{`GatewayClass eg has no Accepted condition with status "False" reason ""; it has: Accepted=True (Accepted), SupportedVersion=True (SupportedVersion)`}
	if !r.failed || !reflect.DeepEqual(r.errors, want) {
		t.Fatalf("failed=%v errors=%q", r.failed, r.errors)
	}
}
