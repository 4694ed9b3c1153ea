package gwapitest_test

import (
	"testing"

	"gwapi.dev/gwapi/gwapitest"
)

// How a downstream suite checks its manifests.
func TestManifests(t *testing.T) {
	res := gwapitest.MustValidate(t, "../../../examples/quickstart.yaml")
	if len(res) != 1 || res[0].Summary.Objects != 6 {
		t.Fatalf("got %+v", res)
	}
}
