// Command oracle is a development oracle for gwapi: it validates Kubernetes
// objects against CustomResourceDefinitions exactly the way a kube-apiserver
// (with those CRDs installed) does on CREATE, by calling the real
// k8s.io/apiextensions-apiserver code, and prints one JSON line per object.
//
// See README.md beside this file.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"k8s.io/apiextensions-apiserver/pkg/apihelpers"
	apiextensionsinternal "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions"
	apiextensionsv1 "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1"
	structuralschema "k8s.io/apiextensions-apiserver/pkg/apiserver/schema"
	"k8s.io/apiextensions-apiserver/pkg/apiserver/schema/cel"
	structuraldefaulting "k8s.io/apiextensions-apiserver/pkg/apiserver/schema/defaulting"
	structurallisttype "k8s.io/apiextensions-apiserver/pkg/apiserver/schema/listtype"
	schemaobjectmeta "k8s.io/apiextensions-apiserver/pkg/apiserver/schema/objectmeta"
	structuralpruning "k8s.io/apiextensions-apiserver/pkg/apiserver/schema/pruning"
	apiservervalidation "k8s.io/apiextensions-apiserver/pkg/apiserver/validation"
	"k8s.io/apiextensions-apiserver/pkg/crdserverscheme"
	"k8s.io/apiextensions-apiserver/pkg/registry/customresource"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/operation"
	apimachineryvalidation "k8s.io/apimachinery/pkg/api/validation"
	"k8s.io/apimachinery/pkg/api/validation/path"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/runtime/serializer"
	kjson "k8s.io/apimachinery/pkg/runtime/serializer/json"
	"k8s.io/apimachinery/pkg/util/validation/field"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	celconfig "k8s.io/apiserver/pkg/apis/cel"
	"k8s.io/apiserver/pkg/endpoints/request"
	"k8s.io/apiserver/pkg/features"
	utilfeature "k8s.io/apiserver/pkg/util/feature"
)

// ---------------------------------------------------------------------------
// CRD loading

type crdVersion struct {
	name       string
	served     bool
	structural *structuralschema.Structural // after PruneDefaults, as the handler keeps it
	validator  apiservervalidation.SchemaValidator
	celv       *cel.Validator
	hasStatus  bool
	strategy   interface {
		Validate(context.Context, runtime.Object) field.ErrorList
		PrepareForCreate(context.Context, runtime.Object)
	}
}

type crdInfo struct {
	source     string
	group      string
	kind       string
	namespaced bool
	preserve   bool
	versions   map[string]*crdVersion
}

var (
	crdScheme = runtime.NewScheme()
	crdCodecs serializer.CodecFactory
)

func init() {
	if err := apiextensionsv1.AddToScheme(crdScheme); err != nil {
		panic(err)
	}
	if err := apiextensionsinternal.AddToScheme(crdScheme); err != nil {
		panic(err)
	}
	crdCodecs = serializer.NewCodecFactory(crdScheme)
}

func expandPaths(list []string, exts map[string]bool) ([]string, error) {
	var out []string
	for _, p := range list {
		if p == "" {
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		var files []string
		err = filepath.Walk(p, func(fp string, info os.FileInfo, err error) error {
			if err != nil {
				return err
			}
			if !info.IsDir() && exts[strings.ToLower(filepath.Ext(fp))] {
				files = append(files, fp)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		out = append(out, files...)
	}
	return out, nil
}

var manifestExts = map[string]bool{".yaml": true, ".yml": true, ".json": true}

// splitYAML splits a multi-document YAML (or JSON) stream into JSON documents the
// way kubectl's resource builder does (k8s.io/apimachinery/pkg/util/yaml), and
// skips empty documents like kubectl does.
func splitYAML(data []byte) ([][]byte, error) {
	var docs [][]byte
	d := utilyaml.NewYAMLOrJSONDecoder(bytes.NewReader(data), 4096)
	for {
		var ext runtime.RawExtension
		if err := d.Decode(&ext); err != nil {
			if err == io.EOF {
				break
			}
			return docs, err
		}
		ext.Raw = bytes.TrimSpace(ext.Raw)
		if len(ext.Raw) == 0 || bytes.Equal(ext.Raw, []byte("null")) {
			continue
		}
		docs = append(docs, ext.Raw)
	}
	return docs, nil
}

func loadCRDs(paths []string) (map[schema.GroupKind]*crdInfo, error) {
	files, err := expandPaths(paths, manifestExts)
	if err != nil {
		return nil, err
	}
	crds := map[schema.GroupKind]*crdInfo{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		docs, err := splitYAML(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		for _, doc := range docs {
			var tm metav1.TypeMeta
			if err := json.Unmarshal(doc, &tm); err != nil {
				return nil, fmt.Errorf("%s: %v", f, err)
			}
			if tm.Kind != "CustomResourceDefinition" || tm.APIVersion != "apiextensions.k8s.io/v1" {
				continue // e.g. the ValidatingAdmissionPolicy shipped beside the CRDs
			}
			obj, _, err := crdCodecs.UniversalDeserializer().Decode(doc, nil, &apiextensionsv1.CustomResourceDefinition{})
			if err != nil {
				return nil, fmt.Errorf("%s: %v", f, err)
			}
			crd := obj.(*apiextensionsv1.CustomResourceDefinition)
			crdScheme.Default(crd) // the API server defaults a CRD when it is created
			info, err := buildCRD(crd)
			if err != nil {
				return nil, fmt.Errorf("%s: CRD %s: %v", f, crd.Name, err)
			}
			info.source = f
			gk := schema.GroupKind{Group: info.group, Kind: info.kind}
			if old, ok := crds[gk]; ok {
				fmt.Fprintf(os.Stderr, "oracle: %s from %s replaces the one from %s\n", gk, f, old.source)
			}
			crds[gk] = info
		}
	}
	return crds, nil
}

// buildCRD mirrors crdHandler.getOrCreateServingInfoFor in
// k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go.
func buildCRD(crd *apiextensionsv1.CustomResourceDefinition) (*crdInfo, error) {
	info := &crdInfo{
		group:      crd.Spec.Group,
		kind:       crd.Spec.Names.Kind,
		namespaced: crd.Spec.Scope == apiextensionsv1.NamespaceScoped,
		preserve:   crd.Spec.PreserveUnknownFields,
		versions:   map[string]*crdVersion{},
	}
	for _, v := range crd.Spec.Versions {
		cv := &crdVersion{name: v.Name, served: v.Served}
		val, err := apihelpers.GetSchemaForVersion(crd, v.Name)
		if err != nil {
			return nil, err
		}
		var internalSchemaProps *apiextensionsinternal.JSONSchemaProps
		if val != nil {
			internalValidation := &apiextensionsinternal.CustomResourceValidation{}
			if err := apiextensionsv1.Convert_v1_CustomResourceValidation_To_apiextensions_CustomResourceValidation(val, internalValidation, nil); err != nil {
				return nil, err
			}
			internalSchemaProps = internalValidation.OpenAPIV3Schema
			s, err := structuralschema.NewStructural(internalValidation.OpenAPIV3Schema)
			if err != nil && !crd.Spec.PreserveUnknownFields {
				return nil, fmt.Errorf("not structural: %v", err)
			}
			if !crd.Spec.PreserveUnknownFields {
				s = s.DeepCopy()
				if err := structuraldefaulting.PruneDefaults(s); err != nil {
					return nil, err
				}
			}
			cv.structural = s
		}
		cv.validator, _, err = apiservervalidation.NewSchemaValidator(internalSchemaProps)
		if err != nil {
			return nil, err
		}
		var statusValidator apiservervalidation.SchemaValidator
		subresources, err := apihelpers.GetSubresourcesForVersion(crd, v.Name)
		if err != nil {
			return nil, err
		}
		var statusSpec *apiextensionsinternal.CustomResourceSubresourceStatus
		var scaleSpec *apiextensionsinternal.CustomResourceSubresourceScale
		if subresources != nil && subresources.Status != nil {
			cv.hasStatus = true
			statusSpec = &apiextensionsinternal.CustomResourceSubresourceStatus{}
			if internalSchemaProps != nil && internalSchemaProps.Properties != nil {
				if statusSchema, ok := internalSchemaProps.Properties["status"]; ok {
					statusValidator, _, err = apiservervalidation.NewSchemaValidator(&statusSchema)
					if err != nil {
						return nil, err
					}
				}
			}
		}
		if subresources != nil && subresources.Scale != nil {
			scaleSpec = &apiextensionsinternal.CustomResourceSubresourceScale{}
			if err := apiextensionsv1.Convert_v1_CustomResourceSubresourceScale_To_apiextensions_CustomResourceSubresourceScale(subresources.Scale, scaleSpec, nil); err != nil {
				return nil, err
			}
			return nil, fmt.Errorf("scale subresource is not supported by this oracle")
		}
		// The real strategy: used for PrepareForCreate and as a cross-check of
		// the deterministic re-implementation of Validate below.
		st := customresource.NewStrategy(crdserverscheme.NewUnstructuredObjectTyper(), info.namespaced,
			schema.GroupVersionKind{Group: crd.Spec.Group, Version: v.Name, Kind: crd.Spec.Names.Kind},
			cv.validator, statusValidator, cv.structural, statusSpec, scaleSpec, v.SelectableFields)
		cv.strategy = st
		// Same construction as in customresource.NewStrategy.
		if cv.structural != nil {
			cv.celv = cel.NewValidator(cv.structural, true, celconfig.PerCallLimit)
		}
		info.versions[v.Name] = cv
	}
	return info, nil
}

// ---------------------------------------------------------------------------
// Output

type cause struct {
	Reason  string `json:"reason"`
	Field   string `json:"field"`
	Message string `json:"message"`
}

type result struct {
	File            string          `json:"file"`
	Doc             int             `json:"doc"`
	Item            *int            `json:"item,omitempty"`
	APIVersion      string          `json:"apiVersion"`
	Kind            string          `json:"kind"`
	Namespace       string          `json:"namespace"`
	Name            string          `json:"name"`
	KeepStatus      bool            `json:"keepStatus,omitempty"`
	UnknownKind     bool            `json:"unknownKind,omitempty"`
	UnservedVersion bool            `json:"unservedVersion,omitempty"`
	DecodeError     string          `json:"decodeError,omitempty"`
	UnknownFields   []string        `json:"unknownFields,omitempty"`
	Errors          []string        `json:"errors"`
	Causes          []cause         `json:"causes,omitempty"`
	Response        string          `json:"response,omitempty"`
	SelfCheck       string          `json:"selfCheck,omitempty"`
	RawErrors       []string        `json:"rawErrors,omitempty"`
	OrderCheck      string          `json:"orderCheck,omitempty"`
	Defaulted       json.RawMessage `json:"defaulted,omitempty"`
}

// ---------------------------------------------------------------------------
// Field path ordering helpers.
//
// The API server walks Go maps (schema properties, object keys) in random
// order, so the relative order of errors on sibling fields differs from
// request to request. The oracle reports one fixed order that the server can
// produce: the one where sibling properties / map keys are visited in sorted
// order (which is also the order controller-gen writes them in the CRDs).

type seg struct {
	isIndex bool
	idx     int
	name    string
}

func parsePath(p string) []seg {
	var out []seg
	i := 0
	cur := strings.Builder{}
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, seg{name: cur.String()})
			cur.Reset()
		}
	}
	for i < len(p) {
		c := p[i]
		switch c {
		case '.':
			flush()
			i++
		case '[':
			flush()
			j := strings.IndexByte(p[i:], ']')
			if j < 0 {
				cur.WriteString(p[i:])
				i = len(p)
				continue
			}
			inner := p[i+1 : i+j]
			if n, err := strconv.Atoi(inner); err == nil {
				out = append(out, seg{isIndex: true, idx: n})
			} else {
				out = append(out, seg{name: inner})
			}
			i += j + 1
		default:
			cur.WriteByte(c)
			i++
		}
	}
	flush()
	return out
}

type keyElem struct {
	rank int // 0: node-level before children, 1: child, 2: node-level after children
	s    seg
}

func cmpSeg(a, b seg) int {
	if a.isIndex && b.isIndex {
		return a.idx - b.idx
	}
	if a.isIndex != b.isIndex {
		if a.isIndex {
			return -1
		}
		return 1
	}
	return strings.Compare(a.name, b.name)
}

func cmpKey(a, b []keyElem) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i].rank != b[i].rank {
			return a[i].rank - b[i].rank
		}
		if c := cmpSeg(a[i].s, b[i].s); c != 0 {
			return c
		}
	}
	return len(a) - len(b)
}

func childKey(segs []seg) []keyElem {
	k := make([]keyElem, 0, len(segs)+1)
	for _, s := range segs {
		k = append(k, keyElem{rank: 1, s: s})
	}
	return k
}

func lookup(obj interface{}, segs []seg) (interface{}, bool) {
	cur := obj
	for _, s := range segs {
		switch c := cur.(type) {
		case map[string]interface{}:
			if s.isIndex {
				return nil, false
			}
			v, ok := c[s.name]
			if !ok {
				return nil, false
			}
			cur = v
		case []interface{}:
			if !s.isIndex || s.idx < 0 || s.idx >= len(c) {
				return nil, false
			}
			cur = c[s.idx]
		default:
			return nil, false
		}
	}
	return cur, true
}

// sortOpenAPIErrors orders the errors of apiservervalidation.ValidateCustomResource
// as kube-openapi's SchemaValidator emits them when properties are visited in
// sorted order: per node, the type/format/string/number/enum errors first,
// then for arrays the items and after them min/maxItems (and enum), for
// objects the properties and after them the "Required value" errors of
// missing properties (in the schema's `required` order).
func sortOpenAPIErrors(errs field.ErrorList, obj map[string]interface{}) field.ErrorList {
	type keyed struct {
		k []keyElem
		e *field.Error
	}
	ks := make([]keyed, len(errs))
	for i, e := range errs {
		segs := parsePath(e.Field)
		if e.Field == "<nil>" {
			// kube-openapi composite errors (oneOf/anyOf/allOf/not) carry their
			// path only in the message: "\"spec.x\" must validate ..."
			// or at the end: "... value must be of type integer with format int32 in spec.x"
			segs = nil
			if m := compositePathRE.FindStringSubmatch(e.Detail); m != nil {
				segs = parsePath(m[1])
			} else if m := trailingPathRE.FindStringSubmatch(e.Detail); m != nil {
				segs = parsePath(m[1])
			}
		}
		var k []keyElem
		switch {
		case e.Type == field.ErrorTypeRequired && len(segs) > 0:
			k = append(childKey(segs[:len(segs)-1]), keyElem{rank: 2})
		default:
			v, _ := lookup(obj, segs)
			_, isArray := v.([]interface{})
			if isArray && e.Type != field.ErrorTypeTypeInvalid {
				k = append(childKey(segs), keyElem{rank: 2})
			} else {
				k = append(childKey(segs), keyElem{rank: 0})
			}
		}
		ks[i] = keyed{k, e}
	}
	sort.SliceStable(ks, func(i, j int) bool { return cmpKey(ks[i].k, ks[j].k) < 0 })
	out := make(field.ErrorList, len(ks))
	for i := range ks {
		out[i] = ks[i].e
	}
	return out
}

var (
	compositePathRE = regexp.MustCompile(`^"([^"]*)" must `)
	trailingPathRE  = regexp.MustCompile(` value (?:must be of type|number range checking) .* in (\S+)$`)
)

// sortListTypeErrors orders ValidateListSetsAndMaps errors: per array, the
// duplicate (or "must be an object") errors at its indices first, then the
// nested errors of its items; properties in sorted order.
func sortListTypeErrors(errs field.ErrorList) field.ErrorList {
	type keyed struct {
		k []keyElem
		e *field.Error
	}
	ks := make([]keyed, len(errs))
	for i, e := range errs {
		segs := parsePath(e.Field)
		k := childKey(segs)
		if len(k) > 0 {
			k[len(k)-1].rank = 0
		}
		ks[i] = keyed{k, e}
	}
	sort.SliceStable(ks, func(i, j int) bool { return cmpKey(ks[i].k, ks[j].k) < 0 })
	out := make(field.ErrorList, len(ks))
	for i := range ks {
		out[i] = ks[i].e
	}
	return out
}

// sortGeneric is a stable sort by field path (used for embedded ObjectMeta
// errors, which our CRDs do not produce in practice).
func sortGeneric(errs field.ErrorList) field.ErrorList {
	out := append(field.ErrorList(nil), errs...)
	sort.SliceStable(out, func(i, j int) bool {
		return cmpKey(childKey(parsePath(out[i].Field)), childKey(parsePath(out[j].Field))) < 0
	})
	return out
}

// sortMetaMapRuns sorts, inside ObjectMeta errors, each run of label or
// annotation errors (the server walks those maps in random order).
func sortMetaMapRuns(errs field.ErrorList) field.ErrorList {
	out := append(field.ErrorList(nil), errs...)
	isMapErr := func(e *field.Error) string {
		for _, p := range []string{"metadata.labels", "metadata.annotations"} {
			if e.Field == p || strings.HasPrefix(e.Field, p+"[") {
				return p
			}
		}
		return ""
	}
	for i := 0; i < len(out); {
		p := isMapErr(out[i])
		if p == "" {
			i++
			continue
		}
		j := i + 1
		for j < len(out) && isMapErr(out[j]) == p {
			j++
		}
		run := out[i:j]
		sort.SliceStable(run, func(a, b int) bool { return run[a].Error() < run[b].Error() })
		i = j
	}
	return out
}

// celValidateSorted runs the CEL validator exactly like cel.Validator.validate
// does, but visits map keys in sorted order. Each node's own rules are run by
// calling the real (exported) Validate on a shallow copy of the node that has
// its children removed.
func celValidateSorted(ctx context.Context, v *cel.Validator, fldPath *field.Path, obj interface{}, budget int64) (field.ErrorList, int64) {
	if v == nil || obj == nil {
		return nil, budget
	}
	self := *v
	self.Items = nil
	self.Properties = nil
	self.AdditionalProperties = nil
	self.AllOfValidators = nil
	errs, remaining := self.Validate(ctx, fldPath, v.Schema, obj, nil, budget)
	if remaining < 0 {
		return errs, remaining
	}
	for _, a := range v.AllOfValidators {
		var e field.ErrorList
		e, remaining = celValidateSorted(ctx, a, fldPath, obj, remaining)
		errs = append(errs, e...)
		if remaining < 0 {
			return errs, remaining
		}
	}
	switch o := obj.(type) {
	case []interface{}:
		if v.Items != nil {
			for i := range o {
				var e field.ErrorList
				e, remaining = celValidateSorted(ctx, v.Items, fldPath.Index(i), o[i], remaining)
				errs = append(errs, e...)
				if remaining < 0 {
					return errs, remaining
				}
			}
		}
	case map[string]interface{}:
		keys := make([]string, 0, len(o))
		for k := range o {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if v.AdditionalProperties != nil {
			for _, k := range keys {
				var e field.ErrorList
				e, remaining = celValidateSorted(ctx, v.AdditionalProperties, fldPath.Key(k), o[k], remaining)
				errs = append(errs, e...)
				if remaining < 0 {
					return errs, remaining
				}
			}
		}
		if v.Properties != nil {
			for _, k := range keys {
				sub, ok := v.Properties[k]
				if !ok {
					continue
				}
				var e field.ErrorList
				e, remaining = celValidateSorted(ctx, &sub, fldPath.Child(k), o[k], remaining)
				errs = append(errs, e...)
				if remaining < 0 {
					return errs, remaining
				}
			}
		}
	}
	return errs, remaining
}

// hasBlockingErr is a copy of the one in
// k8s.io/apiextensions-apiserver/pkg/registry/customresource/strategy.go.
func hasBlockingErr(errs field.ErrorList) (bool, *field.Error) {
	for _, err := range errs {
		if err.Type == field.ErrorTypeNotSupported || err.Type == field.ErrorTypeRequired || err.Type == field.ErrorTypeTooLong || err.Type == field.ErrorTypeTooMany || err.Type == field.ErrorTypeTypeInvalid {
			return true, field.Invalid(nil, nil, "some validation rules were not checked because the object was invalid; correct the existing errors to complete validation")
		}
	}
	return false, nil
}

func getObjectMeta(u *unstructured.Unstructured) (*metav1.ObjectMeta, field.ErrorList) {
	raw := u.Object["metadata"]
	if raw == nil {
		return &metav1.ObjectMeta{}, nil
	}
	metadataMap, ok := raw.(map[string]interface{})
	if !ok {
		return nil, field.ErrorList{field.Invalid(field.NewPath("metadata"), raw, fmt.Sprintf("expected map[string]interface{}, got %T", raw))}
	}
	m := &metav1.ObjectMeta{}
	if err := runtime.DefaultUnstructuredConverter.FromUnstructured(metadataMap, m); err != nil {
		return nil, field.ErrorList{field.Invalid(field.NewPath("metadata"), raw, err.Error())}
	}
	return m, nil
}

// validateCreate mirrors rest.ValidateCreate(ctx, obj, customResourceStrategy):
// customResourceStrategy.Validate (customResourceValidator.Validate, embedded
// ObjectMeta, list-type set/map, CEL unless a blocking error exists) and, only
// if that found nothing, the generic ObjectMeta check with path-segment names.
func validateCreate(ctx context.Context, info *crdInfo, cv *crdVersion, u *unstructured.Unstructured) field.ErrorList {
	var errs field.ErrorList
	// customResourceValidator.Validate
	func() {
		var tm field.ErrorList
		if u.GetKind() != info.kind {
			tm = append(tm, field.Invalid(field.NewPath("kind"), u.GetKind(), fmt.Sprintf("must be %v", info.kind)))
		}
		if u.GetAPIVersion() != info.group+"/"+cv.name {
			tm = append(tm, field.Invalid(field.NewPath("apiVersion"), u.GetAPIVersion(), fmt.Sprintf("must be %v", info.group+"/"+cv.name)))
		}
		if len(tm) > 0 {
			errs = tm
			return
		}
		m, merrs := getObjectMeta(u)
		if len(merrs) > 0 {
			errs = append(errs, merrs...)
		} else {
			errs = append(errs, sortMetaMapRuns(apimachineryvalidation.ValidateObjectMetaDeclaratively(ctx, operation.Create, m, nil, info.namespaced,
				apimachineryvalidation.NameIsDNSSubdomain, field.NewPath("metadata"), utilfeature.DefaultFeatureGate.Enabled(features.DeclarativeValidationBeta)))...)
		}
		errs = append(errs, sortOpenAPIErrors(apiservervalidation.ValidateCustomResource(nil, u.UnstructuredContent(), cv.validator), u.Object)...)
		// no scale subresource in the supported CRDs
	}()
	errs = append(errs, sortGeneric(schemaobjectmeta.Validate(ctx, nil, u.Object, cv.structural, false))...)
	errs = append(errs, sortListTypeErrors(structurallisttype.ValidateListSetsAndMaps(nil, cv.structural, u.Object))...)
	if cv.celv != nil {
		if has, err := hasBlockingErr(errs); has {
			errs = append(errs, err)
		} else {
			cerrs, _ := celValidateSorted(ctx, cv.celv, nil, u.Object, celconfig.RuntimeCELCostBudget)
			errs = append(errs, cerrs...)
		}
	}
	if len(errs) == 0 {
		errs = append(errs, apimachineryvalidation.ValidateObjectMetaAccessor(u, info.namespaced, path.ValidatePathSegmentName, field.NewPath("metadata"))...)
	}
	return errs
}

func errStrings(errs field.ErrorList) []string {
	out := make([]string, 0, len(errs))
	for _, e := range errs {
		out = append(out, e.Error())
	}
	return out
}

func sameMultiset(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, s := range a {
		m[s]++
	}
	for _, s := range b {
		m[s]--
		if m[s] < 0 {
			return false
		}
	}
	return true
}

// ---------------------------------------------------------------------------
// Per-object processing: decoding as the CR handler does, then BeforeCreate.

func process(crds map[schema.GroupKind]*crdInfo, file string, doc int, item *int, data []byte, defaultNS string, withDefaulted, withRaw bool) result {
	keepStatus := *keepStatusFlag
	r := result{File: file, Doc: doc, Item: item, KeepStatus: keepStatus}
	var tm metav1.TypeMeta
	_ = json.Unmarshal(data, &tm)
	r.APIVersion, r.Kind = tm.APIVersion, tm.Kind
	var head struct {
		Metadata struct {
			Name      interface{} `json:"name"`
			Namespace interface{} `json:"namespace"`
		} `json:"metadata"`
	}
	_ = json.Unmarshal(data, &head)
	if s, ok := head.Metadata.Name.(string); ok {
		r.Name = s
	}
	if s, ok := head.Metadata.Namespace.(string); ok {
		r.Namespace = s
	}

	gv, err := schema.ParseGroupVersion(tm.APIVersion)
	if err != nil {
		r.DecodeError = err.Error()
		return r
	}
	info, ok := crds[schema.GroupKind{Group: gv.Group, Kind: tm.Kind}]
	if !ok {
		r.UnknownKind = true
		return r
	}
	cv, ok := info.versions[gv.Version]
	if !ok || !cv.served {
		// kubectl cannot map the kind / the server answers 404 NotFound
		r.UnservedVersion = true
		return r
	}
	if !info.namespaced {
		r.Namespace = ""
	} else if r.Namespace == "" {
		r.Namespace = defaultNS
	}

	// The request body: decoded with the strict JSON serializer (kubectl uses
	// fieldValidation=Strict by default), then the schemaCoercingDecoder.
	gvk := gv.WithKind(tm.Kind)
	strict := kjson.NewSerializerWithOptions(kjson.DefaultMetaFactory, unstructuredCreator{}, crdserverscheme.NewUnstructuredObjectTyper(), kjson.SerializerOptions{Strict: true})
	into := &unstructured.Unstructured{}
	into.SetGroupVersionKind(gvk)
	obj, _, err := strict.Decode(data, &gvk, into)
	var decodingStrictErrs []error
	if err != nil {
		se, isStrict := runtime.AsStrictDecodingError(err)
		if !isStrict || obj == nil {
			r.DecodeError = err.Error()
			r.Response = apierrors.NewBadRequest(fmt.Sprintf("%s in version %q cannot be handled as a %s: %v", gvk.Kind, gvk.Version, info.kind, err)).Error()
			return r
		}
		decodingStrictErrs = se.Errors()
	}
	u, ok := obj.(*unstructured.Unstructured)
	if !ok {
		r.DecodeError = fmt.Sprintf("decoded to %T", obj)
		return r
	}
	unknown, err := coerce(u, info, cv)
	if err != nil {
		r.DecodeError = err.Error()
		r.Response = apierrors.NewBadRequest(fmt.Sprintf("%s in version %q cannot be handled as a %s: %v", gvk.Kind, gvk.Version, info.kind, err)).Error()
		return r
	}
	for _, e := range decodingStrictErrs {
		r.UnknownFields = append(r.UnknownFields, e.Error())
	}
	for _, p := range unknown {
		r.UnknownFields = append(r.UnknownFields, fmt.Sprintf(`unknown field "%s"`, p))
	}
	// unstructuredDefaulter, run by the versioning codec after decoding.
	structuraldefaulting.Default(u.UnstructuredContent(), cv.structural)
	if withDefaulted {
		r.Defaulted, _ = json.Marshal(u.Object)
	}

	// rest.BeforeCreate: namespace from the request, PrepareForCreate, ValidateCreate.
	if info.namespaced {
		if u.GetNamespace() == "" {
			u.SetNamespace(defaultNS)
		}
	} else {
		u.SetNamespace("")
	}
	// Store.Create: generateName (the 5 random characters are fixed to "xxxxx"
	// here; names.SimpleNameGenerator truncates the base to 58 characters).
	if u.GetName() == "" && u.GetGenerateName() != "" {
		base := u.GetGenerateName()
		if len(base) > 58 {
			base = base[:58]
		}
		u.SetName(base + "xxxxx")
		r.Name = u.GetName()
	}
	ctx := request.WithNamespace(context.Background(), u.GetNamespace())
	status, hadStatus := u.Object["status"]
	cv.strategy.PrepareForCreate(ctx, u)
	if keepStatus && hadStatus {
		// Not what CREATE does (it drops status when the status subresource is
		// enabled); lets one see the schema errors of a status.
		u.Object["status"] = status
	}
	pristine := u.DeepCopy()

	errs := validateCreate(ctx, info, cv, u)
	r.Errors = errStrings(errs)
	if len(errs) == 0 {
		r.Errors = nil
	}
	for _, e := range errs {
		r.Causes = append(r.Causes, cause{Reason: string(e.Type), Field: e.Field, Message: e.ErrorBody()})
	}

	// Cross-check against the real customResourceStrategy (random sibling
	// order, so compare as multisets).
	ref := cv.strategy.Validate(ctx, pristine)
	if len(ref) == 0 {
		ref = append(ref, apimachineryvalidation.ValidateObjectMetaAccessor(pristine, info.namespaced, path.ValidatePathSegmentName, field.NewPath("metadata"))...)
	}
	if withRaw {
		r.RawErrors = errStrings(ref)
	}
	if n := *checkOrderFlag; n > 0 && len(errs) > 1 {
		want := strings.Join(errStrings(errs), "\n")
		seen := map[string]bool{}
		for i := 0; i < n; i++ {
			c := pristine.DeepCopy()
			got := cv.strategy.Validate(ctx, c)
			if len(got) == 0 {
				got = append(got, apimachineryvalidation.ValidateObjectMetaAccessor(c, info.namespaced, path.ValidatePathSegmentName, field.NewPath("metadata"))...)
			}
			seen[strings.Join(errStrings(got), "\n")] = true
		}
		if seen[want] {
			r.OrderCheck = fmt.Sprintf("ok: the oracle's order is among the %d distinct orders seen in %d runs of customResourceStrategy.Validate", len(seen), n)
		} else {
			r.OrderCheck = fmt.Sprintf("NOT SEEN among the %d distinct orders seen in %d runs of customResourceStrategy.Validate", len(seen), n)
		}
	}
	if !sameMultiset(errStrings(ref), errStrings(errs)) {
		r.SelfCheck = "MISMATCH with customResourceStrategy.Validate: " + strings.Join(errStrings(ref), " | ")
		fmt.Fprintf(os.Stderr, "oracle: %s doc %d: self-check mismatch\n", file, doc)
	}

	switch {
	case len(r.UnknownFields) > 0:
		// handlers.transformDecodeError
		r.Response = apierrors.NewBadRequest(fmt.Sprintf("%s in version %q cannot be handled as a %s: %v", gvk.Kind, gvk.Version, info.kind,
			runtime.NewStrictDecodingError(append(decodingStrictErrs, unknownErrs(unknown)...)))).Error()
	case len(errs) > 0:
		r.Response = apierrors.NewInvalid(schema.GroupKind{Group: info.group, Kind: info.kind}, u.GetName(), errs).Error()
	}
	return r
}

func unknownErrs(paths []string) []error {
	var out []error
	for _, p := range paths {
		out = append(out, fmt.Errorf(`unknown field "%s"`, p))
	}
	return out
}

type unstructuredCreator struct{}

func (unstructuredCreator) New(kind schema.GroupVersionKind) (runtime.Object, error) {
	ret := &unstructured.Unstructured{}
	ret.SetGroupVersionKind(kind)
	return ret, nil
}

// coerce mirrors unstructuredSchemaCoercer.apply (returnUnknownFieldPaths=true,
// dropInvalidMetadata=false) from customresource_handler.go.
func coerce(u *unstructured.Unstructured, info *crdInfo, cv *crdVersion) ([]string, error) {
	var unknownFieldPaths []string
	kind, foundKind, err := unstructured.NestedString(u.UnstructuredContent(), "kind")
	if err != nil {
		return nil, err
	}
	apiVersion, foundAPIVersion, err := unstructured.NestedString(u.UnstructuredContent(), "apiVersion")
	if err != nil {
		return nil, err
	}
	objectMeta, foundObjectMeta, metaUnknownFields, err := schemaobjectmeta.GetObjectMetaWithOptions(u.Object, schemaobjectmeta.ObjectMetaOptions{
		DropMalformedFields:     false,
		ReturnUnknownFieldPaths: true,
	})
	if err != nil {
		return nil, err
	}
	unknownFieldPaths = append(unknownFieldPaths, metaUnknownFields...)
	gv, err := schema.ParseGroupVersion(apiVersion)
	if err != nil {
		return nil, err
	}
	if gv.Group == info.group && kind == info.kind {
		if !info.preserve {
			unknownFieldPaths = append(unknownFieldPaths, structuralpruning.PruneWithOptions(u.Object, cv.structural, true, structuralschema.UnknownFieldPathOptions{TrackUnknownFieldPaths: true})...)
			structuraldefaulting.PruneNonNullableNullsWithoutDefaults(u.Object, cv.structural)
		}
		err, paths := schemaobjectmeta.CoerceWithOptions(nil, u.Object, cv.structural, false, schemaobjectmeta.CoerceOptions{
			DropInvalidFields:       false,
			ReturnUnknownFieldPaths: true,
		})
		if err != nil {
			return nil, err
		}
		unknownFieldPaths = append(unknownFieldPaths, paths...)
	}
	if foundKind {
		u.SetKind(kind)
	}
	if foundAPIVersion {
		u.SetAPIVersion(apiVersion)
	}
	if foundObjectMeta {
		if err := schemaobjectmeta.SetObjectMeta(u.Object, objectMeta); err != nil {
			return nil, err
		}
	}
	return unknownFieldPaths, nil
}

// ---------------------------------------------------------------------------
// main

var checkOrderFlag = flag.Int("check-order", 0, "dev check: run the real customResourceStrategy.Validate N times per object and report whether the oracle's order is one of the orders it produced")

var bodyAsWrittenFlag = flag.Bool("body-as-written", false, "send each document's JSON as it is in the file (no kubectl decode/re-encode, so duplicate keys reach the server's strict decoder); YAML documents are still converted to JSON first, which collapses their duplicates")
var keepStatusFlag = flag.Bool("keep-status", false, "do NOT drop .status before validating (CREATE drops it when the CRD has a status subresource); to see status schema errors")

func findSpecRoot() string {
	if s := os.Getenv("GWAPI_SPEC"); s != "" {
		return s
	}
	dir, _ := os.Getwd()
	for {
		for _, c := range []string{filepath.Join(dir, "shared", "spec"), filepath.Join(dir, "..", "shared", "spec")} {
			if st, err := os.Stat(c); err == nil && st.IsDir() {
				return c
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func main() {
	var (
		crdsFlag   = flag.String("crds", "", "comma-separated CRD files or directories (non-CRD documents in them are ignored)")
		channel    = flag.String("channel", "", "standard|experimental: also load <spec>/gateway-api-v1.6.1/<channel> and <spec>/envoy-gateway-v1.9")
		specRoot   = flag.String("spec", "", "spec root for -channel (default: $GWAPI_SPEC, else the nearest shared/spec or ../shared/spec above the working directory)")
		namespace  = flag.String("namespace", "default", "namespace used for namespaced objects that set none (as kubectl does)")
		raw        = flag.Bool("raw", false, "also print \"rawErrors\": the errors in the order of this run of the real customResourceStrategy.Validate (random sibling order)")
		noDefaults = flag.Bool("no-defaulted", false, "omit the \"defaulted\" object from the output")
	)
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: oracle -crds DIR_OR_FILE[,...] [-channel standard|experimental] FILE_OR_DIR...\n")
		flag.PrintDefaults()
	}
	flag.Parse()

	var crdPaths []string
	if *channel != "" {
		if *channel != "standard" && *channel != "experimental" {
			fmt.Fprintln(os.Stderr, "oracle: -channel must be standard or experimental")
			os.Exit(2)
		}
		root := *specRoot
		if root == "" {
			root = findSpecRoot()
		}
		if root == "" {
			fmt.Fprintln(os.Stderr, "oracle: cannot find the spec root; pass -spec")
			os.Exit(2)
		}
		crdPaths = append(crdPaths, filepath.Join(root, "gateway-api-v1.6.1", *channel), filepath.Join(root, "envoy-gateway-v1.9"))
	}
	if *crdsFlag != "" {
		crdPaths = append(crdPaths, strings.Split(*crdsFlag, ",")...)
	}
	if len(crdPaths) == 0 || flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	crds, err := loadCRDs(crdPaths)
	if err != nil {
		fmt.Fprintln(os.Stderr, "oracle:", err)
		os.Exit(1)
	}
	files, err := expandPaths(flag.Args(), manifestExts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "oracle:", err)
		os.Exit(1)
	}
	out := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	status := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "oracle:", err)
			status = 1
			continue
		}
		docs, err := splitYAML(data)
		if err != nil {
			_ = enc.Encode(result{File: f, Doc: len(docs), DecodeError: err.Error()})
		}
		for i, d := range docs {
			// kubectl decodes each document into an Unstructured and re-encodes
			// it for the request body; kind: List is flattened.
			items, lerr := flatten(d)
			if *bodyAsWrittenFlag && lerr == nil && !isList(d) {
				items = [][]byte{d}
			}
			if lerr != nil {
				_ = enc.Encode(result{File: f, Doc: i, DecodeError: lerr.Error()})
				continue
			}
			for j, it := range items {
				var item *int
				if len(items) > 1 || isList(d) {
					jj := j
					item = &jj
				}
				_ = enc.Encode(process(crds, f, i, item, it, *namespace, !*noDefaults, *raw))
			}
		}
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "oracle:", err)
		status = 1
	}
	os.Exit(status)
}

func isList(d []byte) bool {
	var tm metav1.TypeMeta
	_ = json.Unmarshal(d, &tm)
	return strings.HasSuffix(tm.Kind, "List") && bytes.Contains(d, []byte(`"items"`))
}

func flatten(d []byte) ([][]byte, error) {
	obj, _, err := unstructured.UnstructuredJSONScheme.Decode(d, nil, nil)
	if err != nil {
		return nil, err
	}
	switch o := obj.(type) {
	case *unstructured.UnstructuredList:
		var out [][]byte
		for i := range o.Items {
			b, err := o.Items[i].MarshalJSON()
			if err != nil {
				return nil, err
			}
			// nested lists are flattened by kubectl too
			sub, err := flatten(b)
			if err != nil {
				return nil, err
			}
			out = append(out, sub...)
		}
		return out, nil
	case *unstructured.Unstructured:
		b, err := o.MarshalJSON()
		if err != nil {
			return nil, err
		}
		return [][]byte{b}, nil
	default:
		return nil, errors.New("unexpected object")
	}
}
