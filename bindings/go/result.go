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
