package gwapitest_test

import (
	"testing"

	"gwapi.dev/gwapi/gwapitest"
)

// How a downstream suite checks its manifests.
func TestManifests(t *testing.T) {
	res := gwapitest.MustValidate(t, "../../../examples/quickstart.yaml")
	if len(res) != 1 || res[0].Summary.Objects != 14 {
		t.Fatalf("got %+v", res)
	}
}

// How a downstream suite checks attachment and status.
func TestAttachment(t *testing.T) {
	res := gwapitest.MustTranslate(t, nil, "../../../examples/quickstart.yaml")
	gwapitest.AssertAttached(t, res, "apps/legacy-redirect", "default/eg", "http")
	gwapitest.AssertAttached(t, res, "default/store", "default/eg", "https")
	gwapitest.AssertCondition(t, res, "Gateway default/eg", "Programmed", "True", "Programmed")
}
