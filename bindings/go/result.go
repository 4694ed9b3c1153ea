package gwapi

import "fmt"

// APIVersion of every document the library writes.
const APIVersion = "gwapi.dev/v1alpha1"

// Severity of a diagnostic.
type Severity string

const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// Diagnostic is one problem with the input, in the API server's words.
// Code is a stable short name ("unknown-field", "invalid", ...; docs/cli.md
// lists them). Kind, Namespace and Name identify the object ("" for a
// document that is not an object; Namespace "" for cluster-scoped kinds).
// Path is the field path as the API server prints it ("" for the whole
// document). Line and Column count from 1 (0: unknown).
type Diagnostic struct {
	Severity  Severity `json:"severity"`
	Code      string   `json:"code"`
	Kind      string   `json:"kind"`
	Namespace string   `json:"namespace"`
	Name      string   `json:"name"`
	Path      string   `json:"path"`
	File      string   `json:"file"`
	Line      int      `json:"line"`
	Column    int      `json:"column"`
	Message   string   `json:"message"`
}

// String is the CLI's text line: FILE:LINE:COL: SEVERITY: KIND NS/NAME: PATH: MESSAGE.
func (d Diagnostic) String() string {
	s := ""
	if d.File != "" {
		s = fmt.Sprintf("%s:%d:%d: ", d.File, d.Line, d.Column)
	}
	s += string(d.Severity) + ": "
	if d.Kind != "" {
		name := d.Name
		if name == "" {
			name = "<unnamed>"
		}
		if d.Namespace != "" {
			name = d.Namespace + "/" + name
		}
		s += d.Kind + " " + name + ": "
	}
	if d.Path != "" {
		s += d.Path + ": "
	}
	return s + d.Message
}

// Summary counts objects read and error and warning diagnostics.
type Summary struct {
	Objects  int `json:"objects"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
}

// Result is the library's ValidationResult document.
type Result struct {
	APIVersion  string       `json:"apiVersion"`
	Kind        string       `json:"kind"`
	Summary     Summary      `json:"summary"`
	Diagnostics []Diagnostic `json:"diagnostics"`
}

func (r *Result) header() (string, string) { return r.APIVersion, r.Kind }

// OK is true when the input has no error (warnings allowed).
func (r *Result) OK() bool { return r.Summary.Errors == 0 }

// Errors returns the error diagnostics.
func (r *Result) Errors() []Diagnostic { return r.filter(SeverityError) }

// Warnings returns the warning diagnostics.
func (r *Result) Warnings() []Diagnostic { return r.filter(SeverityWarning) }

func (r *Result) filter(s Severity) []Diagnostic {
	var out []Diagnostic
	for _, d := range r.Diagnostics {
		if d.Severity == s {
			out = append(out, d)
		}
	}
	return out
}

// Translation is the library's TranslationResult document: the diagnostics
// of validation and resolution, and the status the controller writes.
type Translation struct {
	Result
	Status StatusList `json:"status"`
}

// StatusList is the Kubernetes List of status items, in input order.
type StatusList struct {
	APIVersion string       `json:"apiVersion"`
	Kind       string       `json:"kind"`
	Items      []StatusItem `json:"items"`
}

// StatusItem is one managed object and the status written to it.
type StatusItem struct {
	APIVersion string       `json:"apiVersion"`
	Kind       string       `json:"kind"`
	Metadata   ItemMetadata `json:"metadata"`
	Status     ObjectStatus `json:"status"`
}

// ItemMetadata identifies the object (Namespace "" for cluster-scoped kinds).
type ItemMetadata struct {
	Name      string `json:"name"`
	Namespace string `json:"namespace,omitempty"`
}

// ObjectStatus holds the status members of every kind: Conditions (all),
// Listeners (Gateways, ListenerSets), Parents (routes), Ancestors
// (policies); members a kind does not have stay empty.
type ObjectStatus struct {
	Conditions []Condition         `json:"conditions,omitempty"`
	Listeners  []ListenerStatus    `json:"listeners,omitempty"`
	Parents    []RouteParentStatus `json:"parents,omitempty"`
	Ancestors  []RouteParentStatus `json:"ancestors,omitempty"`
}

// Condition is a metav1.Condition.
type Condition struct {
	Type               string `json:"type"`
	Status             string `json:"status"`
	ObservedGeneration int64  `json:"observedGeneration,omitempty"`
	Reason             string `json:"reason"`
	Message            string `json:"message"`
}

// ListenerStatus is a Gateway listener's status.
type ListenerStatus struct {
	Name           string      `json:"name"`
	SupportedKinds []RouteKind `json:"supportedKinds"`
	AttachedRoutes int         `json:"attachedRoutes"`
	Conditions     []Condition `json:"conditions"`
}

// RouteKind is a group and kind.
type RouteKind struct {
	Group string `json:"group,omitempty"`
	Kind  string `json:"kind"`
}

// RouteParentStatus is one parent (or policy ancestor) entry.
type RouteParentStatus struct {
	ParentRef      ParentRef   `json:"parentRef,omitempty"`
	AncestorRef    *ParentRef  `json:"ancestorRef,omitempty"`
	ControllerName string      `json:"controllerName"`
	Conditions     []Condition `json:"conditions"`
}

// ParentRef is a parentRef as the status echoes it.
type ParentRef struct {
	Group       string `json:"group,omitempty"`
	Kind        string `json:"kind,omitempty"`
	Namespace   string `json:"namespace,omitempty"`
	Name        string `json:"name"`
	SectionName string `json:"sectionName,omitempty"`
	Port        *int   `json:"port,omitempty"`
}

// Find returns the status item of kind namespace/name, or nil.
func (t *Translation) Find(kind, namespace, name string) *StatusItem {
	for i := range t.Status.Items {
		it := &t.Status.Items[i]
		if it.Kind == kind && it.Metadata.Name == name && it.Metadata.Namespace == namespace {
			return it
		}
	}
	return nil
}
