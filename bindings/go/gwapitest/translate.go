package gwapitest

import (
	"fmt"
	"strings"
	"testing"

	"gwapi.dev/gwapi"
)

var routeKinds = map[string]bool{"HTTPRoute": true, "GRPCRoute": true, "TLSRoute": true, "TCPRoute": true, "UDPRoute": true}

func splitRef(ref string) (ns, name string) {
	if i := strings.LastIndex(ref, "/"); i >= 0 {
		return ref[:i], ref[i+1:]
	}
	return "", ref
}

func label(it *gwapi.StatusItem) string {
	if it.Metadata.Namespace != "" {
		return it.Kind + " " + it.Metadata.Namespace + "/" + it.Metadata.Name
	}
	return it.Kind + " " + it.Metadata.Name
}

func find(res *gwapi.Translation, kinds func(string) bool, ref string) (*gwapi.StatusItem, string) {
	ns, name := splitRef(ref)
	var all []string
	for i := range res.Status.Items {
		it := &res.Status.Items[i]
		all = append(all, label(it))
		if kinds(it.Kind) && it.Metadata.Name == name && (ns == "" || it.Metadata.Namespace == ns) {
			return it, ""
		}
	}
	if len(all) == 0 {
		all = []string{"none"}
	}
	return nil, fmt.Sprintf("no status for %s; statuses: %s", ref, strings.Join(all, ", "))
}

func condition(cs []gwapi.Condition, typ string) *gwapi.Condition {
	for i := range cs {
		if cs[i].Type == typ {
			return &cs[i]
		}
	}
	return nil
}

// AssertAttached fails the test unless the route ("namespace/name", any
// route kind) is accepted by the Gateway parent ("namespace/name") and,
// when listener is not "", attaches to that listener: its parentRef names
// it, or names none and the listener counts attached routes.
func AssertAttached(t testing.TB, res *gwapi.Translation, route, parent, listener string) {
	t.Helper()
	it, missing := find(res, func(k string) bool { return routeKinds[k] }, route)
	if it == nil {
		t.Fatal(missing)
		return
	}
	gwNS, gwName := splitRef(parent)
	if gwNS == "" {
		gwNS = it.Metadata.Namespace
	}
	var tried []string
	for _, p := range it.Status.Parents {
		ref := p.ParentRef
		ns := ref.Namespace
		if ns == "" {
			ns = it.Metadata.Namespace
		}
		if ref.Name != gwName || ns != gwNS || (ref.Kind != "" && ref.Kind != "Gateway") {
			continue
		}
		acc := condition(p.Conditions, "Accepted")
		section := ref.SectionName
		if section == "" {
			section = "all listeners"
		}
		if acc == nil {
			tried = append(tried, section+": no Accepted condition")
			continue
		}
		tried = append(tried, fmt.Sprintf("%s: Accepted=%s (%s)", section, acc.Status, acc.Reason))
		if acc.Status != "True" {
			continue
		}
		if listener == "" || ref.SectionName == listener ||
			(ref.SectionName == "" && listenerAttached(res, parent, listener)) {
			return
		}
	}
	if len(tried) == 0 {
		tried = []string{"no parent entry for it"}
	}
	where := parent
	if listener != "" {
		where += " listener " + listener
	}
	t.Fatalf("%s is not attached to %s: %s", label(it), where, strings.Join(tried, "; "))
}

func listenerAttached(res *gwapi.Translation, gateway, listener string) bool {
	gw, _ := find(res, func(k string) bool { return k == "Gateway" }, gateway)
	if gw == nil {
		return false
	}
	for _, l := range gw.Status.Listeners {
		if l.Name == listener && l.AttachedRoutes > 0 {
			return true
		}
	}
	return false
}

// AssertCondition fails the test unless the object ("Kind namespace/name",
// or "Kind name" for cluster-scoped kinds) has a condition of type typ with
// this status and reason ("" matches any). A route's conditions are those
// of its parent entries.
func AssertCondition(t testing.TB, res *gwapi.Translation, object, typ, status, reason string) {
	t.Helper()
	kind, ref, _ := strings.Cut(object, " ")
	it, missing := find(res, func(k string) bool { return k == kind }, ref)
	if it == nil {
		t.Fatal(missing)
		return
	}
	conds := append([]gwapi.Condition{}, it.Status.Conditions...)
	for _, p := range it.Status.Parents {
		conds = append(conds, p.Conditions...)
	}
	var have []string
	for _, c := range conds {
		if c.Type == typ && (status == "" || c.Status == status) && (reason == "" || c.Reason == reason) {
			return
		}
		have = append(have, fmt.Sprintf("%s=%s (%s)", c.Type, c.Status, c.Reason))
	}
	t.Fatalf("%s has no %s condition with status %q reason %q; it has: %s", object, typ, status, reason,
		strings.Join(have, ", "))
}

// MustTranslate translates the file with opts (nil: defaults) and fails the
// test on a library error or a validation error.
func MustTranslate(t testing.TB, opts *gwapi.Options, file string) *gwapi.Translation {
	t.Helper()
	res := call(t, opts, func(ctx *gwapi.Context) (*gwapi.Translation, error) { return ctx.TranslateFile(file) })
	reportErrors(t, &res.Result)
	if t.Failed() {
		t.FailNow()
	}
	return res
}
