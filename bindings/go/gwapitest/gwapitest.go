// Package gwapitest helps downstream `go test` suites check their
// Gateway API and Envoy Gateway manifests:
//
//	func TestManifests(t *testing.T) {
//		gwapitest.MustValidate(t, "deploy/gateway.yaml", "deploy/routes.yaml")
//	}
//
// A failure lists every error as the CLI prints it.
package gwapitest

import (
	"testing"

	"gwapi.dev/gwapi"
)

// MustValidate validates each file with the default options and fails the
// test (after reporting every error of every file) when any has an error.
// It returns the results in file order.
func MustValidate(t testing.TB, files ...string) []*gwapi.Result {
	t.Helper()
	return MustValidateWith(t, nil, files...)
}

// MustValidateWith is MustValidate with options (nil: defaults).
func MustValidateWith(t testing.TB, opts *gwapi.Options, files ...string) []*gwapi.Result {
	t.Helper()
	ctx, err := gwapi.NewContext(opts)
	if err != nil {
		t.Fatalf("gwapi.NewContext: %v", err)
	}
	defer ctx.Close()
	results := make([]*gwapi.Result, 0, len(files))
	failed := false
	for _, f := range files {
		res, err := ctx.ValidateFile(f)
		if err != nil {
			t.Errorf("gwapi: %v", err)
			failed = true
			continue
		}
		for _, d := range res.Errors() {
			t.Error(d.String())
			failed = true
		}
		results = append(results, res)
	}
	if failed {
		t.FailNow()
	}
	return results
}

// AssertValid fails the test when data (one file's bytes) has an error.
func AssertValid(t testing.TB, data []byte) *gwapi.Result {
	t.Helper()
	res := call(t, nil, func(ctx *gwapi.Context) (*gwapi.Result, error) { return ctx.Validate(data) })
	reportErrors(t, res)
	return res
}

// call runs f with a fresh context; a library error fails the test.
func call[R any](t testing.TB, opts *gwapi.Options, f func(*gwapi.Context) (R, error)) R {
	t.Helper()
	ctx, err := gwapi.NewContext(opts)
	if err != nil {
		t.Fatalf("gwapi.NewContext: %v", err)
	}
	defer ctx.Close()
	res, err := f(ctx)
	if err != nil {
		t.Fatalf("gwapi: %v", err)
	}
	return res
}

// reportErrors reports each error diagnostic as the CLI prints it.
func reportErrors(t testing.TB, res *gwapi.Result) {
	t.Helper()
	for _, d := range res.Errors() {
		t.Error(d.String())
	}
}
